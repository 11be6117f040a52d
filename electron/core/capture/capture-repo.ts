/**
 * A web capture kept as one evidence item (issue 18 item 1): the viewport screenshot is the
 * item's original (thumbnail and PDQ as for an imported screenshot), the full-page screenshot,
 * the MHTML archive and the capture record are its further artefacts, each with its SHA-256
 * and, where it may be kept, an encrypted blob.
 *
 * Invariants: the minors rule is decided by the caller before the page is recorded; with
 * `pixels: false` no image or archive is ever written — the item is hash-only and the
 * artefacts keep their hashes (the record, which holds no pixels, is kept); blobs are
 * journalled before they are written and registered in the transaction that adds the item
 * (docs/architecture.md "Nothing lost"); every artefact's hash is fixed at capture and is what
 * the dossier bundle lists.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { CaseDetail } from '../../../shared/case-types';
import type { CaptureArtefact, CaptureArtefactKind, CaptureRecord, WebCapture } from '../../../shared/capture-types';
import { WEB_CAPTURE } from '../../../shared/evidence-types';
import { AppError } from '../../../shared/errors';
import { touchCase } from '../case/case-repo';
import { registerBlob } from '../blobs/blob-registry';
import type { Db } from '../db/open';
import { decodeImage } from '../evidence/decode';
import { getItem, insertItem } from '../evidence/evidence-repo';
import { matchKnown } from '../evidence/known-material';
import { pdqIndexOf } from '../evidence/pdq-index';
import { clearPending, recordPending } from '../vault/pending-files';
import type { Session } from '../vault/session';
import type { RawCapture } from './engine';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const FILE: Record<CaptureArtefactKind, { name: string; mime: string }> = {
  viewport: { name: 'viewport.png', mime: 'image/png' },
  'full-page': { name: 'full-page.png', mime: 'image/png' },
  mhtml: { name: 'page.mhtml', mime: 'multipart/related' },
  record: { name: 'capture.json', mime: 'application/json' },
};

/** The record as stored and exported: stable key order (as built), two-space JSON, one final newline. */
export function recordBytes(record: CaptureRecord): Buffer {
  return Buffer.from(JSON.stringify(record, null, 2) + '\n', 'utf8');
}

export interface ItemMeta {
  description: string;
  sexual: boolean;
  violence: boolean;
  minor: 'yes' | 'no' | 'unknown';
}

interface Part {
  kind: CaptureArtefactKind;
  bytes: Buffer | null;
  sha256: string;
  size: number;
}

