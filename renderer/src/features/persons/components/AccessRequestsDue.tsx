import { hrefForCase } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDay } from '../../steps/day';
import { useAccessRequests } from '../queries';

/**
 * On the dashboard (issue 15 item 4): open requests for access with their deadline (one month,
 * art. 12(3) AVG), soonest first; overdue ones marked. No names: the case and the role say
 * enough, and the dashboard may be seen by someone looking over a shoulder.
 */
export function AccessRequestsDue() {
  const { t, language } = useI18n();
  const open = useAccessRequests({ open: true });
  const list = open.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card stack-tight" aria-labelledby="access-due-title" data-testid="access-due">
      <h2 id="access-due-title" className="section-title">
        {t('accessDue.title')}
      </h2>
      <ul className="today-list">
        {list.map((r) => {
          const first = r.cases[0];
          return (
            <li key={r.id} className={r.overdue ? 'today-item is-overdue' : 'today-item'}>
              <div className="today-main">
                <p>
                  <strong>{t('accessDue.item', { refs: r.cases.map((c) => c.caseRef).join(', '), role: first ? t(`person.role.${first.role}`).toLowerCase() : '' })}</strong>
                </p>
                <p className="small">{r.overdue ? t('accessDue.overdue', { date: formatDay(r.dueOn, language) }) : t('accessDue.due', { date: formatDay(r.dueOn, language) })}</p>
              </div>
              {first ? (
                <a className="btn btn-secondary" href={hrefForCase(first.caseId, 'persons')} aria-label={t('accessDue.openLabel', { ref: first.caseRef })}>
                  {t('accessDue.open')}
                </a>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
