import { useMemo, useState } from 'react';
import { EVIDENCE_KINDS, type EvidenceItem, type SpreadGroup } from '../../../../../shared/evidence-types';
import type { CaseCategory } from '../../../../../shared/case-types';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';
import { EvidenceCard } from '../components/EvidenceCard';
import { EvidenceViewer, viewable } from '../viewer/EvidenceViewer';
import { EvidenceTable } from './EvidenceTable';
import { filterItems, initialListState, marksOf, pageOf, platformsOf, sortItems, type ListState, type SortKey, type View } from './list-logic';

const SORTS: readonly SortKey[] = ['number', 'seenAt', 'platform', 'fileName', 'kind', 'handle'];

/**
 * What is captured in a case (issue 16 item 4): a compact table or cards (the cards by default
 * for a handful of items, the table beyond that), filtered by text, kind, platform and marks,
 * sorted, and paged so a case with thousands of items renders only one page of rows; the viewer
 * walks through the list as it is filtered and sorted.
 */
export function EvidenceList({ items, category, spread }: { items: readonly EvidenceItem[]; category: CaseCategory; spread: readonly SpreadGroup[] | undefined }) {
  const t = useT();
  const [state, setState] = useState<ListState>(() => initialListState(items.length));
  const [viewing, setViewing] = useState<number | null>(null);
  const set = (patch: Partial<ListState>) => setState((s) => ({ ...s, page: 0, ...patch }));

  const marks = useMemo(() => marksOf(spread), [spread]);
  const platforms = useMemo(() => platformsOf(items), [items]);
  const shown = useMemo(() => sortItems(filterItems(items, state, marks), state.sort, state.order), [items, state, marks]);
  const page = pageOf(shown, state.page);
  const filtered = shown.length !== items.length;

  const sortBy = (key: SortKey) => set(key === state.sort ? { order: state.order === 'asc' ? 'desc' : 'asc' } : { sort: key, order: key === 'seenAt' ? 'desc' : 'asc' });
  // The viewer walks through the images of the list as filtered and sorted (not the items without one).
  const images = useMemo(() => shown.filter((i) => viewable(i, category)), [shown, category]);
  const view = (itemId: string) => setViewing(images.findIndex((i) => i.id === itemId));
  const views: readonly View[] = ['table', 'grid'];

  return (
    <div className="stack-tight">
      <div className="list-toolbar" role="search" aria-label={t('list.filters')}>
        <Field label={t('list.search')} type="search" value={state.text} onChange={(e) => set({ text: e.target.value })} className="list-search" autoComplete="off" />
        <SelectField
          label={t('list.kind')}
          value={state.kind}
          onChange={(e) => set({ kind: EVIDENCE_KINDS.find((k) => k === e.target.value) ?? '' })}
          options={[{ value: '', label: t('list.kindAll') }, ...EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`evidence.kind.${k}`) }))]}
        />
        <SelectField
          label={t('list.platform')}
          value={state.platform}
          onChange={(e) => set({ platform: e.target.value })}
          options={[{ value: '', label: t('list.platformAll') }, ...platforms.map((p) => ({ value: p, label: p }))]}
        />
        <SelectField
          label={t('list.sort')}
          value={`${state.sort}:${state.order}`}
          onChange={(e) => {
            const [sort, order] = e.target.value.split(':');
            set({ sort: SORTS.find((s) => s === sort) ?? 'number', order: order === 'desc' ? 'desc' : 'asc' });
          }}
          options={SORTS.flatMap((s) => (['asc', 'desc'] as const).map((o) => ({ value: `${s}:${o}`, label: t(`list.sortBy.${s}.${o}`) })))}
        />
        <Checkbox label={t('list.spreadOnly')} checked={state.spreadOnly} onChange={(e) => set({ spreadOnly: e.target.checked })} />
        <div className="view-toggle" role="group" aria-label={t('list.viewAs')}>
          {views.map((v) => (
            <Button key={v} variant="secondary" aria-pressed={state.view === v} onClick={() => setState((s) => ({ ...s, view: v }))}>
              {t(`list.view.${v}`)}
            </Button>
          ))}
        </div>
      </div>
      <p className="muted small" role="status" data-testid="list-count">
        {filtered ? t('list.countFiltered', { shown: shown.length, total: items.length }) : t('list.count', { n: items.length })}
        {page.pages > 1 ? ` ${t('list.range', { from: page.from, to: page.to })}` : ''}
      </p>
      {shown.length === 0 && items.length > 0 ? <p className="empty-next">{t('list.noneFiltered')}</p> : null}
      {state.view === 'table' && page.rows.length ? (
        <EvidenceTable rows={page.rows} category={category} marks={marks} sort={state.sort} order={state.order} onSort={sortBy} onView={view} />
      ) : null}
      {state.view === 'grid' ? (
        <ul className="evidence-grid">
          {page.rows.map((item) => (
            <li key={item.id}>
              <EvidenceCard item={item} category={category} marks={marks.get(item.id)} onView={() => view(item.id)} />
            </li>
          ))}
        </ul>
      ) : null}
      {page.pages > 1 ? (
        <nav className="pager" aria-label={t('list.pages')}>
          <Button variant="secondary" onClick={() => setState((s) => ({ ...s, page: page.page - 1 }))} disabled={page.page === 0}>
            {t('list.prevPage')}
          </Button>
          <span aria-current="page">{t('list.pageOf', { page: page.page + 1, pages: page.pages })}</span>
          <Button variant="secondary" onClick={() => setState((s) => ({ ...s, page: page.page + 1 }))} disabled={page.page >= page.pages - 1}>
            {t('list.nextPage')}
          </Button>
        </nav>
      ) : null}
      {viewing !== null && viewing >= 0 && images.length ? <EvidenceViewer items={images} start={viewing} category={category} onClose={() => setViewing(null)} /> : null}
    </div>
  );
}
