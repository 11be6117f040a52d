import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { PathField } from '../../host-dialog/components/PathField';
import { useT } from '../../../i18n/i18n-context';
import { hasCode, reasonOf } from '../../../lib/api-error';
import { useRestoreBackup } from '../mutations';
import { isAbsolutePath } from '../paths';
import { BackupFileField } from './BackupFileField';
import { SecretFields, secretInput, type SecretKind } from './SecretFields';

/** "Back-up terugzetten": always into a NEW folder; the open vault is left alone. */
export function RestoreBackup() {
  const t = useT();
  const restore = useRestoreBackup();
  const [path, setPath] = useState('');
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [tried, setTried] = useState(false);
  const check = (p: string, required: string) => (!p.trim() ? required : !isAbsolutePath(p) ? t('backup.notAbsolute') : null);
  const pathProblem = check(path, t('backup.required'));
  const targetProblem = check(target, t('backup.targetRequired'));
  const secretProblem = !secret ? t('backup.secretRequired') : null;
  const wrong = hasCode(restore.error, 'WRONG_PASSPHRASE') || hasCode(restore.error, 'WRONG_RECOVERY_KEY');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!pathProblem && !targetProblem && !secretProblem) restore.mutate({ path: path.trim(), targetDir: target.trim(), ...secretInput(kind, secret) });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate aria-label={t('backup.restoreTitle')}>
      <h3 className="subsection-title">{t('backup.restoreTitle')}</h3>
      <p className="muted">{t('backup.restoreIntro')}</p>
      <BackupFileField
        value={path}
        onChange={(p) => {
          setPath(p);
          restore.reset();
        }}
        error={tried ? pathProblem : null}
      />
      <SecretFields kind={kind} onKind={setKind} value={secret} onChange={setSecret} error={tried ? secretProblem : null} />
      <PathField
        dialog={{ mode: 'folder' }}
        value={target}
        onChange={(p) => {
          setTarget(p);
          restore.reset();
        }}
        error={tried ? targetProblem : null}
        text={{ label: t('backup.targetLabel'), none: t('backup.targetNone'), choose: t('backup.targetChoose'), chooseAgain: t('backup.targetChooseAgain'), manualLabel: t('backup.targetManual'), manualHelp: t('backup.targetManualHelp') }}
      />
      <div className="actions">
        <Button type="submit" busy={restore.isPending} busyLabel={t('backup.restoring')}>
          {t('backup.restore')}
        </Button>
      </div>
      {wrong ? (
        <Banner tone="error">{t('backup.wrongSecret')}</Banner>
      ) : reasonOf(restore.error) === 'target-not-empty' ? (
        <Banner tone="error">{t('backup.targetNotEmpty')}</Banner>
      ) : (
        <ErrorBanner error={restore.error} />
      )}
      {restore.data ? (
        <Banner tone="success">
          <p className="banner-text">{t('backup.restored', { path: restore.data.vaultDir })}</p>
          <p>{t('backup.restoredHow')}</p>
        </Banner>
      ) : null}
    </form>
  );
}
