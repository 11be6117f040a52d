// The layout both per-platform charts share: platform names in a right-aligned column, a bar
// (stacked when it has several segments), then a value text just after the bar.
const W = 640;
const LABEL_W = 230;
const ROW_H = 30;
const BAR_H = 18;

export interface BarRow {
  key: string;
  label: string;
  /** Drawn left to right; a segment of width 0 is left out. */
  segments: readonly { key: string; value: number; cls: string }[];
  /** Written after the bar. */
  value: string;
  valueCls: string;
}

const total = (r: BarRow) => r.segments.reduce((sum, s) => sum + s.value, 0);

/**
 * Horizontal bars scaled to the largest row total. `valueRoom` is the width kept free on the
 * right for the longest value text, so that text never runs off the chart.
 */
export function HorizontalBars({ ids, title, desc, rows, valueRoom }: { ids: { title: string; desc: string }; title: string; desc: string; rows: readonly BarRow[]; valueRoom: number }) {
  const max = Math.max(1, ...rows.map(total));
  const scale = (W - LABEL_W - valueRoom) / max;
  const h = rows.length * ROW_H + 6;
  return (
    <svg className="chart-svg" viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
      <title id={ids.title}>{title}</title>
      <desc id={ids.desc}>{desc}</desc>
      {rows.map((r, i) => {
        const y = i * ROW_H + 4;
        let x = LABEL_W;
        return (
          <g key={r.key}>
            <text x={LABEL_W - 8} y={y + BAR_H - 4} className="chart-text" textAnchor="end">
              {r.label}
            </text>
            {r.segments.map((s) => {
              const w = s.value * scale;
              const rect = w > 0 ? <rect key={s.key} x={x} y={y} width={w} height={BAR_H} className={s.cls} /> : null;
              x += w;
              return rect;
            })}
            <text x={x + 6} y={y + BAR_H - 4} className={r.valueCls}>
              {r.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
