/**
 * One file through the import pipeline (issue: cases and evidence, "Import pipeline"):
 * size limit -> read into memory -> type from magic bytes -> SHA-256 -> minors rule ->
 * one decode (PDQ + thumbnail) -> encrypted original and thumbnail -> DB row, search index
 * and audit entry in one transaction. Invariants: nothing is written in plaintext; a file
 * that fails any step leaves no row and no registered blob; hash-only never writes bytes.
 */
import { createHash } from 'node:crypto';
import type { CaseDetail } from '../../../shared/case-types';
import type { DuplicateMatch, EvidenceMeta, ImportResult } from '../../../shared/evidence-types';
import { AppError } from '../../../shared/errors';
import { PDQ_MIN_QUALITY } from '../pdq/index';
import type { ImageHasher } from '../pdq/pdq-pool';
import type { Session } from '../vault/session';
import { touchCase } from '../case/case-repo';
import { registerBlob } from '../blobs/blob-registry';
import { clearPending, recordPending } from '../vault/pending-files';
import { decodeImage, type Decoded } from './decode';
import { insertItem, itemsWithSha } from './evidence-repo';
import { pdqIndexOf } from './pdq-index';
import { assertMayHoldBytes, bytesForbidden } from './policy';
import { matchKnown, type KnownEntry } from './known-material';
import { applyKnownMaterial, type MinorsRuleOutcome } from './minors-rule';
import type { Transport } from '../../../shared/contract-kit';
import { IMAGE_TYPES, MIME, VIDEO_DEMUXERS, claimsToBeImage, claimsToBeVideo, sniff, type Sniffed } from './sniff';
import { importVideoHashes, type VideoHashes, type VideoImportOptions } from './video-import';
import { resolveMatches } from './matches';
import type { CommitGroup } from './commit-group';
import type { OfferedHashes } from './video-matching';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import { toAppError } from '../files/os-errors';
import type { Logger } from '../logger';

export interface ImportSource {
  name: string;
  /** Size before reading, so an oversized file is refused without loading it. */
  size(): Promise<number>;
  /**
   * The bytes. A source whose size can lie (a path: /proc, a growing file) reads at most
   * maxBytes + 1 and then refuses with FILE_TOO_LARGE; the length is checked here as well.
   */
  read(maxBytes: number): Promise<Buffer>;
  /** Releases what size() opened; called once the bytes are in (or the file was refused). */
  close?(): Promise<void>;
}

export interface ImportLimits {
  maxBytes: number;
  maxPixels: number;
}

export interface ImportEnv {
  session: Session;
  case: CaseDetail;
  meta: EvidenceMeta;
  hashOnly: boolean;
  limits: ImportLimits;
  actor: string;
  /** For failures nobody foresaw: logged in full on this side only (the result says INTERNAL). */
  logger?: Logger;
  /** Which path the file came by (the app, the preview, the command line), for the audit of refusals. */
  via: Transport;
  /** What the minors rule did while importing (blob files to remove after the batch, the officer told). */
  minors: MinorsRuleOutcome[];
  /** How videos are decoded (the shell's own process launcher, limits); defaults for Node. */
  video?: VideoImportOptions;
  /** The batch's shared transactions (commit-group.ts); without it each file commits on its own. */
  group?: CommitGroup;
  /** The batch's PDQ worker threads (pdq/pdq-pool.ts); without, images are hashed on this thread. */
  hasher?: ImageHasher;
}

/** Logs a refusal by the minors rule: what (its SHA-256), where (the case), when, by which path. */
function logRefused(env: ImportEnv, sha256: string, reason: 'minor-sexual' | 'known-material', extra: Record<string, unknown> = {}): void {
  env.session.audit.append({ actor: env.actor, kind: 'evidence.refused', subject: env.case.id, details: { case: env.case.ref, reason, via: env.via, sha256, ...extra } });
}

function rejected(file: string, err: unknown): ImportResult {
  const e = err instanceof AppError ? err : new AppError('INTERNAL', 'The file could not be processed.');
  const reason = typeof e.details?.reason === 'string' ? e.details.reason : undefined;
  const details: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(e.details ?? {})) if (k !== 'reason' && (typeof v === 'string' || typeof v === 'number')) details[k] = v;
  return {
    file,
    status: 'rejected',
    itemId: null,
    sha256: null,
    pdq: null,
    quality: null,
    matches: [],
    error: { code: e.code, message: e.message, ...(reason ? { reason } : {}), ...(Object.keys(details).length ? { details } : {}) },
  };
}

