import { useT } from '../../../i18n/i18n-context';
import { AuditViewer } from './AuditViewer';

/** The case page's "Logboek" tab: the audit viewer filtered by this case. */
export function CaseAuditPanel({ caseId }: { caseId: string }) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="case-log-title">
      <h2 id="case-log-title" className="section-title">
        {t('auditLog.title')}
      </h2>
      <AuditViewer caseId={caseId} />
    </section>
  );
}
