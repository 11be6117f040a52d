import type { DashboardStats } from '../../../../../shared/takedown-types';
import { useT } from '../../../i18n/i18n-context';
import { ChartFigure, ChartLegend, ChartTable } from './ChartFigure';
import { HorizontalBars } from './HorizontalBars';

type Row = DashboardStats['perPlatform'][number] & { label: string };

const SERIES = [
  { key: 'open', cls: 'chart-open' },
  { key: 'removed', cls: 'chart-removed' },
  { key: 'refused', cls: 'chart-refused' },
] as const;

/** Open / removed / refused per platform as horizontal stacked bars. */
export function PlatformBarsChart({ rows }: { rows: Row[] }) {
  const t = useT();
  return (
    <ChartFigure
      testId="chart-per-platform"
      title={t('chart.perPlatform.title')}
      desc={t('chart.perPlatform.desc')}
      empty={rows.length === 0}
      draw={(ids) => (
        <HorizontalBars
          ids={ids}
          title={t('chart.perPlatform.title')}
          desc={rows.map((r) => `${r.label}: ${r.open} ${t('chart.col.open')}, ${r.removed} ${t('chart.col.removed')}, ${r.refused} ${t('chart.col.refused')}`).join('; ')}
          valueRoom={40}
          rows={rows.map((r) => ({
            key: r.platformId,
            label: r.label,
            segments: SERIES.map((s) => ({ key: s.key, value: r[s.key], cls: s.cls })),
            value: String(r.open + r.removed + r.refused),
            valueCls: 'chart-text chart-value',
          }))}
        />
      )}
      legend={<ChartLegend items={SERIES.map((s) => ({ cls: s.cls, label: t(`chart.col.${s.key}`) }))} />}
      table={
        <ChartTable
          head={t('chart.col.platform')}
          columns={SERIES.map((s) => t(`chart.col.${s.key}`))}
          rows={rows.map((r) => ({ key: r.platformId, label: r.label, cells: SERIES.map((s) => r[s.key]) }))}
        />
      }
    />
  );
}
