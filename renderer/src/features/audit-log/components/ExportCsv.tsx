import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { PathField } from '../../host-dialog/components/PathField';
import { useT } from '../../../i18n/i18n-context';
import { isAbsolutePath } from '../../backup/paths';
import type { AuditFilter } from '../filters';
import { useExportAuditCsv } from '../mutations';

/** "Exporteren als CSV" with the filters that are on screen now. */
export function ExportCsv({ filter }: { filter: AuditFilter }) {
  const t = useT();
  const exp = useExportAuditCsv();
  const [path, setPath] = useState('');
  const [tried, setTried] = useState(false);
  const problem = !path.trim() ? t('backup.required') : !isAbsolutePath(path) ? t('backup.notAbsolute') : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem) return;
    exp.mutate({ ...filter, outPath: path.trim() });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate aria-label={t('auditLog.exportTitle')}>
      <h3 className="subsection-title">{t('auditLog.exportTitle')}</h3>
      <p className="muted">{t('auditLog.exportIntro')}</p>
      <PathField
        dialog={{ mode: 'save', defaultName: 'logboek.csv' }}
        value={path}
        onChange={(p) => {
          setPath(p);
          exp.reset();
        }}
        error={tried ? problem : null}
        text={{ label: t('auditLog.saveLabel'), none: t('auditLog.saveNone'), choose: t('auditLog.saveChoose'), chooseAgain: t('auditLog.saveChooseAgain'), manualLabel: t('auditLog.saveManual'), manualHelp: t('auditLog.saveManualHelp') }}
      />
      <div className="actions">
        <Button type="submit" variant="secondary" busy={exp.isPending} busyLabel={t('auditLog.exporting')}>
          {t('auditLog.export')}
        </Button>
      </div>
      <ErrorBanner error={exp.error} />
      {exp.data ? <Banner tone="success">{t('auditLog.exported', { rows: exp.data.rows, path: exp.data.path })}</Banner> : null}
    </form>
  );
}
