import type { DashboardStats } from '../../../../../shared/takedown-types';
import { hrefFor, hrefForInbox } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';

/**
 * The headline numbers; only "achterstallig" turns red, and only when it is not zero. Each tile
 * is a link to where those items are (issue 16 item 3: the tiles were not clickable).
 */
export function DashboardTotals({ totals, openCases }: { totals: DashboardStats['totals']; openCases: number | null }) {
  const t = useT();
  const items = [
    ...(openCases === null ? [] : [{ key: 'openCases', label: t('dash.total.openCases'), value: openCases, alarm: false, href: hrefFor('cases') }]),
    { key: 'open', label: t('dash.total.open'), value: totals.open, alarm: false, href: hrefFor('takedowns') },
    { key: 'overdue', label: t('dash.total.overdue'), value: totals.overdue, alarm: totals.overdue > 0, href: hrefForInbox('overdue') },
    { key: 'removed', label: t('dash.total.removed'), value: totals.removed, alarm: false, href: hrefFor('takedowns') },
    { key: 'refused', label: t('dash.total.refused'), value: totals.refused, alarm: false, href: hrefFor('takedowns') },
  ];
  return (
    <section aria-labelledby="dash-totals">
      <h2 id="dash-totals" className="sr-only">
        {t('dash.totals')}
      </h2>
      <dl className="totals" data-testid="dashboard-totals">
        {items.map((i) => (
          <div key={i.key} className={i.alarm ? 'total total-alarm' : 'total'} data-total={i.key}>
            <dt className="total-label">
              <a href={i.href} className="total-link">
                {i.label}
              </a>
            </dt>
            <dd className="total-value">{i.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
