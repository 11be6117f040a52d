import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { hasCode } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/dates';
import { useVerifyBackup } from '../mutations';
import { isAbsolutePath } from '../paths';
import { BackupFileField } from './BackupFileField';
import { SecretFields, secretInput, type SecretKind } from './SecretFields';

/** "Back-up controleren": a file and its passphrase (or recovery key). Changes nothing. */
export function VerifyBackup() {
  const { t, language } = useI18n();
  const verify = useVerifyBackup();
  const [path, setPath] = useState('');
  const [kind, setKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [tried, setTried] = useState(false);
  const pathProblem = !path.trim() ? t('backup.required') : !isAbsolutePath(path) ? t('backup.notAbsolute') : null;
  const secretProblem = !secret ? t('backup.secretRequired') : null;
  const wrong = hasCode(verify.error, 'WRONG_PASSPHRASE') || hasCode(verify.error, 'WRONG_RECOVERY_KEY');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!pathProblem && !secretProblem) verify.mutate({ path: path.trim(), ...secretInput(kind, secret) });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate aria-label={t('backup.verifyTitle')}>
      <h3 className="subsection-title">{t('backup.verifyTitle')}</h3>
      <p className="muted">{t('backup.verifyIntro')}</p>
      <BackupFileField
        value={path}
        onChange={(p) => {
          setPath(p);
          verify.reset();
        }}
        error={tried ? pathProblem : null}
      />
      <SecretFields kind={kind} onKind={setKind} value={secret} onChange={setSecret} error={tried ? secretProblem : null} />
      <div className="actions">
        <Button type="submit" busy={verify.isPending} busyLabel={t('backup.verifying')}>
          {t('backup.verify')}
        </Button>
      </div>
      {wrong ? <Banner tone="error">{t('backup.wrongSecret')}</Banner> : hasCode(verify.error, 'INTEGRITY') ? <Banner tone="error">{t('backup.verifyBad')}</Banner> : <ErrorBanner error={verify.error} />}
      {verify.data ? (
        <Banner tone={verify.data.ok ? 'success' : 'error'}>
          {verify.data.ok ? t('backup.verifyOk', { at: formatDateTime(verify.data.createdAt, language), by: verify.data.createdBy, files: verify.data.files }) : t('backup.verifyBad')}
        </Banner>
      ) : null}
    </form>
  );
}
