import { estimateStrength, isAcceptable, MIN_PASSPHRASE_LENGTH } from '../../../../../shared/passphrase';
import { PasswordField } from '../../../components/ui/PasswordField';
import { StrengthMeter } from '../../../components/ui/StrengthMeter';
import { useT } from '../../../i18n/i18n-context';

export interface NewPassphraseValue {
  passphrase: string;
  repeat: string;
}

/** Ready when the core will accept it (same rule, shared/passphrase) and both are equal. */
export function isNewPassphraseReady({ passphrase, repeat }: NewPassphraseValue): boolean {
  return isAcceptable(passphrase) && passphrase === repeat;
}

/** New passphrase twice, with live strength feedback and a mismatch note. */
export function NewPassphraseFields({ value, onChange }: { value: NewPassphraseValue; onChange: (next: NewPassphraseValue) => void }) {
  const t = useT();
  const strength = estimateStrength(value.passphrase);
  const mismatch = value.repeat.length > 0 && value.repeat !== value.passphrase;
  return (
    <div className="stack">
      <div className="stack-tight">
        <PasswordField
          label={t('newPassphrase.label')}
          help={t('newPassphrase.help', { min: MIN_PASSPHRASE_LENGTH })}
          value={value.passphrase}
          onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
          autoComplete="new-password"
          required
        />
        {value.passphrase.length > 0 ? <StrengthMeter strength={strength} /> : null}
      </div>
      <PasswordField
        label={t('newPassphrase.repeat')}
        value={value.repeat}
        onChange={(e) => onChange({ ...value, repeat: e.target.value })}
        error={mismatch ? t('newPassphrase.mismatch') : null}
        autoComplete="new-password"
        required
      />
    </div>
  );
}
