/**
 * A web capture in the dossier (issue 18 item 1: "listed in the dossier and the bundle"): the
 * item's provenance and every artefact with its SHA-256 go into manifest.json and the PDF's
 * catalogue; the artefacts whose bytes are kept go into the bundle as
 * `originals/<item name>/<file>` beside the item's original (its viewport screenshot,
 * `originals/<item name>.png`, named by dossier/originals-names.ts), each re-hashed on the way
 * like every original.
 * Invariants: where the item's own original may not be in the bundle (the coordinator
 * profile, the minors rule) neither may its artefacts; the coordinator profile gets no
 * capture details at all (titles and headers may name people).
 */
import type { CaptureArtefactKind, CaptureRecord, RedirectHop } from '../../../shared/capture-types';
import type { Db } from '../db/open';
import { getRecord, listArtefacts, storedArtefacts } from './capture-repo';

export interface DossierCapture {
  requestedUrl: string | null;
  finalUrl: string;
  redirects: RedirectHop[];
  status: number | null;
  title: string;
  userAgent: string;
  capturedAtUtc: string;
  capturedAtLocal: string;
  loadState: CaptureRecord['loadState'];
  truncated: boolean;
  pixels: boolean;
  artefacts: { kind: CaptureArtefactKind; fileName: string; sha256: string; size: number; kept: boolean; bundlePath: string | null }[];
}

export interface CaptureOriginal {
  itemId: string;
  path: string;
  blobId: string;
  sha256: string;
  size: number;
}

/**
 * The capture part of one item, and the artefact files to copy when the item's original is in
 * the bundle at `originalPath` (its folder of artefacts is that name without the extension).
 */
export function captureInDossier(db: Db, itemId: string, originalPath: string | null): { capture: DossierCapture; files: CaptureOriginal[] } | null {
  const record = getRecord(db, itemId);
  if (!record) return null;
  const stored = originalPath ? storedArtefacts(db, itemId) : [];
  const folder = originalPath ? originalPath.replace(/\.[A-Za-z0-9]+$/, '') : '';
  const files: CaptureOriginal[] = stored
    // The viewport screenshot is the item's own original.
    .filter((a) => a.kind !== 'viewport')
    .map((a) => ({ itemId, path: `${folder}/${a.fileName}`, blobId: a.blobId, sha256: a.sha256, size: a.size }));
  const inBundle = new Map(files.map((f) => [f.path.split('/').pop()!, f.path]));
  return {
    capture: {
      requestedUrl: record.requestedUrl,
      finalUrl: record.finalUrl,
      redirects: record.document.redirects,
      status: record.document.status,
      title: record.title,
      userAgent: record.userAgent,
      capturedAtUtc: record.capturedAtUtc,
      capturedAtLocal: record.capturedAtLocal,
      loadState: record.loadState,
      truncated: record.page.truncated,
      pixels: record.pixels,
      artefacts: listArtefacts(db, itemId).map((a) => ({ kind: a.kind, fileName: a.fileName, sha256: a.sha256, size: a.size, kept: a.kept, bundlePath: inBundle.get(a.fileName) ?? null })),
    },
    files,
  };
}
