import { useId, type ReactNode } from 'react';
import { useT } from '../../../i18n/i18n-context';

/**
 * A chart with its title and description, drawn as inline SVG by `draw`, and the same
 * figures as a table in a fold (the text alternative). Invariant: no inline styles (CSP):
 * shapes get CSS classes only.
 */
export function ChartFigure({
  title,
  desc,
  empty,
  draw,
  legend,
  table,
  testId,
}: {
  title: string;
  desc: string;
  empty: boolean;
  draw: (ids: { title: string; desc: string }) => ReactNode;
  legend?: ReactNode;
  table: ReactNode;
  testId: string;
}) {
  const t = useT();
  const id = useId();
  const ids = { title: `${id}-title`, desc: `${id}-desc` };
  return (
    <figure className="chart card" data-testid={testId} aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="stack-tight">
        <h3 className="subsection-title">{title}</h3>
        <p className="muted small">{desc}</p>
      </figcaption>
      {empty ? <p className="muted">{t('chart.noData')}</p> : draw(ids)}
      {!empty && legend ? legend : null}
      {!empty ? (
        <details className="fold">
          <summary>{t('chart.table')}</summary>
          {table}
        </details>
      ) : null}
    </figure>
  );
}

/** The colour key of a chart; the swatches repeat the CSS classes of the shapes. */
export function ChartLegend({ items }: { items: { cls: string; label: string }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.cls}>
          <span className={`chart-swatch ${i.cls}`} aria-hidden="true" />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A chart's figures as a table (its text alternative): one row per bar or column, headed by
 * `head`, then one numeric column per figure.
 */
export function ChartTable({ head, columns, rows }: { head: string; columns: readonly string[]; rows: readonly { key: string; label: string; cells: readonly ReactNode[] }[] }) {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{head}</th>
          {columns.map((c) => (
            <th key={c} scope="col" className="num">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {r.cells.map((c, i) => (
              <td key={columns[i]} className="num">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
