/**
 * The evidence list's logic (issue 16 item 4): filters, sorting with unknown values last, pages,
 * duplicate and spread marks from the spread view, and the viewer's zoom and pan limits.
 * Also that 5,000 items are filtered, sorted and paged well within a frame's budget on this
 * machine is measured in bench/evidence-list.ts, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceItem, SpreadGroup } from '../../shared/evidence-types';
import { filterItems, initialListState, marksOf, pageOf, platformsOf, sortItems } from '../../renderer/src/features/evidence/list/list-logic';
import { FIT, pan, zoomIn, zoomOut } from '../../renderer/src/features/evidence/viewer/zoom';

function item(n: number, patch: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    id: `id-${n}`, caseId: 'c', caseRef: '2026-001', itemNo: n, label: `2026-001/${n}`, kind: 'url', platform: '', url: '', handle: '', postedAt: null, seenAt: null,
    capturedAt: '2026-11-24T09:00:00.000Z', timeZone: 'Europe/Amsterdam', capturedBy: 'VP', captureMethod: 'own-screenshot', description: '', sexual: false, violence: false,
    minor: 'unknown', fileName: null, mime: null, size: null, width: null, height: null, sha256: null, pdq: null, pdqQuality: null, hasOriginal: false, hasThumbnail: false,
    createdAt: '2026-11-24T09:00:00.000Z', hidden: null, capturedByStaffId: null, receivedFromStaffId: null, receivedFromPersonId: null, hasSheet: false, media: null, vpdqFrames: null, ...patch,
  };
}

const items = [
  item(1, { platform: 'TikTok', fileName: 'filmpje.png', kind: 'image', seenAt: '2026-11-20T10:00:00.000Z' }),
  item(2, { platform: 'Instagram', handle: '@roddel3b', seenAt: '2026-11-21T10:00:00.000Z' }),
  item(3, { platform: 'instagram', description: 'Story met Zoë' }),
  item(10, { platform: 'Snapchat', fileName: 'Scherm 2.png', kind: 'image', seenAt: '2026-11-19T08:00:00.000Z' }),
];
const none = new Map();

describe('evidence list', () => {
  it('filters by words in any field (case and accents as typed), by kind, by platform and by marks', () => {
    const f = { text: '', kind: '' as const, platform: '', spreadOnly: false };
    expect(filterItems(items, { ...f, text: 'ZOË story' }, none).map((i) => i.itemNo)).toEqual([3]);
    expect(filterItems(items, { ...f, text: '2026-001/10' }, none).map((i) => i.itemNo)).toEqual([10]);
    expect(filterItems(items, { ...f, kind: 'image' }, none).map((i) => i.itemNo)).toEqual([1, 10]);
    expect(filterItems(items, { ...f, platform: 'Instagram' }, none).map((i) => i.itemNo)).toEqual([2]);
    const marks = new Map([['id-2', { sameInCase: 1, otherCases: [] }]]);
    expect(filterItems(items, { ...f, spreadOnly: true }, marks).map((i) => i.itemNo)).toEqual([2]);
  });

  it('sorts numbers numerically and puts unknown values last in both directions', () => {
    expect(sortItems(items, 'number', 'desc').map((i) => i.itemNo)).toEqual([10, 3, 2, 1]);
    expect(sortItems(items, 'seenAt', 'desc').map((i) => i.itemNo)).toEqual([2, 1, 10, 3]);
    expect(sortItems(items, 'seenAt', 'asc').map((i) => i.itemNo)).toEqual([10, 1, 2, 3]);
    expect(sortItems(items, 'fileName', 'asc').map((i) => i.itemNo)).toEqual([1, 10, 2, 3]);
    // Both spellings stay choosable (the filter matches exactly); the order ignores case.
    expect(platformsOf(items).slice(2)).toEqual(['Snapchat', 'TikTok']);
    expect(platformsOf(items).slice(0, 2).sort()).toEqual(['Instagram', 'instagram']);
  });

  it('pages 5,000 items 50 at a time and keeps the page inside the list', () => {
    const many = Array.from({ length: 5000 }, (_, i) => item(i + 1));
    expect(pageOf(many, 0)).toMatchObject({ page: 0, pages: 100, from: 1, to: 50, total: 5000 });
    expect(pageOf(many, 99).rows.at(-1)!.itemNo).toBe(5000);
    expect(pageOf(many, 500)).toMatchObject({ page: 99, from: 4951, to: 5000 });
    expect(pageOf([], 3)).toMatchObject({ page: 0, pages: 1, from: 0, to: 0 });
    expect(initialListState(5000).view).toBe('table');
    expect(initialListState(3).view).toBe('grid');
  });

  it('marks items that share an image with others in the case or in other cases', () => {
    const groups = [
      { itemIds: ['id-1', 'id-10'], representativeId: 'id-1', firstSeenAt: null, firstCapturedAt: '', platforms: [], elsewhere: [{ itemId: 'x', caseId: 'c2', caseRef: '2026-004', label: '2026-004/1', distance: 0, exact: true }] },
      { itemIds: ['id-2'], representativeId: 'id-2', firstSeenAt: null, firstCapturedAt: '', platforms: [], elsewhere: [] },
    ] satisfies SpreadGroup[];
    const marks = marksOf(groups);
    expect(marks.get('id-1')).toEqual({ sameInCase: 1, otherCases: ['2026-004'] });
    expect(marks.get('id-10')).toEqual({ sameInCase: 1, otherCases: ['2026-004'] });
    expect(marks.has('id-2')).toBe(false);
  });

  it('zooms in steps, pans only as far as the zoomed image reaches, and fits again at 100%', () => {
    const frame = { w: 1000, h: 800 };
    let z = zoomIn(FIT, frame);
    expect(z.scale).toBe(1.5);
    z = pan(z, 10_000, -10_000, frame);
    expect(z).toEqual({ scale: 1.5, x: 250, y: -200 });
    expect(pan(FIT, 50, 50, frame)).toEqual(FIT);
    expect(zoomOut(z, frame)).toEqual(FIT);
    let max = FIT;
    for (let i = 0; i < 10; i++) max = zoomIn(max, frame);
    expect(max.scale).toBe(6);
  });
});
