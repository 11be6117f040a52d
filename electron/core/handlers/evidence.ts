/** Handlers for evidence:* — import, URL-only sightings, edits, images, spread. */
import { randomUUID } from 'node:crypto';
import type { EvidenceMeta } from '../../../shared/evidence-types';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import { getCase, touchCase } from '../case/case-repo';
import { BLURRED_MIME, blurredThumb, thumbMime } from '../evidence/decode';
import { decideHeldBack, enforceMinorsRule, finishMinorsRule, listHeldBack } from '../evidence/minors-rule';
import type { Transport } from '../../../shared/contract-kit';
import { getItem, getItemRow, insertItem, listItems, setTakedownFields, updateItem } from '../evidence/evidence-repo';
import { bufferSource, expandPaths, importBatch, pathSource } from '../evidence/import-batch';
import type { ImportEnv, ImportSource } from '../evidence/import-file';
import { resolveMatches } from '../evidence/matches';
import { storedHashes } from '../evidence/video-matching';
import { bytesForbidden } from '../evidence/policy';
import { spreadOf } from '../evidence/spread';
import { setItemPeople, withCaptureDefaults } from '../person/item-people';
import { withLocation } from '../evidence/location';
import type { CoreHandlers } from '../handler-types';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../../../shared/time';
import { importLimits } from '../settings/settings';

type EvidenceHandlers = Pick<
  CoreHandlers,
  | 'evidence:list'
  | 'evidence:get'
  | 'evidence:add-url'
  | 'evidence:import'
  | 'evidence:import-paths'
  | 'evidence:cancel-import'
  | 'evidence:update'
  | 'evidence:get-thumbnail'
  | 'evidence:reveal'
  | 'evidence:get-spread'
  | 'evidence:list-held-back'
  | 'evidence:decide-held-back'
>;

function checkMeta(meta: EvidenceMeta): void {
  if (meta.timeZone && !isValidTimeZone(meta.timeZone)) throw new AppError('VALIDATION', 'Unknown time zone.', { issues: [{ path: 'meta.timeZone', code: 'invalid' }] });
}

