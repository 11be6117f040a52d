import type { DashboardStats } from '../../../../../shared/takedown-types';
import { useT } from '../../../i18n/i18n-context';

/** The headline numbers; only "achterstallig" turns red, and only when it is not zero. */
export function DashboardTotals({ totals, openCases }: { totals: DashboardStats['totals']; openCases: number | null }) {
  const t = useT();
  const items = [
    ...(openCases === null ? [] : [{ key: 'openCases', label: t('dash.total.openCases'), value: openCases, alarm: false }]),
    { key: 'open', label: t('dash.total.open'), value: totals.open, alarm: false },
    { key: 'overdue', label: t('dash.total.overdue'), value: totals.overdue, alarm: totals.overdue > 0 },
    { key: 'removed', label: t('dash.total.removed'), value: totals.removed, alarm: false },
    { key: 'refused', label: t('dash.total.refused'), value: totals.refused, alarm: false },
  ];
  return (
    <section aria-labelledby="dash-totals">
      <h2 id="dash-totals" className="sr-only">
        {t('dash.totals')}
      </h2>
      <dl className="totals" data-testid="dashboard-totals">
        {items.map((i) => (
          <div key={i.key} className={i.alarm ? 'total total-alarm' : 'total'} data-total={i.key}>
            <dt className="total-label">{i.label}</dt>
            <dd className="total-value">{i.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
