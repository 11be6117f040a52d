import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { PageHeading } from '../../../components/ui/PageHeading';
import { useT } from '../../../i18n/i18n-context';
import { useRecoverVault, useSetVaultStatus } from '../mutations';
import { isNewPassphraseReady, NewPassphraseFields, type NewPassphraseValue } from './NewPassphraseFields';
import { RecoveryKeyCeremony } from './RecoveryKeyCeremony';

/** Recovery key + new passphrase -> `vault:recover` -> the NEW key, shown once. */
export function RecoverForm({ onBack }: { onBack: () => void }) {
  const t = useT();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [pass, setPass] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const recover = useRecoverVault();
  const setStatus = useSetVaultStatus();

  if (recover.data) {
    const created = recover.data;
    return <RecoveryKeyCeremony recoveryKey={created.recoveryKey} isNew onDone={setStatus} />;
  }

  const ready = recoveryKey.trim().length > 0 && isNewPassphraseReady(pass);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    recover.mutate(
      { recoveryKey: recoveryKey.trim(), newPassphrase: pass.passphrase },
      { onSuccess: () => setPass({ passphrase: '', repeat: '' }) },
    );
  };

  return (
    <div className="stack">
      <PageHeading>{t('recover.title')}</PageHeading>
      <p className="lead">{t('recover.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('recover.keyLabel')}
          help={t('recover.keyHelp')}
          value={recoveryKey}
          onChange={(e) => setRecoveryKey(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          inputClassName="input-mono"
          required
        />
        <NewPassphraseFields value={pass} onChange={setPass} />
        <ErrorBanner error={recover.error} />
        <div className="actions">
          <Button type="submit" disabled={!ready} busy={recover.isPending} busyLabel={t('recover.submitting')}>
            {t('recover.submit')}
          </Button>
          <Button variant="secondary" onClick={onBack} disabled={recover.isPending}>
            {t('recover.back')}
          </Button>
        </div>
      </form>
    </div>
  );
}
