import { PasswordField } from '../../../components/ui/PasswordField';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { useT } from '../../../i18n/i18n-context';

export type SecretKind = 'passphrase' | 'recoveryKey';

/** Passphrase or recovery key of a backup (the one from when the backup was made). */
export function SecretFields({ kind, onKind, value, onChange, error }: { kind: SecretKind; onKind: (k: SecretKind) => void; value: string; onChange: (v: string) => void; error?: string | null }) {
  const t = useT();
  return (
    <div className="stack-tight">
      <RadioGroup
        legend={t('backup.secretKind')}
        inline
        options={[
          { value: 'passphrase', label: t('backup.secret.passphrase') },
          { value: 'recoveryKey', label: t('backup.secret.recoveryKey') },
        ]}
        value={kind}
        onChange={(k) => {
          onKind(k);
          onChange('');
        }}
      />
      <PasswordField
        label={kind === 'passphrase' ? t('backup.passphraseLabel') : t('backup.recoveryKeyLabel')}
        help={kind === 'passphrase' ? t('backup.secretHelp') : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        autoComplete="off"
      />
    </div>
  );
}

export function secretInput(kind: SecretKind, value: string): { passphrase: string } | { recoveryKey: string } {
  return kind === 'passphrase' ? { passphrase: value } : { recoveryKey: value.trim().toUpperCase() };
}
