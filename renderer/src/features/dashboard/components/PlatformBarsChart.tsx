import type { DashboardStats } from '../../../../../shared/takedown-types';
import { useT } from '../../../i18n/i18n-context';
import { ChartFigure, ChartLegend } from './ChartFigure';

type Row = DashboardStats['perPlatform'][number] & { label: string };

const W = 640;
const LABEL_W = 230;
const ROW_H = 30;
const BAR_H = 18;
const SERIES = [
  { key: 'open', cls: 'chart-open' },
  { key: 'removed', cls: 'chart-removed' },
  { key: 'refused', cls: 'chart-refused' },
] as const;

/** Open / removed / refused per platform as horizontal stacked bars. */
export function PlatformBarsChart({ rows }: { rows: Row[] }) {
  const t = useT();
  const max = Math.max(1, ...rows.map((r) => r.open + r.removed + r.refused));
  const scale = (W - LABEL_W - 40) / max;
  const h = rows.length * ROW_H + 6;
  return (
    <ChartFigure
      testId="chart-per-platform"
      title={t('chart.perPlatform.title')}
      desc={t('chart.perPlatform.desc')}
      empty={rows.length === 0}
      draw={(ids) => (
        <svg className="chart-svg" viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
          <title id={ids.title}>{t('chart.perPlatform.title')}</title>
          <desc id={ids.desc}>{rows.map((r) => `${r.label}: ${r.open} ${t('chart.col.open')}, ${r.removed} ${t('chart.col.removed')}, ${r.refused} ${t('chart.col.refused')}`).join('; ')}</desc>
          {rows.map((r, i) => {
            const y = i * ROW_H + 4;
            let x = LABEL_W;
            return (
              <g key={r.platformId}>
                <text x={LABEL_W - 8} y={y + BAR_H - 4} className="chart-text" textAnchor="end">
                  {r.label}
                </text>
                {SERIES.map((s) => {
                  const w = r[s.key] * scale;
                  const rect = w > 0 ? <rect key={s.key} x={x} y={y} width={w} height={BAR_H} className={s.cls} /> : null;
                  x += w;
                  return rect;
                })}
                <text x={x + 6} y={y + BAR_H - 4} className="chart-text chart-value">
                  {r.open + r.removed + r.refused}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      legend={<ChartLegend items={SERIES.map((s) => ({ cls: s.cls, label: t(`chart.col.${s.key}`) }))} />}
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('chart.col.platform')}</th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {t(`chart.col.${s.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.platformId}>
                <th scope="row">{r.label}</th>
                {SERIES.map((s) => (
                  <td key={s.key} className="num">
                    {r[s.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
