import type { AuditEntry } from '../../../../../shared/audit-types';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { auditKindLabel } from '../../audit/audit-kind';

function caseRefOf(entry: AuditEntry, refs: ReadonlyMap<string, string>): string | null {
  const d = entry.details;
  const byId = [entry.subject, typeof d.caseId === 'string' ? d.caseId : null].map((id) => (id ? refs.get(id) : undefined)).find(Boolean);
  if (byId) return byId;
  return typeof d.case === 'string' ? d.case : null;
}

/** The log as a table: local time, who, what (translated; unknown kinds raw), about what. */
export function AuditTable({ entries, caseRefs }: { entries: readonly AuditEntry[]; caseRefs: ReadonlyMap<string, string> }) {
  const { t, language } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table" aria-label={t('auditLog.table')}>
        <thead>
          <tr>
            <th scope="col">{t('auditLog.colAt')}</th>
            <th scope="col">{t('auditLog.colActor')}</th>
            <th scope="col">{t('auditLog.colKind')}</th>
            <th scope="col">{t('auditLog.colSubject')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const ref = caseRefOf(e, caseRefs);
            return (
              <tr key={e.seq}>
                <td className="nowrap">{formatDateTime(e.at, language)}</td>
                <td>{e.actor}</td>
                <td>{auditKindLabel(e.kind, t)}</td>
                <td>{ref ? t('auditLog.subjectCase', { ref }) : e.subject ? <code className="mono" title={e.subject}>{e.subject.slice(0, 8)}</code> : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
