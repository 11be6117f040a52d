import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { PathField } from '../../host-dialog/components/PathField';
import { useT } from '../../../i18n/i18n-context';
import { reasonOf } from '../../../lib/api-error';
import { isAbsolutePath } from '../../backup/paths';
import type { AuditFilter } from '../filters';
import { useExportAuditCsv } from '../mutations';

/** "Exporteren als CSV" with the filters that are on screen now; an existing file is replaced only when the user says so. */
export function ExportCsv({ filter }: { filter: AuditFilter }) {
  const t = useT();
  const exp = useExportAuditCsv();
  const [path, setPath] = useState('');
  const [fromDialog, setFromDialog] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [tried, setTried] = useState(false);
  const problem = !path.trim() ? t('backup.required') : !isAbsolutePath(path) ? t('backup.notAbsolute') : null;
  const exists = reasonOf(exp.error) === 'exists';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem) return;
    // A native save dialog already asked before replacing a file; a typed path asks here.
    exp.mutate({ ...filter, outPath: path.trim(), overwrite: overwrite || fromDialog });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate aria-label={t('auditLog.exportTitle')}>
      <h3 className="subsection-title">{t('auditLog.exportTitle')}</h3>
      <p className="muted">{t('auditLog.exportIntro')}</p>
      <PathField
        dialog={{ mode: 'save', defaultName: 'logboek.csv' }}
        value={path}
        onChange={(p, via) => {
          setPath(p);
          setFromDialog(via === 'dialog');
          setOverwrite(false);
          exp.reset();
        }}
        error={tried ? problem : null}
        text={{ label: t('auditLog.saveLabel'), none: t('auditLog.saveNone'), choose: t('auditLog.saveChoose'), chooseAgain: t('auditLog.saveChooseAgain'), manualLabel: t('auditLog.saveManual'), manualHelp: t('auditLog.saveManualHelp') }}
      />
      {exists ? <Checkbox label={t('backup.overwrite')} checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} /> : null}
      <div className="actions">
        <Button type="submit" variant="secondary" busy={exp.isPending} busyLabel={t('auditLog.exporting')}>
          {t('auditLog.export')}
        </Button>
      </div>
      {exists ? <Banner tone="error">{t('auditLog.exists')}</Banner> : <ErrorBanner error={exp.error} />}
      {exp.data ? <Banner tone="success">{t('auditLog.exported', { rows: exp.data.rows, path: exp.data.path })}</Banner> : null}
    </form>
  );
}
