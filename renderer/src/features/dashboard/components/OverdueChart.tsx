import type { DashboardStats } from '../../../../../shared/takedown-types';
import { useI18n } from '../../../i18n/i18n-context';
import { localeOf } from '../../../lib/dates';
import { formatLocalDate } from '../../takedowns/logic';
import { ChartFigure, ChartTable } from './ChartFigure';

const W = 640;
const H = 180;
const LEFT = 34;
const BOTTOM = 24;
const TOP = 10;

/** Overdue requests at the end of each of the last days, as columns (red: overdue is the one alarm colour). */
export function OverdueChart({ points, now }: { points: DashboardStats['overdueOverTime']; now: number }) {
  const { t, language } = useI18n();
  const locale = localeOf(language);
  const max = Math.max(1, ...points.map((p) => p.overdue));
  const plotH = H - TOP - BOTTOM;
  const step = (W - LEFT - 4) / Math.max(1, points.length);
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <ChartFigure
      testId="chart-overdue"
      title={t('chart.overdue.title')}
      desc={t('chart.overdue.desc')}
      empty={points.length === 0}
      draw={(ids) => (
        <>
          <p className="small">{t('chart.overdue.now', { count: now })}</p>
          <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
            <title id={ids.title}>{t('chart.overdue.title')}</title>
            <desc id={ids.desc}>{points.map((p) => `${formatLocalDate(p.date, locale)}: ${p.overdue}`).join('; ')}</desc>
            <line x1={LEFT} y1={TOP} x2={W} y2={TOP} className="chart-grid" />
            <line x1={LEFT} y1={H - BOTTOM} x2={W} y2={H - BOTTOM} className="chart-axis" />
            <text x={LEFT - 6} y={TOP + 4} className="chart-text" textAnchor="end">
              {max}
            </text>
            <text x={LEFT - 6} y={H - BOTTOM} className="chart-text" textAnchor="end">
              0
            </text>
            {points.map((p, i) => {
              const h = (p.overdue / max) * plotH;
              return h > 0 ? <rect key={p.date} x={LEFT + i * step + 1} y={H - BOTTOM - h} width={Math.max(1, step - 2)} height={h} className="chart-overdue" /> : null;
            })}
            {first ? (
              <text x={LEFT} y={H - 6} className="chart-text">
                {formatLocalDate(first.date, locale)}
              </text>
            ) : null}
            {last ? (
              <text x={W} y={H - 6} className="chart-text" textAnchor="end">
                {formatLocalDate(last.date, locale)}
              </text>
            ) : null}
          </svg>
        </>
      )}
      table={
        <ChartTable
          head={t('chart.col.date')}
          columns={[t('chart.col.overdue')]}
          rows={points.map((p) => ({ key: p.date, label: formatLocalDate(p.date, locale), cells: [p.overdue] }))}
        />
      }
    />
  );
}
