import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { PathField } from '../../host-dialog/components/PathField';
import { useI18n } from '../../../i18n/i18n-context';
import { formatBytes } from '../../../lib/dates';
import { reasonOf } from '../../../lib/api-error';
import { useCreateBackup } from '../mutations';
import { isAbsolutePath } from '../paths';

function defaultName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `bewijskluis-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.bkbackup`;
}

/** "Back-up maken": where to, then the file, its size and where to keep it. */
export function CreateBackup() {
  const { t, language } = useI18n();
  const create = useCreateBackup();
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  // A native save dialog already asked before replacing a file.
  const [fromDialog, setFromDialog] = useState(false);
  const [tried, setTried] = useState(false);
  const problem = !path.trim() ? t('backup.required') : !isAbsolutePath(path) ? t('backup.notAbsolute') : null;
  const exists = reasonOf(create.error) === 'exists';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!problem) create.mutate({ outPath: path.trim(), overwrite: overwrite || fromDialog });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate aria-label={t('backup.createTitle')}>
      <h3 className="subsection-title">{t('backup.createTitle')}</h3>
      <PathField
        dialog={{ mode: 'save', defaultName: defaultName(new Date()) }}
        value={path}
        onChange={(p, via) => {
          setPath(p);
          setFromDialog(via === 'dialog');
          create.reset();
        }}
        error={tried ? problem : null}
        text={{ label: t('backup.saveLabel'), none: t('backup.saveNone'), choose: t('backup.saveChoose'), chooseAgain: t('backup.saveChooseAgain'), manualLabel: t('backup.saveManual'), manualHelp: t('backup.saveManualHelp') }}
      />
      {exists ? <Checkbox label={t('backup.overwrite')} checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} /> : null}
      <div className="actions">
        <Button type="submit" busy={create.isPending} busyLabel={t('backup.creating')}>
          {t('backup.create')}
        </Button>
      </div>
      {exists ? <Banner tone="error">{t('backup.exists')}</Banner> : <ErrorBanner error={create.error} />}
      {create.data ? (
        <Banner tone="success">
          <p className="banner-text">{t('backup.created', { path: create.data.path, size: formatBytes(create.data.bytes, language), files: create.data.files })}</p>
          <p>{t('backup.createdAdvice')}</p>
        </Banner>
      ) : null}
    </form>
  );
}