function classify(name: string, bytes: Buffer): { kind: 'image' | 'video' | 'file'; mime: string; type: Sniffed } {
  if (bytes.length === 0) throw new AppError('UNSUPPORTED_FILE', 'The file is empty.', { reason: 'empty' });
  const type = sniff(bytes);
  if (type === 'svg') throw new AppError('UNSUPPORTED_FILE', 'SVG files are not accepted: they can contain scripts.', { reason: 'svg' });
  if (IMAGE_TYPES.has(type)) return { kind: 'image', mime: MIME[type], type };
  if (VIDEO_DEMUXERS[type]) return { kind: 'video', mime: MIME[type], type };
  if (claimsToBeImage(name)) {
    throw new AppError('UNSUPPORTED_FILE', `This file is not an image (it is ${type}).`, { reason: 'not-an-image', detected: type });
  }
  if (claimsToBeVideo(name)) {
    throw new AppError('UNSUPPORTED_FILE', `This file is not a video (it is ${type}).`, { reason: 'not-a-video', detected: type });
  }
  return { kind: 'file', mime: MIME[type], type };
}

/** What the batch learns from one file on its way (import-batch.ts): when its heavy work is done, when its row is queued. */
export interface FileSteps {
  /** Decoding and hashing are done (the blob writes may follow): another file may start. */
  decoded?: () => void;
  /** This file's row is queued (or the file failed): the next file's turn. */
  turn?: () => void;
}

/**
 * `commitTurn` (from the batch) resolves when every earlier file of the batch has queued its
 * row (or committed it, without a commit group), so decoding runs in parallel but rows are
 * written in input order: of two identical files, the first one is stored and the second
 * reported as its duplicate. With `env.group` the journal and the row go into the batch's
 * shared transactions (commit-group.ts).
 */
export async function importFile(env: ImportEnv, src: ImportSource, commitTurn: Promise<void> = Promise.resolve(), steps: FileSteps = {}): Promise<ImportResult> {
  try {
    return await importFileSteps(env, src, commitTurn, steps);
  } finally {
    steps.decoded?.();
    steps.turn?.();
  }
}