export async function storeCapture(session: Session, c: CaseDetail, raw: RawCapture, captured: CaptureRecord, meta: ItemMeta, actor: string, maxPixels: number): Promise<WebCapture> {
  const decoded = raw.viewport && captured.pixels ? await decodeImage(raw.viewport, maxPixels) : null;
  const variants = decoded ? decoded.variants : null;
  // The vault-wide list of known material holds for captures too (docs/domain.md "The minors
  // rule"): a page that shows a known image keeps only its hashes and its record, never pixels.
  const offered = decoded ? { variants, quality: decoded.pdq.quality, cutVariants: decoded.cutVariants, cutQuality: decoded.cut?.quality ?? 0, vpdq: null } : null;
  const known = offered && raw.viewport ? matchKnown(session.db, sha256(raw.viewport), offered) : null;
  const record: CaptureRecord = known ? { ...captured, pixels: false } : captured;
  if (known) meta = { ...meta, sexual: true, minor: meta.minor === 'no' ? 'unknown' : meta.minor };
  const json = recordBytes(record);
  const parts: Part[] = [];
  if (captured.pixels) {
    if (!raw.viewport || !raw.fullPage) throw new AppError('INTERNAL', 'A capture with pixels has no screenshots.');
    parts.push({ kind: 'viewport', bytes: known ? null : raw.viewport, sha256: sha256(raw.viewport), size: raw.viewport.length });
    parts.push({ kind: 'full-page', bytes: known ? null : raw.fullPage, sha256: sha256(raw.fullPage), size: raw.fullPage.length });
  }
  parts.push({ kind: 'mhtml', bytes: record.pixels ? raw.mhtml.bytes : null, sha256: raw.mhtml.sha256, size: raw.mhtml.size });
  parts.push({ kind: 'record', bytes: json, sha256: sha256(json), size: json.length });

  const toStore = parts.filter((p): p is Part & { bytes: Buffer } => p.bytes !== null);
  const ids = new Map<CaptureArtefactKind, string>();
  for (const p of toStore) ids.set(p.kind, session.blobs.idFor(p.bytes));
  const thumbId = decoded && !known ? session.blobs.idFor(decoded.thumb) : null;
  const blobIds = [...ids.values(), ...(thumbId ? [thumbId] : [])];
  recordPending(session.db, 'blob', blobIds, session.clock.now());
  const written: { id: string; size: number }[] = [];
  for (const p of toStore) written.push(await session.blobs.put(p.bytes, ids.get(p.kind)));
  if (decoded && thumbId) written.push(await session.blobs.put(decoded.thumb, thumbId));

  const now = session.clock.now().toISOString();
  const primary = parts.find((p) => p.kind === 'viewport') ?? parts.find((p) => p.kind === 'mhtml')!;
  const result = session.tx(() => {
    for (const w of written) registerBlob(session.db, w, now);
    clearPending(session.db, 'blob', blobIds);
    const item = insertItem(session.db, {
      caseId: c.id,
      kind: record.pixels ? 'image' : 'hash',
      platform: record.platform,
      url: record.finalUrl,
      handle: record.handle,
      postedAt: null,
      seenAt: record.capturedAtUtc,
      capturedAt: now,
      timeZone: record.timeZone,
      capturedBy: actor,
      captureMethod: WEB_CAPTURE,
      description: meta.description,
      sexual: meta.sexual,
      violence: meta.violence,
      minor: meta.minor,
      fileName: FILE[primary.kind].name,
      mime: record.pixels ? FILE[primary.kind].mime : null,
      size: primary.size,
      width: decoded?.width ?? null,
      height: decoded?.height ?? null,
      sha256: primary.sha256,
      pdq: decoded?.pdq.hash ?? null,
      pdqQuality: decoded?.pdq.quality ?? null,
      pdqDihedral: variants,
      // The border-cut hash too (docs/pdq.md "Border-cut hashes"): a page shown with bars matches its re-uploads.
      pdqCutDihedral: decoded?.cutVariants ?? null,
      pdqCutQuality: decoded?.cut?.quality ?? null,
      blobId: record.pixels ? (ids.get('viewport') ?? null) : null,
      thumbBlobId: thumbId,
    });
    session.db
      .prepare('INSERT INTO capture_records(item_id, case_id, requested_url, final_url, http_status, title, record, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(item.id, c.id, record.requestedUrl, record.finalUrl, record.document.status, record.title, json.toString('utf8'), now);
    const insert = session.db.prepare('INSERT INTO capture_artefacts(id, case_id, item_id, kind, file_name, mime, size, sha256, blob_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const p of parts) insert.run(randomUUID(), c.id, item.id, p.kind, FILE[p.kind].name, FILE[p.kind].mime, p.size, p.sha256, ids.get(p.kind) ?? null, now);
    touchCase(session.db, c.id, session.clock.now());
    if (known) session.audit.append({ actor, kind: 'evidence.refused', subject: c.id, details: { case: c.ref, reason: 'known-material', via: 'capture', sha256: primary.sha256, match: known.exact ? 'exact' : 'near' } });
    session.audit.append({
      actor,
      kind: 'capture.taken',
      subject: item.id,
      details: { case: c.ref, item: item.label, sha256: item.sha256, pixels: record.pixels, status: record.document.status, loadState: record.loadState, artefacts: parts.map((p) => ({ kind: p.kind, sha256: p.sha256, kept: p.bytes !== null })) },
    });
    return { item: getItem(session.db, item.id), record, artefacts: listArtefacts(session.db, item.id) };
  });
  if (decoded && !known && decoded.pdq.quality >= 50) pdqIndexOf(session).add(result.item.id, decoded.pdq.hash);
  return result;
}

interface ArtefactRow {
  id: string;
  kind: CaptureArtefactKind;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  blob_id: string | null;
}

const ORDER: CaptureArtefactKind[] = ['viewport', 'full-page', 'mhtml', 'record'];

export function listArtefacts(db: Db, itemId: string): CaptureArtefact[] {
  const rows = db.prepare('SELECT id, kind, file_name, mime, size, sha256, blob_id FROM capture_artefacts WHERE item_id = ?').all(itemId) as ArtefactRow[];
  return rows
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
    .map((r) => ({ id: r.id, kind: r.kind, fileName: r.file_name, mime: r.mime, size: r.size, sha256: r.sha256, kept: r.blob_id !== null }));
}

/** The artefacts whose bytes are stored, with their blobs (the dossier bundle copies them). */
export function storedArtefacts(db: Db, itemId: string): (CaptureArtefact & { blobId: string })[] {
  const rows = db.prepare('SELECT id, kind, file_name, mime, size, sha256, blob_id FROM capture_artefacts WHERE item_id = ? AND blob_id IS NOT NULL').all(itemId) as (ArtefactRow & { blob_id: string })[];
  return rows.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)).map((r) => ({ id: r.id, kind: r.kind, fileName: r.file_name, mime: r.mime, size: r.size, sha256: r.sha256, kept: true, blobId: r.blob_id }));
}

export function getRecord(db: Db, itemId: string): CaptureRecord | null {
  const r = db.prepare('SELECT record FROM capture_records WHERE item_id = ?').get(itemId) as { record: string } | undefined;
  return r ? (JSON.parse(r.record) as CaptureRecord) : null;
}

/**
 * The minors rule after a re-label (evidence/enforce-policy.ts): the item's screenshots and
 * archive lose their bytes, keeping their hashes; the record (no pixels) stays. Returns the
 * blob ids no longer referenced by this item's artefacts.
 */
export function stripArtefactBytes(db: Db, itemId: string): string[] {
  const rows = db.prepare(`SELECT blob_id FROM capture_artefacts WHERE item_id = ? AND kind <> 'record' AND blob_id IS NOT NULL`).all(itemId) as { blob_id: string }[];
  db.prepare(`UPDATE capture_artefacts SET blob_id = NULL WHERE item_id = ? AND kind <> 'record'`).run(itemId);
  return rows.map((r) => r.blob_id);
}

/** Blob ids the artefacts of a case's items hold (a purge deletes those no other row uses). */
export function artefactBlobsOfCase(db: Db, caseId: string): string[] {
  return (db.prepare('SELECT blob_id FROM capture_artefacts WHERE case_id = ? AND blob_id IS NOT NULL').all(caseId) as { blob_id: string }[]).map((r) => r.blob_id);
}

/** Whether any artefact still uses the blob. */
export function artefactUsesBlob(db: Db, blobId: string): boolean {
  return !!db.prepare('SELECT 1 FROM capture_artefacts WHERE blob_id = ? LIMIT 1').get(blobId);
}
