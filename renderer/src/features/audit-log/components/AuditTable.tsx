import type { AuditEntry } from '../../../../../shared/audit-types';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { auditKindLabel } from '../../audit/audit-kind';
import { detailText, subjectText } from '../describe';

/**
 * The log as a table: local time, who, what (translated; unknown kinds raw; a status change
 * says from which status to which) and about what, by label ("Bewijsstuk 2026-001/4"), never by
 * raw id (issue 16 item 6). Long labels wrap inside their cell.
 */
export function AuditTable({ entries, caseRefs }: { entries: readonly AuditEntry[]; caseRefs: ReadonlyMap<string, string> }) {
  const { t, language } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table audit-table" aria-label={t('auditLog.table')}>
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
            const detail = detailText(e, t);
            return (
              <tr key={e.seq} data-testid="audit-row">
                <td className="nowrap">{formatDateTime(e.at, language)}</td>
                <td>{e.actor}</td>
                <td>
                  {auditKindLabel(e.kind, t)}
                  {detail ? <span className="audit-detail">{detail}</span> : null}
                </td>
                <td>{subjectText(e, t, caseRefs)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
