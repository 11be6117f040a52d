import type { DashboardStats } from '../../../../../shared/takedown-types';
import { useI18n } from '../../../i18n/i18n-context';
import { localeOf } from '../../../lib/dates';
import { ChartFigure, ChartTable } from './ChartFigure';
import { HorizontalBars } from './HorizontalBars';

type Row = DashboardStats['perPlatform'][number] & { label: string };

/** Median days from sending to removal per platform (platforms without a removal say so). */
export function MedianChart({ rows }: { rows: Row[] }) {
  const { t, language } = useI18n();
  const fmt = (n: number) => new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(n);
  const value = (r: Row) => (r.medianDaysToRemoval === null ? t('chart.median.none') : t('chart.median.value', { days: fmt(r.medianDaysToRemoval) }));
  return (
    <ChartFigure
      testId="chart-median"
      title={t('chart.median.title')}
      desc={t('chart.median.desc')}
      empty={rows.length === 0}
      draw={(ids) => (
        <HorizontalBars
          ids={ids}
          title={t('chart.median.title')}
          desc={rows.map((r) => `${r.label}: ${value(r)}`).join('; ')}
          // Values are words ("12 dagen", "nog niets verwijderd"), so they need more room than a count.
          valueRoom={150}
          rows={rows.map((r) => ({
            key: r.platformId,
            label: r.label,
            segments: [{ key: 'median', value: r.medianDaysToRemoval ?? 0, cls: 'chart-median' }],
            value: value(r),
            valueCls: r.medianDaysToRemoval === null ? 'chart-text chart-muted' : 'chart-text chart-value',
          }))}
        />
      )}
      table={
        <ChartTable
          head={t('chart.col.platform')}
          columns={[t('chart.col.median')]}
          rows={rows.map((r) => ({ key: r.platformId, label: r.label, cells: [r.medianDaysToRemoval === null ? t('chart.median.none') : fmt(r.medianDaysToRemoval)] }))}
        />
      }
    />
  );
}
