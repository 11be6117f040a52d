/**
 * Evidence items. Invariants: item numbers count up per case from 1 and are never reused;
 * an item with stored bytes references registered blobs; every write re-indexes the item.
 */
import { randomUUID } from 'node:crypto';
import type { CaseCategory, Tristate } from '../../../shared/case-types';
import type { CaptureMethod, EvidenceItem, EvidenceKind, HiddenReason } from '../../../shared/evidence-types';
import type { MediaInfo } from '../../../shared/media-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { indexEntity } from '../search/fts';
import { toUtc } from '../../../shared/time';

interface ItemRow {
  id: string;
  case_id: string;
  case_ref: string;
  item_no: number;
  kind: EvidenceKind;
  platform: string;
  url: string;
  handle: string;
  posted_at: string | null;
  seen_at: string | null;
  captured_at: string;
  time_zone: string;
  captured_by: string;
  capture_method: CaptureMethod;
  description: string;
  sexual: number;
  violence: number;
  minor: Tristate;
  category: CaseCategory | null;
  platform_description: string;
  file_name: string | null;
  mime: string | null;
  size: number | null;
  width: number | null;
  height: number | null;
  sha256: string | null;
  pdq: string | null;
  pdq_quality: number | null;
  blob_id: string | null;
  thumb_blob_id: string | null;
  created_at: string;
  captured_by_staff_id: string | null;
  received_from_staff_id: string | null;
  received_from_person_id: string | null;
  hidden_reason: HiddenReason | null;
  media: string | null;
  vpdq: string | null;
  sheet_blob_id: string | null;
}

/** Stored JSON of shared/media-types.ts; unreadable JSON (never written by us) reads as none. */
function parseMedia(json: string | null): MediaInfo | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as MediaInfo;
  } catch {
    return null;
  }
}

export const ITEM_SELECT = `SELECT e.*, c.ref AS case_ref FROM evidence_items e JOIN cases c ON c.id = e.case_id`;

export function toItem(r: ItemRow): EvidenceItem {
  return {
    id: r.id,
    caseId: r.case_id,
    caseRef: r.case_ref,
    itemNo: r.item_no,
    label: `${r.case_ref}/${r.item_no}`,
    kind: r.kind,
    platform: r.platform,
    url: r.url,
    handle: r.handle,
    postedAt: r.posted_at,
    seenAt: r.seen_at,
    capturedAt: r.captured_at,
    timeZone: r.time_zone,
    capturedBy: r.captured_by,
    captureMethod: r.capture_method,
    description: r.description,
    sexual: r.sexual === 1,
    violence: r.violence === 1,
    minor: r.minor,
    category: r.category,
    platformDescription: r.platform_description,
    capturedByStaffId: r.captured_by_staff_id ?? null,
    receivedFromStaffId: r.received_from_staff_id ?? null,
    receivedFromPersonId: r.received_from_person_id ?? null,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    width: r.width,
    height: r.height,
    sha256: r.sha256,
    pdq: r.pdq,
    pdqQuality: r.pdq_quality,
    hasOriginal: r.blob_id !== null,
    hasThumbnail: r.thumb_blob_id !== null,
    hasSheet: r.sheet_blob_id !== null,
    media: parseMedia(r.media),
    vpdqFrames: r.vpdq ? r.vpdq.split('\n').length : null,
    createdAt: r.created_at,
    hidden: r.hidden_reason,
  };
}

/**
 * What an insert needs: the item's own fields, minus what insertItem derives (id, number,
 * label, case ref, created time, blob flags), plus the storage columns an item never shows.
 */
export type NewItem = Omit<
  EvidenceItem,
  'id' | 'caseRef' | 'itemNo' | 'label' | 'hasOriginal' | 'hasThumbnail' | 'hasSheet' | 'media' | 'vpdqFrames' | 'createdAt' | 'hidden' | 'category' | 'platformDescription' | 'capturedByStaffId' | 'receivedFromStaffId' | 'receivedFromPersonId'
> &
  Partial<Pick<EvidenceItem, 'capturedByStaffId' | 'receivedFromStaffId' | 'receivedFromPersonId'>> & {
  /** For takedowns (migration 008): absent means the case's kind of material and no description for the platform. */
  category?: CaseCategory | null;
  platformDescription?: string;
  pdqDihedral: string[] | null;
  blobId: string | null;
  thumbBlobId: string | null;
  /** Videos and phone image formats (docs/media.md); absent for everything else. */
  media?: MediaInfo | null;
  vpdq?: string | null;
  sheetBlobId?: string | null;
  /** Border-cut hashes (migration 014, docs/pdq.md "Border-cut hashes"); absent without a border. */
  pdqCutDihedral?: string[] | null;
  pdqCutQuality?: number | null;
  vpdqCut?: string | null;
};

function reindex(db: Db, i: EvidenceItem): void {
  indexEntity(db, i.caseId, 'item', i.id, [i.label, i.platform, i.url, i.handle, i.description, i.fileName]);
}