async function importFileSteps(env: ImportEnv, src: ImportSource, commitTurn: Promise<void>, steps: FileSteps): Promise<ImportResult> {
  const { session, meta } = env;
  try {
    let bytes: Buffer;
    try {
      const declared = await fromSource(() => src.size());
      if (declared > env.limits.maxBytes) {
        throw new AppError('FILE_TOO_LARGE', 'The file is larger than the import limit.', { reason: 'too-large', size: declared, limit: env.limits.maxBytes });
      }
      bytes = await fromSource(() => src.read(env.limits.maxBytes));
    } finally {
      // The file handle is not held while decoding, encrypting and waiting for the commit.
      await src.close?.().catch(() => undefined);
    }
    if (bytes.length > env.limits.maxBytes) {
      throw new AppError('FILE_TOO_LARGE', 'The file is larger than the import limit.', { reason: 'too-large', size: bytes.length, limit: env.limits.maxBytes });
    }
    const classified = classify(src.name, bytes);
    const { mime } = classified;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const policy = { caseCategory: env.case.category, sexual: meta.sexual ?? false, minor: meta.minor ?? 'unknown' };
    if (!env.hashOnly && bytesForbidden(policy)) {
      // A refused attempt is logged (what, where, when, by which path; never bytes or the name),
      // so the school can show it kept nothing (docs/domain.md "The minors rule").
      session.tx(() => logRefused(env, sha256, 'minor-sexual'));
      assertMayHoldBytes(policy);
    }

    const sameCase = () => itemsWithSha(session.db, sha256).find((i) => i.caseId === env.case.id);
    const decoded: Decoded | null = classified.kind === 'image' ? await decodeImage(bytes, env.limits.maxPixels, classified.type, env.hasher) : null;
    // A video is decoded in its own process (docs/media.md); an MP4 without pictures (audio) is a file.
    const video: VideoHashes | null = classified.kind === 'video' ? await importVideoHashes(bytes, classified.type, env.video) : null;
    const kind = classified.kind === 'video' && !video ? 'file' : classified.kind;
    // Diagnostics for the shell (an Electron utility process may ignore Node's permission
    // flags, docs/media.md "The decoder process"); the WebAssembly sandbox holds either way.
    if (video && !video.hashed.confined) env.logger?.warn('video decoder ran without the Node permission model', {});
    const variants = decoded ? decoded.variants : null;
    // The second, border-cut hash (docs/pdq.md "Border-cut hashes"): matched in the vault only.
    const cutVariants = decoded?.cutVariants ?? null;
    const entry: KnownEntry = {
      sha256,
      pdq: decoded?.pdq.hash ?? null,
      quality: decoded?.pdq.quality ?? null,
      dihedral: variants,
      vpdq: video?.vpdqText ?? null,
      cutDihedral: cutVariants,
      cutQuality: decoded?.cut?.quality ?? null,
      vpdqCut: video?.vpdqCutText ?? null,
    };
    const offered: OfferedHashes = {
      variants,
      quality: decoded?.pdq.quality ?? 0,
      cutVariants,
      cutQuality: decoded?.cut?.quality ?? 0,
      vpdq: video?.hashed.features ?? null,
      vpdqCut: video?.hashed.cutFeatures ?? null,
      frameVariants: video?.hashed.frameVariants ?? null,
    };
    // The CPU's part is done: the next file may start decoding while this one's blobs are
    // written (the disk's part: fsyncs hold a slot without using a core). The batch's byte
    // budget still counts this file until it is finished (import-batch.ts).
    steps.decoded?.();
    // Known material (vault-wide, any case): never stored again; kept here as hash-only instead.
    const known = env.hashOnly ? null : matchKnown(session.db, sha256, offered);
    let stored: { original: { id: string; size: number }; thumb: { id: string; size: number } | null; sheet: { id: string; size: number } | null } | null = null;
    const blobIds: string[] = [];
    if (!env.hashOnly && !known) {
      // Journalled before the first byte is written, so a crash's leftover is removed at the
      // next unlock and nothing is ever deleted merely for being unknown (vault/pending-files.ts).
      const originalId = session.blobs.idFor(bytes);
      const thumbBytes = decoded?.thumb ?? video?.hashed.poster ?? null;
      const sheetBytes = video?.hashed.sheet ?? null;
      const thumbId = thumbBytes ? session.blobs.idFor(thumbBytes) : null;
      const sheetId = sheetBytes ? session.blobs.idFor(sheetBytes) : null;
      blobIds.push(originalId, ...(thumbId ? [thumbId] : []), ...(sheetId ? [sheetId] : []));
      if (env.group) await env.group.journal(blobIds);
      else recordPending(session.db, 'blob', blobIds, session.clock.now());
      stored = {
        original: await session.blobs.put(bytes, originalId),
        thumb: thumbBytes && thumbId ? await session.blobs.put(thumbBytes, thumbId) : null,
        sheet: sheetBytes && sheetId ? await session.blobs.put(sheetBytes, sheetId) : null,
      };
    }

    await (env.group ? env.group.wait(commitTurn) : commitTurn);
    const hashOnly = env.hashOnly || known !== null;
    // What the minors rule did, kept by this run of the body only: a group retries a body
    // after a rollback (commit-group.ts), and only the committed run counts.
    let minors: MinorsRuleOutcome[] = [];
    const body = (): ImportResult => {
      minors = [];
      const now = session.clock.now().toISOString();
      const again = sameCase();
      if (again) {
        // The same bytes are the same blobs: those the earlier item registered leave the journal
        // now; any other (the earlier item keeps no bytes) stays for the next unlock to remove.
        const registered = session.db.prepare('SELECT 1 FROM blobs WHERE id = ?');
        clearPending(session.db, 'blob', blobIds.filter((id) => registered.get(id)));
        return duplicateResult(src.name, sha256, again);
      }
      const matches: DuplicateMatch[] = resolveMatches(session, sha256, offered);
      for (const s of [stored?.original, stored?.thumb, stored?.sheet]) {
        if (s) registerBlob(session.db, s, now);
      }
      clearPending(session.db, 'blob', blobIds);
      const item = insertItem(session.db, {
        caseId: env.case.id,
        kind: hashOnly ? 'hash' : kind,
        platform: meta.platform ?? '',
        url: meta.url ?? '',
        handle: meta.handle ?? '',
        postedAt: meta.postedAt ?? null,
        seenAt: meta.seenAt ?? null,
        capturedAt: now,
        timeZone: meta.timeZone ?? DEFAULT_TIME_ZONE,
        capturedBy: meta.capturedBy ?? env.actor,
        // Who captured and handed it over (issue 15 item 1), checked by the handler.
        capturedByStaffId: meta.capturedByStaffId ?? null,
        receivedFromStaffId: meta.receivedFromStaffId ?? null,
        receivedFromPersonId: meta.receivedFromPersonId ?? null,
        captureMethod: meta.captureMethod ?? 'own-screenshot',
        description: meta.description ?? '',
        // Material known as a sexual image of a minor is that, whatever the batch said.
        sexual: known ? true : policy.sexual,
        violence: meta.violence ?? false,
        minor: known ? 'unknown' : policy.minor,
        fileName: src.name,
        mime: hashOnly ? null : mime,
        size: bytes.length,
        width: decoded?.width ?? video?.hashed.media.width ?? null,
        height: decoded?.height ?? video?.hashed.media.height ?? null,
        sha256,
        pdq: decoded?.pdq.hash ?? null,
        pdqQuality: decoded?.pdq.quality ?? null,
        pdqDihedral: variants,
        pdqCutDihedral: cutVariants,
        pdqCutQuality: decoded?.cut?.quality ?? null,
        vpdqCut: video?.vpdqCutText ?? null,
        blobId: stored?.original.id ?? null,
        thumbBlobId: stored?.thumb?.id ?? null,
        sheetBlobId: stored?.sheet?.id ?? null,
        vpdq: video?.vpdqText ?? null,
        media: video ? { format: classified.type, video: video.hashed.media, frames: null } : decoded && (decoded.frames || classified.type === 'heic' || classified.type === 'avif') ? { format: classified.type, video: null, frames: decoded.frames } : null,
      });
      touchCase(session.db, env.case.id, session.clock.now());
      session.audit.append({
        actor: env.actor,
        kind: hashOnly ? 'evidence.hashed' : 'evidence.added',
        subject: item.id,
        details: { case: env.case.ref, item: item.label, kind: item.kind, sha256, size: bytes.length, matches: matches.length },
      });
      if (known) {
        logRefused(env, sha256, 'known-material', { exact: known.exact, distance: known.distance, item: item.label });
        minors.push(applyKnownMaterial(session, [entry], 'refused-import', env.actor));
        const refused = new AppError('FORBIDDEN_CONTENT', 'This image is known as a sexual image of a minor: it was not stored; its hashes were recorded.', { reason: 'known-material', item: item.label });
        return { ...rejected(src.name, refused), itemId: item.id, sha256, pdq: item.pdq, quality: item.pdqQuality, matches };
      }
      // Recorded hash-only as sexual material of a (possibly) minor person: from now on it is known material.
      if (env.hashOnly && bytesForbidden(policy)) minors.push(applyKnownMaterial(session, [entry], 'hash-only', env.actor));
      // In the PDQ index at once, so the next file of the same transaction meets it; undone below if this run does not commit.
      if (decoded) {
        const index = pdqIndexOf(session);
        if (decoded.pdq.quality >= PDQ_MIN_QUALITY) index.add(item.id, decoded.pdq.hash);
        if (decoded.cut && decoded.cut.quality >= PDQ_MIN_QUALITY) index.add(item.id, decoded.cut.hash);
        indexed.push(item.id);
      }
      return { file: src.name, status: 'stored' as const, itemId: item.id, sha256, pdq: item.pdq, quality: item.pdqQuality, matches, error: null };
    };
    const indexed: string[] = [];
    let result: ImportResult;
    try {
      if (env.group) {
        const queued = env.group.commit(body);
        steps.turn?.();
        result = await queued;
      } else {
        result = session.tx(body);
      }
    } catch (err) {
      if (indexed.length) pdqIndexOf(session).remove(new Set(indexed));
      throw err;
    }
    // A run the group rolled back before retrying left an id nobody has.
    const ghosts = indexed.filter((id) => id !== result.itemId);
    if (ghosts.length) pdqIndexOf(session).remove(new Set(ghosts));
    env.minors.push(...minors);
    // Best effort: drop the in-memory copy early in long batches.
    bytes.fill(0);
    return result;
  } catch (err) {
    // Writing into the vault: a full disk (files or SQLite) is DISK_FULL, not "unexpected".
    const e = toAppError(err);
    if (e.code === 'INTERNAL') env.logger?.error('importing one file failed', err);
    return rejected(src.name, e);
  }
}

/** Reading the user's file: any failure there means the file itself could not be read. */
async function fromSource<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IO', 'The file could not be read.', { reason: 'unreadable' });
  }
}

function duplicateResult(file: string, sha256: string, existing: { id: string; caseId: string; caseRef: string; label: string; pdq: string | null; pdqQuality: number | null }): ImportResult {
  return {
    file,
    status: 'duplicate',
    itemId: existing.id,
    sha256,
    pdq: existing.pdq,
    quality: existing.pdqQuality,
    matches: [{ itemId: existing.id, caseId: existing.caseId, caseRef: existing.caseRef, label: existing.label, distance: 0, exact: true }],
    error: null,
  };
}

