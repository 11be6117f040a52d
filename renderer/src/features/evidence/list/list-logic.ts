/**
 * The evidence list's filtering, sorting, paging and marks (issue 16 item 4), pure so it is
 * tested without a browser and stays fast for a case with thousands of items: one pass to
 * filter, one sort, and only a page of rows reaches the screen.
 * Marks come from the spread view (evidence:get-spread): an item that shows the same image as
 * other items of the case ("zelfde beeld"), and one whose image is also in other cases.
 */
import type { EvidenceItem, EvidenceKind, SpreadGroup } from '../../../../../shared/evidence-types';

export type SortKey = 'number' | 'seenAt' | 'platform' | 'fileName' | 'kind' | 'handle';
export type SortOrder = 'asc' | 'desc';
export type View = 'table' | 'grid';

export interface ListFilter {
  text: string;
  kind: EvidenceKind | '';
  platform: string;
  /** Only items that show the same image as another item, here or in another case. */
  spreadOnly: boolean;
}

export interface ListState extends ListFilter {
  view: View;
  sort: SortKey;
  order: SortOrder;
  page: number;
}

export const PAGE_SIZE = 50;
/** Up to this many items the cards are the default; beyond it the compact table. */
export const GRID_DEFAULT_MAX = 24;

export function initialListState(count: number): ListState {
  return { view: count > GRID_DEFAULT_MAX ? 'table' : 'grid', text: '', kind: '', platform: '', spreadOnly: false, sort: 'number', order: 'asc', page: 0 };
}

export interface ItemMarks {
  /** How many other items of this case show the same image. */
  sameInCase: number;
  /** References of other cases that hold the same image. */
  otherCases: string[];
}

export const NO_MARKS: ItemMarks = { sameInCase: 0, otherCases: [] };

export function marksOf(groups: readonly SpreadGroup[] | undefined): Map<string, ItemMarks> {
  const out = new Map<string, ItemMarks>();
  for (const g of groups ?? []) {
    const otherCases = [...new Set(g.elsewhere.map((e) => e.caseRef))].sort();
    if (g.itemIds.length < 2 && otherCases.length === 0) continue;
    for (const id of g.itemIds) out.set(id, { sameInCase: g.itemIds.length - 1, otherCases });
  }
  return out;
}

function haystack(i: EvidenceItem): string {
  return [i.label, i.fileName ?? '', i.platform, i.handle, i.url, i.description].join('\n').toLocaleLowerCase('nl');
}

export function filterItems(items: readonly EvidenceItem[], f: ListFilter, marks: ReadonlyMap<string, ItemMarks>): EvidenceItem[] {
  const words = f.text.trim().toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  return items.filter((i) => {
    if (f.kind && i.kind !== f.kind) return false;
    if (f.platform && i.platform !== f.platform) return false;
    if (f.spreadOnly && !marks.has(i.id)) return false;
    if (words.length) {
      const h = haystack(i);
      if (!words.every((w) => h.includes(w))) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Empty values sort last in either direction, so "no seen-at" never hides the known ones. */
function compareText(a: string, b: string, dir: number): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return collator.compare(a, b) * dir;
}

export function sortItems(items: readonly EvidenceItem[], sort: SortKey, order: SortOrder): EvidenceItem[] {
  const dir = order === 'asc' ? 1 : -1;
  const byNumber = (a: EvidenceItem, b: EvidenceItem) => (a.itemNo - b.itemNo) * dir;
  const key: Record<SortKey, (i: EvidenceItem) => string> = {
    number: () => '',
    seenAt: (i) => i.seenAt ?? '',
    platform: (i) => i.platform,
    fileName: (i) => i.fileName ?? '',
    kind: (i) => i.kind,
    handle: (i) => i.handle,
  };
  if (sort === 'number') return [...items].sort(byNumber);
  const k = key[sort];
  return [...items].sort((a, b) => compareText(k(a), k(b), dir) || a.itemNo - b.itemNo);
}

export interface Page<T> {
  rows: T[];
  page: number;
  pages: number;
  from: number;
  to: number;
  total: number;
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const rows = items.slice(p * size, p * size + size);
  return { rows, page: p, pages, from: items.length ? p * size + 1 : 0, to: p * size + rows.length, total: items.length };
}

/** The platforms the items name, for the filter (in the order of the collation). */
export function platformsOf(items: readonly EvidenceItem[]): string[] {
  return [...new Set(items.map((i) => i.platform).filter(Boolean))].sort(collator.compare);
}