export function insertItem(db: Db, n: NewItem): EvidenceItem {
  const id = randomUUID();
  const { next } = db.prepare('SELECT coalesce(max(item_no), 0) + 1 AS next FROM evidence_items WHERE case_id = ?').get(n.caseId) as { next: number };
  db.prepare(
    `INSERT INTO evidence_items(id, case_id, item_no, kind, platform, url, handle, posted_at, seen_at, captured_at, time_zone,
       captured_by, capture_method, description, sexual, violence, minor, file_name, mime, size, width, height, sha256, pdq,
       pdq_quality, pdq_dihedral, blob_id, thumb_blob_id, created_at, media, vpdq, sheet_blob_id, captured_by_staff_id, received_from_staff_id, received_from_person_id, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, n.caseId, next, n.kind, n.platform, n.url, n.handle, toUtc(n.postedAt), toUtc(n.seenAt), n.capturedAt, n.timeZone,
    n.capturedBy, n.captureMethod, n.description, n.sexual ? 1 : 0, n.violence ? 1 : 0, n.minor, n.fileName, n.mime, n.size,
    n.width, n.height, n.sha256, n.pdq, n.pdqQuality, n.pdqDihedral ? n.pdqDihedral.join('') : null, n.blobId, n.thumbBlobId, n.capturedAt,
    n.media ? JSON.stringify(n.media) : null, n.vpdq ?? null, n.sheetBlobId ?? null, n.capturedByStaffId ?? null, n.receivedFromStaffId ?? null, n.receivedFromPersonId ?? null,
    n.pdqCutDihedral ? n.pdqCutDihedral.join('') : null, n.pdqCutDihedral ? (n.pdqCutQuality ?? null) : null, n.vpdqCut ?? null,
  );
  if (n.category || n.platformDescription) setTakedownFields(db, id, { category: n.category ?? null, platformDescription: n.platformDescription ?? '' });
  const item = getItem(db, id);
  reindex(db, item);
  return item;
}

/**
 * The two fields takedowns read (migration 008, issue 14 items 1 and 3): the item's own kind
 * of material (null: the case's) and the description the platform may read. Kept apart from
 * the capture fields so the import pipeline does not need to know them.
 */
export function setTakedownFields(db: Db, id: string, f: { category?: CaseCategory | null; platformDescription?: string }): void {
  if (f.category !== undefined) db.prepare('UPDATE evidence_items SET category = ? WHERE id = ?').run(f.category, id);
  if (f.platformDescription !== undefined) db.prepare('UPDATE evidence_items SET platform_description = ? WHERE id = ?').run(f.platformDescription, id);
}

export function getItemRow(db: Db, id: string): ItemRow {
  const r = db.prepare(`${ITEM_SELECT} WHERE e.id = ?`).get(id) as ItemRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This evidence item does not exist.', { entity: 'item' });
  return r;
}

export function getItem(db: Db, id: string): EvidenceItem {
  return toItem(getItemRow(db, id));
}

export function listItems(db: Db, caseId: string): EvidenceItem[] {
  return (db.prepare(`${ITEM_SELECT} WHERE e.case_id = ? ORDER BY e.item_no`).all(caseId) as ItemRow[]).map(toItem);
}

export function itemsWithSha(db: Db, sha256: string): EvidenceItem[] {
  return (db.prepare(`${ITEM_SELECT} WHERE e.sha256 = ? ORDER BY e.created_at`).all(sha256) as ItemRow[]).map(toItem);
}

/** The metadata a user may correct after import; everything else is fixed at capture. */
export type ItemPatch = Partial<
  Pick<
    EvidenceItem,
    'platform' | 'url' | 'handle' | 'postedAt' | 'seenAt' | 'timeZone' | 'capturedBy' | 'captureMethod' | 'description' | 'sexual' | 'violence' | 'minor' | 'category' | 'platformDescription'
  >
>;

export function updateItem(db: Db, id: string, p: ItemPatch): EvidenceItem {
  const b = getItem(db, id);
  db.prepare(
    `UPDATE evidence_items SET platform = ?, url = ?, handle = ?, posted_at = ?, seen_at = ?, time_zone = ?, captured_by = ?,
       capture_method = ?, description = ?, sexual = ?, violence = ?, minor = ? WHERE id = ?`,
  ).run(
    p.platform ?? b.platform,
    p.url ?? b.url,
    p.handle ?? b.handle,
    p.postedAt !== undefined ? toUtc(p.postedAt) : b.postedAt,
    p.seenAt !== undefined ? toUtc(p.seenAt) : b.seenAt,
    p.timeZone ?? b.timeZone,
    p.capturedBy ?? b.capturedBy,
    p.captureMethod ?? b.captureMethod,
    p.description ?? b.description,
    (p.sexual ?? b.sexual) ? 1 : 0,
    (p.violence ?? b.violence) ? 1 : 0,
    p.minor ?? b.minor,
    id,
  );
  setTakedownFields(db, id, { category: p.category, platformDescription: p.platformDescription });
  const item = getItem(db, id);
  reindex(db, item);
  return item;
}

/** Drops stored bytes from an item, keeping its hashes (it becomes hash-only). */
export function stripBytes(db: Db, id: string): { blobIds: string[] } {
  const r = getItemRow(db, id);
  db.prepare(`UPDATE evidence_items SET kind = CASE WHEN sha256 IS NULL THEN 'url' ELSE 'hash' END, blob_id = NULL, thumb_blob_id = NULL, sheet_blob_id = NULL WHERE id = ?`).run(id);
  return { blobIds: [r.blob_id, r.thumb_blob_id, r.sheet_blob_id].filter((b): b is string => b !== null) };
}

/** Holds an item back until the officer decides (the minors rule); null lets it be shown again. */
export function setHidden(db: Db, id: string, reason: HiddenReason | null, at: Date): void {
  db.prepare('UPDATE evidence_items SET hidden_reason = ?, hidden_since = ? WHERE id = ?').run(reason, reason ? at.toISOString() : null, id);
}
