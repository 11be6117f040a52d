import type { ReactNode } from 'react';

/** Label/value pairs as a description list; rows with an empty value show `empty`; `term` follows the label (a link to "Begrippen"). */
export function DetailList({ rows, empty }: { rows: readonly { label: string; value: ReactNode; mono?: boolean; term?: ReactNode }[]; empty: string }) {
  return (
    <dl className="details">
      {rows.map((row) => (
        <div key={row.label} className="details-row">
          <dt>
            {row.label}
            {row.term ? <> {row.term}</> : null}
          </dt>
          <dd className={row.mono ? 'mono' : undefined}>{row.value === '' || row.value === null || row.value === undefined ? <span className="muted">{empty}</span> : row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
