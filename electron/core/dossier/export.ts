/**
 * Writes a dossier bundle (issue: dossier export, "Bundle" and "Streaming"). Invariants:
 * originals are decrypted and written one at a time (memory bounded whatever the case size),
 * each one re-hashed on the way and compared with the SHA-256 recorded at import; the ZIP is
 * written to a temporary file beside the target and renamed only when complete, so a cancel,
 * a crash or a full disk never leaves a partial dossier at the chosen path.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { PassThrough, Readable, Transform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { DossierProfile, ExportResult } from '../../../shared/dossier-types';
import { AppError } from '../../../shared/errors';
import { shortCode } from '../../../shared/short-code';
import { fsyncDir, tempPathFor } from '../files/fs-atomic';
import type { Session } from '../vault/session';
import { clearPending, recordPending } from '../vault/pending-files';
import { bundleReadme } from './bundle-readme';
import { VERIFY_LIMITS } from './bundle-zip';
import { gatherDossier } from './gather';
import { buildManifest } from './manifest';
import { renderPdfInWorker } from './pdf/render-in-worker';
import { signBytes, signingKey } from './signing';
import { stampBundle, timestampReadme, type AuditHead, type BundleStamps } from '../timestamp/bundle-timestamps';
import type { TimestampAuthority } from '../timestamp/stamp';

export interface ExportOptions {
  caseId: string;
  profile: DossierProfile;
  lang: 'nl' | 'en';
  outPath: string;
  recipient: string;
  organisation: string;
  /** Who exports (a staff member); default: the vault's default staff member, else its owner name. */
  exportedByStaffId?: string;
  overwrite: boolean;
  /** Folder with the PDF fonts, handed on to the PDF worker (CoreOptions.fontDir). */
  fontDir: string | undefined;
  signal?: AbortSignal;
  onProgress?: (p: { phase: 'originals' | 'pdf' | 'finishing'; done: number; total: number }) => void;
  /** RFC 3161 (issue 18 item 4): the authority that timestamps the manifest and this audit head; none = no timestamp. */
  timestamp?: { tsa: TimestampAuthority; auditHead: AuditHead } | null;
}

function hashing(onDone: (sha256: string, size: number) => void): Transform {
  const h = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      h.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      onDone(h.digest('hex'), size);
      cb();
    },
  });
}

const cancelled = (session: Session) =>
  session.isOpen() ? new AppError('CANCELLED', 'The export was cancelled.') : new AppError('CANCELLED', 'Cancelled: the vault was locked.', { reason: 'vault-locked' });

/** Room kept in the verifier's budget for the PDF and the small files, whose size is known only once written. */
const PDF_ALLOWANCE = 512 * 1024 ** 2;

/**
 * A bundle the verifier would refuse is worthless to the police: say so before writing a byte
 * (README "Verifying a dossier": the same budget, VERIFY_LIMITS, bounds what verify inflates).
 */
