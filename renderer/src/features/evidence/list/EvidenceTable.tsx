import type { CaseCategory } from '../../../../../shared/case-types';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { hrefForItem } from '../../../app/router';
import { Button } from '../../../components/ui/Button';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { viewable } from '../viewer/EvidenceViewer';
import { ItemMarks } from './ItemMarks';
import type { ItemMarks as Marks, SortKey, SortOrder } from './list-logic';

// Kind with file name, and platform with account, share a column: six columns fit 1024 px
// without squeezing a word to a letter per line (issue 16 item 8). "Sorteren" offers every key.
const COLUMNS: readonly { key: SortKey | null; label: 'list.col.number' | 'list.col.kindFile' | 'list.col.seenAt' | 'list.col.platformHandle' | 'list.col.marks' }[] = [
  { key: 'number', label: 'list.col.number' },
  { key: 'kind', label: 'list.col.kindFile' },
  { key: 'seenAt', label: 'list.col.seenAt' },
  { key: 'platform', label: 'list.col.platformHandle' },
  { key: null, label: 'list.col.marks' },
];

/**
 * The compact list: one row per item with what tells items apart (kind and file name, seen-at,
 * platform and account, duplicate and spread marks); column headers sort (aria-sort says how), the
 * number opens the item, "Bekijken" opens the viewer. Long values wrap inside their cell, so the
 * table fits 1024 px without scrolling sideways.
 */
export function EvidenceTable({
  rows,
  category,
  marks,
  sort,
  order,
  onSort,
  onView,
}: {
  rows: readonly EvidenceItem[];
  category: CaseCategory;
  marks: ReadonlyMap<string, Marks>;
  sort: SortKey;
  order: SortOrder;
  onSort: (key: SortKey) => void;
  onView: (itemId: string) => void;
}) {
  const { t, language } = useI18n();
  return (
    <table className="table evidence-table" aria-label={t('list.tableLabel')} data-testid="evidence-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.label} scope="col" aria-sort={c.key && c.key === sort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
              {c.key ? (
                <button type="button" className="sort-button" onClick={() => onSort(c.key!)}>
                  {t(c.label)}
                  <span aria-hidden="true" className="sort-mark">
                    {c.key === sort ? (order === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                t(c.label)
              )}
            </th>
          ))}
          <th scope="col">
            <span className="sr-only">{t('list.col.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.id} data-testid="evidence-row" data-kind={i.kind}>
            <td className="nowrap">
              <a href={hrefForItem(i.caseId, i.id)} aria-label={t('evidence.openLabel', { label: i.label })}>
                {i.label}
              </a>
            </td>
            <td>
              {t(`evidence.kind.${i.kind}`)}
              {i.fileName ? <span className="cell-second mono">{i.fileName}</span> : null}
            </td>
            <td>{i.seenAt ? formatDateTime(i.seenAt, language, i.timeZone) : <span className="muted">{t('list.seenUnknownShort')}</span>}</td>
            <td>
              {i.platform || <span className="muted">{t('evidence.platformUnknown')}</span>}
              {i.handle ? <span className="cell-second mono">{i.handle}</span> : null}
            </td>
            <td>
              <ItemMarks marks={marks.get(i.id)} />
            </td>
            <td>
              {viewable(i, category) ? (
                <Button variant="link" onClick={() => onView(i.id)} aria-label={t('list.viewLabel', { label: i.label })}>
                  {t('list.view')}
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
