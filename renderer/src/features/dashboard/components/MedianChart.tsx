import type { DashboardStats } from '../../../../../shared/takedown-types';
import { useI18n } from '../../../i18n/i18n-context';
import { localeOf } from '../../../lib/dates';
import { ChartFigure } from './ChartFigure';

type Row = DashboardStats['perPlatform'][number] & { label: string };

const W = 640;
const LABEL_W = 230;
const ROW_H = 30;
const BAR_H = 18;

/** Median days from sending to removal per platform (platforms without a removal say so). */
export function MedianChart({ rows }: { rows: Row[] }) {
  const { t, language } = useI18n();
  const fmt = (n: number) => new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(n);
  const value = (r: Row) => (r.medianDaysToRemoval === null ? t('chart.median.none') : t('chart.median.value', { days: fmt(r.medianDaysToRemoval) }));
  const max = Math.max(1, ...rows.map((r) => r.medianDaysToRemoval ?? 0));
  const scale = (W - LABEL_W - 150) / max;
  const h = rows.length * ROW_H + 6;
  return (
    <ChartFigure
      testId="chart-median"
      title={t('chart.median.title')}
      desc={t('chart.median.desc')}
      empty={rows.length === 0}
      draw={(ids) => (
        <svg className="chart-svg" viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
          <title id={ids.title}>{t('chart.median.title')}</title>
          <desc id={ids.desc}>{rows.map((r) => `${r.label}: ${value(r)}`).join('; ')}</desc>
          {rows.map((r, i) => {
            const y = i * ROW_H + 4;
            const w = (r.medianDaysToRemoval ?? 0) * scale;
            return (
              <g key={r.platformId}>
                <text x={LABEL_W - 8} y={y + BAR_H - 4} className="chart-text" textAnchor="end">
                  {r.label}
                </text>
                {w > 0 ? <rect x={LABEL_W} y={y} width={w} height={BAR_H} className="chart-median" /> : null}
                <text x={LABEL_W + w + 6} y={y + BAR_H - 4} className={r.medianDaysToRemoval === null ? 'chart-text chart-muted' : 'chart-text chart-value'}>
                  {value(r)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('chart.col.platform')}</th>
              <th scope="col" className="num">
                {t('chart.col.median')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.platformId}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.medianDaysToRemoval === null ? t('chart.median.none') : fmt(r.medianDaysToRemoval)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