export function evidenceHandlers(ctx: CoreContext): EvidenceHandlers {
  const s = () => requireSession(ctx);
  const batches = new Map<string, { cancelled: boolean }>();

  async function runImport(caseId: string, given: EvidenceMeta, hashOnly: boolean, batchId: string | undefined, sources: ImportSource[], via: Transport) {
    const ses = s();
    checkMeta(given);
    const c = getCase(ses.db, caseId);
    // One URL rule for every path (shared/url-rule.ts): the app's import and the CLI's alike.
    const meta = withCaptureDefaults(ses.db, c.id, withLocation(ses.db, given), ses.ownerName);
    const env: ImportEnv = { session: ses, case: c, meta, hashOnly, limits: importLimits(ses.db), actor: ses.ownerName, logger: ctx.logger, via, minors: [], video: ctx.video };
    const id = batchId ?? randomUUID();
    const state = { cancelled: false };
    batches.set(id, state);
    try {
      const report = await importBatch(env, sources, {
        batchId: id,
        cancelled: () => (!ses.isOpen() ? 'vault-locked' : state.cancelled ? 'user' : null),
        onProgress: (p) => ctx.events.emit('evidence:import-progress', p),
      });
      applyTakedownFields(meta, report.results.map((r) => (r.status === 'stored' ? r.itemId : null)));
      return report;
    } finally {
      batches.delete(id);
      await finishMinorsRule(ses, ctx.events, env.minors);
    }
  }

  /**
   * The two takedown fields of an import (issue 14: the item's own kind of material, the
   * description for the platform) are set on the stored items after the batch, in one
   * transaction with one audit entry per item, so the import pipeline (import-file.ts) need
   * not know them. A crash in between leaves the case's kind and no description: the safe side.
   */
  function applyTakedownFields(meta: EvidenceMeta, itemIds: (string | null)[]): void {
    if (!meta.category && !meta.platformDescription) return;
    const ses = s();
    if (!ses.isOpen()) return;
    const changed = [...(meta.category ? ['category'] : []), ...(meta.platformDescription ? ['platformDescription'] : [])];
    ses.tx(() => {
      for (const itemId of itemIds) {
        if (!itemId) continue;
        setTakedownFields(ses.db, itemId, { category: meta.category ?? undefined, platformDescription: meta.platformDescription || undefined });
        ses.audit.append({ actor: ses.ownerName, kind: 'evidence.updated', subject: itemId, details: { changed } });
      }
    });
  }

  function imageOf(itemId: string) {
    const ses = s();
    const row = getItemRow(ses.db, itemId);
    const c = getCase(ses.db, row.case_id);
    if (bytesForbidden({ caseCategory: c.category, sexual: row.sexual === 1, minor: row.minor })) {
      throw new AppError('FORBIDDEN_CONTENT', 'This image is never shown.', { reason: 'minor-sexual' });
    }
    // Held back by the minors rule until the officer decides: not shown, not revealed.
    if (row.hidden_reason) throw new AppError('FORBIDDEN_CONTENT', 'This image is held back until you decide.', { reason: 'held-back' });
    return { ses, row };
  }

  return {
    'evidence:list': async (input) => listItems(s().db, input.caseId),
    'evidence:get': async (input) => {
      const ses = s();
      const item = getItem(ses.db, input.itemId);
      const row = ses.db.prepare('SELECT pdq, pdq_dihedral, pdq_quality, vpdq, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut FROM evidence_items WHERE id = ?').get(item.id) as Parameters<typeof storedHashes>[0];
      // Its hashes as stored (a video, or a hash-only one, meets re-uploads and screenshots through its frames; docs/media.md "Matching").
      const hashes = storedHashes(row) ?? { variants: null, quality: 0, vpdq: null };
      const matches = item.sha256 ? resolveMatches(ses, item.sha256, hashes, item.id) : [];
      return { item, audit: ses.audit.list({ subject: item.id, limit: 200 }), matches };
    },
    'evidence:add-url': async (input) => {
      const ses = s();
      checkMeta(input.meta);
      const meta = withLocation(ses.db, input.meta);
      if (!meta.url && !meta.handle && !meta.description) {
        throw new AppError('VALIDATION', 'A sighting needs at least a URL, an account or a description.', { issues: [{ path: 'meta.url', code: 'required' }] });
      }
      return ses.tx(() => {
        const c = getCase(ses.db, input.caseId);
        const m = withCaptureDefaults(ses.db, c.id, meta, ses.ownerName);
        const at = ctx.clock.now().toISOString();
        const item = insertItem(ses.db, {
          caseId: c.id, kind: 'url', platform: m.platform ?? '', url: m.url ?? '', handle: m.handle ?? '', postedAt: m.postedAt ?? null, seenAt: m.seenAt ?? null,
          capturedAt: at, timeZone: m.timeZone ?? DEFAULT_TIME_ZONE, capturedBy: m.capturedBy ?? ses.ownerName,
          // A URL-only sighting was seen on screen, not saved (issue 15 item 1).
          captureMethod: m.captureMethod ?? 'seen-not-saved',
          capturedByStaffId: m.capturedByStaffId ?? null, receivedFromStaffId: m.receivedFromStaffId ?? null, receivedFromPersonId: m.receivedFromPersonId ?? null,
          description: m.description ?? '', sexual: m.sexual ?? false, violence: m.violence ?? false, minor: m.minor ?? 'unknown',
          category: m.category ?? null, platformDescription: m.platformDescription ?? '',
          fileName: null, mime: null, size: null, width: null, height: null, sha256: null, pdq: null, pdqQuality: null, pdqDihedral: null, blobId: null, thumbBlobId: null,
        });
        touchCase(ses.db, c.id, ctx.clock.now());
        ses.audit.append({ actor: ses.ownerName, kind: 'evidence.sighting_added', subject: item.id, details: { case: c.ref, item: item.label } });
        return item;
      });
    },
    'evidence:import': async (input, call) =>
      runImport(input.caseId, input.meta, input.hashOnly ?? false, input.batchId, input.files.map((f) => bufferSource(f.name, f.bytes)), call.transport),
    'evidence:import-paths': async (input, call) => {
      const { paths, skipped } = await expandPaths(input.paths);
      return { ...(await runImport(input.caseId, input.meta, input.hashOnly ?? false, input.batchId, paths.map(pathSource), call.transport)), skipped };
    },
    'evidence:cancel-import': async (input) => {
      const b = batches.get(input.batchId);
      if (b) b.cancelled = true;
      return { cancelled: !!b };
    },
    'evidence:update': async (input) => {
      const ses = s();
      checkMeta(input.patch);
      const { capturedByStaffId, receivedFromStaffId, receivedFromPersonId, ...patch } = input.patch;
      const { item, outcome } = ses.tx(() => {
        const located = withLocation(ses.db, patch, getItem(ses.db, input.itemId).platform);
        const item = updateItem(ses.db, input.itemId, located);
        ses.audit.append({ actor: ses.ownerName, kind: 'evidence.updated', subject: item.id, details: { changed: Object.keys(patch) } });
        const people = { capturedByStaffId, receivedFromStaffId, receivedFromPersonId };
        if (Object.values(people).some((v) => v !== undefined)) {
          const { changed } = setItemPeople(ses.db, item.id, people, ctx.clock.now());
          if (changed.length) ses.audit.append({ actor: ses.ownerName, kind: 'evidence.people_changed', subject: item.id, details: { changed } });
        }
        return { item, outcome: enforceMinorsRule(ses, item.caseId, ses.ownerName, 'item-marked') };
      });
      await finishMinorsRule(ses, ctx.events, [outcome]);
      return getItem(ses.db, item.id);
    },
    'evidence:list-held-back': async () => listHeldBack(s().db),
    'evidence:decide-held-back': async (input) => {
      const ses = s();
      const outcome = ses.tx(() => decideHeldBack(ses, input.itemId, input.decision, ses.ownerName));
      await finishMinorsRule(ses, ctx.events, [outcome]);
      return getItem(ses.db, input.itemId);
    },
    'evidence:get-thumbnail': async (input) => {
      const { ses, row } = imageOf(input.itemId);
      // A video's contact sheet is blurred like its poster (docs/media.md "Keyframes and contact sheet").
      const thumbBlob = input.which === 'sheet' ? row.sheet_blob_id : row.thumb_blob_id;
      if (!thumbBlob) throw new AppError('NOT_FOUND', 'This item has no image.', { entity: 'thumbnail' });
      const bytes = await blurredThumb(await ses.blobs.get(thumbBlob));
      return { mime: BLURRED_MIME, bytes: new Uint8Array(bytes), blurred: true };
    },
    'evidence:reveal': async (input) => {
      const { ses, row } = imageOf(input.itemId);
      const blob = input.size === 'thumb' ? row.thumb_blob_id : input.size === 'sheet' ? row.sheet_blob_id : row.kind === 'image' ? row.blob_id : null;
      if (!blob) throw new AppError('NOT_FOUND', 'This item has no image.', { entity: 'image' });
      const bytes = await ses.blobs.get(blob);
      // Every unblurred view is logged (issue: "every unblurred view is an audit entry").
      ses.tx(() => ses.audit.append({ actor: ses.ownerName, kind: 'evidence.viewed', subject: row.id, details: { size: input.size } }));
      return { mime: input.size === 'full' ? (row.mime ?? 'application/octet-stream') : thumbMime(bytes), bytes: new Uint8Array(bytes), blurred: false };
    },
    'evidence:get-spread': async (input) => {
      getCase(s().db, input.caseId);
      return spreadOf(s(), input.caseId);
    },
  };
}