function refuseUnverifiable(originals: { size: number }[]): void {
  const total = originals.reduce((n, o) => n + o.size, 0);
  const biggest = originals.reduce((n, o) => Math.max(n, o.size), 0);
  const tooBig = total + PDF_ALLOWANCE > VERIFY_LIMITS.totalBytes || biggest > VERIFY_LIMITS.entryBytes || originals.length + 8 > VERIFY_LIMITS.maxEntries;
  if (!tooBig) return;
  const gib = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GiB`;
  throw new AppError('FILE_TOO_LARGE', 'The dossier would exceed what the verifier checks.', { reason: 'dossier-too-large', size: gib(total + PDF_ALLOWANCE), limit: gib(VERIFY_LIMITS.totalBytes) });
}

export async function exportDossier(session: Session, o: ExportOptions): Promise<ExportResult & { manifest: Buffer; stamps: BundleStamps | null }> {
  if (!o.overwrite) {
    const exists = await fs.stat(o.outPath).then(() => true, () => false);
    if (exists) throw new AppError('CONFLICT', 'A file with this name already exists.', { reason: 'exists' });
  }
  const check = () => {
    if (o.signal?.aborted || !session.isOpen()) throw cancelled(session);
  };
  const data = gatherDossier(session, o.caseId, o.profile, o.lang, { recipient: o.recipient, organisation: o.organisation, exportedByStaffId: o.exportedByStaffId });
  refuseUnverifiable(data.originals);
  const key = signingKey(session.masterKey(), session.header.vaultId);
  const manifest = Buffer.from(JSON.stringify(buildManifest(data, key.fingerprint), null, 2) + '\n', 'utf8');
  const manifestSha256 = createHash('sha256').update(manifest).digest('hex');
  const manifestSig = signBytes(key, manifest);

  // --- RFC 3161 timestamps (issue 18 item 4) ---
  // Asked for and checked before the first byte is written: an authority that fails or lies
  // ends the export here, with nothing on disk (timestamp/bundle-timestamps.ts).
  const stamps = o.timestamp ? await stampBundle(o.timestamp.tsa, manifest, o.timestamp.auditHead, key.fingerprint, data.exportedAt, o.signal) : null;
  // --- end of the timestamp step ---

  // An export is plaintext by design (it goes to the police): its temporary file is
  // journalled before the first byte, so a killed export's leftover goes at the next unlock.
  const tmp = tempPathFor(o.outPath);
  recordPending(session.db, 'export', [tmp], session.clock.now());
  // The journal entry goes once the file was renamed into place or removed (while the vault
  // is still open: a lock waits for this export).
  const forget = () => {
    if (!session.isClosed()) clearPending(session.db, 'export', [tmp]);
  };
  const out = createWriteStream(tmp, { flags: 'wx', mode: 0o600 });
  const zip = new yazl.ZipFile();
  // pipe() would not forward the file's errors: a full disk (ENOSPC) was an unhandled
  // 'error' event (a crash) and stalled the ZIP by back-pressure. pipeline() reports it, and
  // every wait below races against it.
  const written = pipeline(zip.outputStream, out);
  const writeFailed = written.then(() => new Promise<never>(() => undefined));
  writeFailed.catch(() => undefined);
  const unlessWriteFails = <T>(p: Promise<T>): Promise<T> => Promise.race([p, writeFailed]);
  const sums: [string, string][] = [];
  let bytes = 0;
  const addBuffer = (name: string, buf: Buffer) => {
    zip.addBuffer(buf, name, { mtime: new Date(data.exportedAt) });
    sums.push([createHash('sha256').update(buf).digest('hex'), name]);
  };
  // The PDF is laid out in its worker while the originals are copied here; its output waits
  // (back-pressure) until the ZIP reaches dossier.pdf, after the originals.
  const pdfAbort = new AbortController();
  const stopPdf = () => pdfAbort.abort();
  o.signal?.addEventListener('abort', stopPdf);
  let pdfSum = { sha: '', size: 0 };
  const pdfStream = new PassThrough();
  const pdfHashed = pdfStream.pipe(hashing((sha, size) => (pdfSum = { sha, size })));
  let pdfPhase = false;
  let pdfLatest: { done: number; total: number } | null = null;
  const pdfDone = renderPdfInWorker({ ...data, integrity: { manifestSha256, manifestSignature: manifestSig.toString('base64'), publicKeyFingerprint: key.fingerprint } }, pdfStream, {
    signal: pdfAbort.signal,
    fontDir: o.fontDir,
    onProgress: (p) => {
      pdfLatest = { done: p.done, total: p.total };
      if (pdfPhase) o.onProgress?.({ phase: 'pdf', ...pdfLatest });
    },
  });
  // Awaited below; until then a failure must not count as unhandled.
  pdfDone.catch(() => undefined);
  // The original being copied: when the write fails, this read is stalled by back-pressure and
  // its blob file stays open until the garbage collector closes it (Node DEP0137); it is ended
  // below instead.
  let copying: Readable | null = null;
  try {
    addBuffer('README.txt', Buffer.from(bundleReadme(data.case.ref, manifestSha256, key.fingerprint) + (stamps ? timestampReadme(stamps) : ''), 'utf8'));
    addBuffer('manifest.json', manifest);
    addBuffer('manifest.sig', manifestSig);
    addBuffer('public-key.pem', Buffer.from(key.publicKeyPem, 'utf8'));
    for (const f of stamps?.files ?? []) addBuffer(f.name, f.bytes);

    let done = 0;
    for (const orig of data.originals) {
      check();
      let got = { sha: '', size: 0 };
      const through = hashing((sha, size) => (got = { sha, size }));
      zip.addReadStream(through, orig.path, { mtime: new Date(data.exportedAt), compress: false });
      // pipeline, not pipe(): a damaged blob's error ends the export (naming the item) instead
      // of an unhandled 'error' event that killed the process.
      const label = data.items.find((i) => i.id === orig.itemId)?.label ?? orig.itemId;
      copying = Readable.from(session.blobs.read(orig.blobId));
      await unlessWriteFails(pipeline(copying, through)).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'INTEGRITY') throw new AppError('INTEGRITY', `The stored original of ${label} is damaged.`, { reason: 'original-damaged', item: label });
        throw err;
      });
      if (got.sha !== orig.sha256) throw new AppError('INTEGRITY', `The stored original of ${label} no longer matches its SHA-256.`, { reason: 'original-damaged', item: label });
      copying = null;
      sums.push([got.sha, orig.path]);
      bytes += got.size;
      o.onProgress?.({ phase: 'originals', done: ++done, total: data.originals.length });
    }

    check();
    pdfPhase = true;
    if (pdfLatest) o.onProgress?.({ phase: 'pdf', ...(pdfLatest as { done: number; total: number }) });
    // The PDF's own streams are already compressed (Flate, and JPEG images): deflating again costs time for nothing.
    zip.addReadStream(pdfHashed, 'dossier.pdf', { mtime: new Date(data.exportedAt), compress: false });
    const rendered = await unlessWriteFails(pdfDone);
    if (!pdfStream.writableEnded) pdfStream.end();
    await unlessWriteFails(finished(pdfHashed));
    sums.push([pdfSum.sha, 'dossier.pdf']);
    bytes += pdfSum.size;

    check();
    o.onProgress?.({ phase: 'finishing', done: 0, total: 1 });
    const sumsText = Buffer.from(sums.map(([h, n]) => `${h}  ${n}`).join('\n') + '\n', 'utf8');
    zip.addBuffer(sumsText, 'SHA256SUMS', { mtime: new Date(data.exportedAt) });
    zip.addBuffer(signBytes(key, sumsText), 'SHA256SUMS.sig', { mtime: new Date(data.exportedAt) });
    zip.end();
    await written;
    const fh = await fs.open(tmp, 'r');
    await fh.sync();
    await fh.close();
    await fs.rename(tmp, o.outPath);
    await fsyncDir(dirname(o.outPath));
    forget();
    o.onProgress?.({ phase: 'finishing', done: 1, total: 1 });
    return {
      path: o.outPath,
      manifestSha256,
      shortCode: shortCode(manifestSha256),
      publicKeyFingerprint: key.fingerprint,
      files: sums.length + 2,
      bytes,
      pages: rendered.pages,
      imagesEmbedded: rendered.imagesEmbedded,
      timestamp: stamps
        ? { genTime: stamps.manifest.checked.tstInfo.genTime.toISOString(), tsa: stamps.manifest.checked.tsaSubject, rootFingerprint: stamps.manifest.checked.rootFingerprint, auditSeq: stamps.auditHead.head.seq }
        : null,
      manifest,
      stamps,
    };
  } catch (err) {
    pdfAbort.abort();
    // Late writes from yazl or pdfkit into the abandoned streams are expected now; the
    // real error is the one rethrown below.
    const ignore = () => undefined;
    zip.outputStream.on('error', ignore);
    out.on('error', ignore);
    (zip.outputStream as Readable).destroy();
    out.destroy();
    await written.catch(ignore);
    if (copying) {
      // 'close' comes once the blob reader's finally has closed its file.
      copying.destroy();
      await finished(copying).catch(ignore);
    }
    await fs.rm(tmp, { force: true });
    forget();
    if (o.signal?.aborted) throw cancelled(session);
    throw err;
  } finally {
    o.signal?.removeEventListener('abort', stopPdf);
  }
}
