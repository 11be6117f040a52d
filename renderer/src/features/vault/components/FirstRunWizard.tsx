import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../../shared/vault-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { PageHeading } from '../../../components/ui/PageHeading';
import { Steps } from '../../../components/ui/Steps';
import { useT } from '../../../i18n/i18n-context';
import { useCreateVault, useSetVaultStatus } from '../mutations';
import { isNewPassphraseReady, NewPassphraseFields, type NewPassphraseValue } from './NewPassphraseFields';
import { RecoveryKeyCeremony } from './RecoveryKeyCeremony';
import { VaultFolderField } from './VaultFolderField';

/**
 * First run in three steps: place + name, passphrase, recovery key.
 * Invariant: the app moves on to the vault only after the recovery key was confirmed.
 */
export function FirstRunWizard({ status, onOpenExisting }: { status: VaultStatus; onOpenExisting: () => void }) {
  const t = useT();
  const [step, setStep] = useState(0);
  const [folder, setFolder] = useState(status.vaultDir);
  const [owner, setOwner] = useState('');
  const [ownerTouched, setOwnerTouched] = useState(false);
  const [pass, setPass] = useState<NewPassphraseValue>({ passphrase: '', repeat: '' });
  const create = useCreateVault();
  const setStatus = useSetVaultStatus();

  const ownerOk = owner.trim().length > 0;
  const folderOk = folder.trim().length > 0;

  const next = (e: FormEvent) => {
    e.preventDefault();
    setOwnerTouched(true);
    if (ownerOk && folderOk) setStep(1);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isNewPassphraseReady(pass)) return;
    const vaultDir = folder.trim() === status.vaultDir ? undefined : folder.trim();
    create.mutate(
      { passphrase: pass.passphrase, ownerName: owner.trim(), ...(vaultDir ? { vaultDir } : {}) },
      {
        onSuccess: () => {
          setPass({ passphrase: '', repeat: '' });
          setStep(2);
        },
      },
    );
  };

  const labels = [t('firstRun.step.place'), t('firstRun.step.passphrase'), t('firstRun.step.recoveryKey')];

  return (
    <div className="stack">
      <PageHeading focus={step === 0}>{t('firstRun.title')}</PageHeading>
      {step === 0 ? <p className="lead">{t('firstRun.intro')}</p> : null}
      <Steps labels={labels} current={step} />

      {step === 0 ? (
        <form className="stack" onSubmit={next} noValidate>
          <VaultFolderField purpose="create" value={folder} onChange={setFolder} />
          <Field
            label={t('firstRun.owner.label')}
            help={t('firstRun.owner.help')}
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
            error={ownerTouched && !ownerOk ? t('firstRun.owner.required') : null}
            autoComplete="name"
            maxLength={200}
            required
          />
          <div className="actions">
            <Button type="submit">{t('common.next')}</Button>
            <Button variant="link" onClick={onOpenExisting}>
              {t('firstRun.existing')}
            </Button>
          </div>
        </form>
      ) : null}

      {step === 1 ? (
        <form className="stack" onSubmit={submit} noValidate>
          <PageHeading level={2}>{t('firstRun.step.passphrase')}</PageHeading>
          <p>{t('firstRun.passphrase.intro')}</p>
          <NewPassphraseFields value={pass} onChange={setPass} />
          <ErrorBanner error={create.error} />
          <div className="actions">
            <Button type="submit" disabled={!isNewPassphraseReady(pass)} busy={create.isPending} busyLabel={t('firstRun.creating')}>
              {t('firstRun.create')}
            </Button>
            <Button variant="secondary" onClick={() => setStep(0)} disabled={create.isPending}>
              {t('common.back')}
            </Button>
          </div>
        </form>
      ) : null}

      {step === 2 && create.data ? (
        <RecoveryKeyCeremony recoveryKey={create.data.recoveryKey} isNew={false} level={2} onDone={setStatus} />
      ) : null}
    </div>
  );
}
