import type { DuplicateMatch } from '../../../../../shared/evidence-types';
import type { AuditEntry } from '../../../../../shared/audit-types';
import { hrefForItem } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { auditKindLabel } from '../../audit/audit-kind';
import { detailText } from '../../audit-log/describe';

/** Items that look like this one (any case), and this item's own audit trail. */
export function ItemHistory({ matches, audit }: { matches: DuplicateMatch[]; audit: AuditEntry[] }) {
  const { t, language } = useI18n();
  return (
    <>
      <section className="card stack-tight" aria-labelledby="item-matches">
        <h2 id="item-matches" className="section-title">
          {t('item.matches')}
        </h2>
        {matches.length ? (
          <ul className="match-list">
            {matches.map((m) => (
              <li key={m.itemId} className="match">
                <a href={hrefForItem(m.caseId, m.itemId)}>{t(m.exact ? 'import.matchExact' : 'import.match', { label: m.label, caseRef: m.caseRef })}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('item.matchesNone')}</p>
        )}
      </section>
      <section className="card stack-tight" aria-labelledby="item-audit">
        <h2 id="item-audit" className="section-title">
          {t('item.audit')}
        </h2>
        {audit.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('settings.audit.colAt')}</th>
                <th scope="col">{t('settings.audit.colActor')}</th>
                <th scope="col">{t('settings.audit.colKind')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((e) => (
                <tr key={e.seq}>
                  <td className="nowrap">{formatDateTime(e.at, language)}</td>
                  <td>{e.actor}</td>
                  <td>
                    {auditKindLabel(e.kind, t)}
                    {detailText(e, t) ? <span className="audit-detail">{detailText(e, t)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('item.auditNone')}</p>
        )}
      </section>
    </>
  );
}
