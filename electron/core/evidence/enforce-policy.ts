/**
 * Applies the minors rule to bytes already stored: when a case or item is re-labelled so
 * that its material is sexual and the person shown is (or may be) a minor, the stored
 * original and thumbnail are deleted at once — for every item holding the same bytes, as
 * they are the same picture — and the items keep only their hashes (docs/domain.md "The minors rule": do not
 * possess). Invariant: runs inside the caller's transaction; files go after the commit.
 */
import type { Session } from '../vault/session';
import { getCase } from '../case/case-repo';
import { stripBytes } from './evidence-repo';
import { bytesForbidden } from './policy';
import { artefactUsesBlob, stripArtefactBytes } from '../capture/capture-repo';

interface Row {
  id: string;
  case_id: string;
  sha256: string | null;
  sexual: number;
  minor: 'yes' | 'no' | 'unknown';
}

/** Returns blob ids that are no longer referenced and must be removed after commit. */
export function enforceMinorsRule(session: Session, caseId: string, actor: string): string[] {
  const c = getCase(session.db, caseId);
  const rows = session.db.prepare('SELECT id, case_id, sha256, sexual, minor FROM evidence_items WHERE case_id = ? AND blob_id IS NOT NULL').all(caseId) as Row[];
  const forbiddenShas = new Set<string>();
  const toStrip = new Set<string>();
  for (const r of rows) {
    if (bytesForbidden({ caseCategory: c.category, sexual: r.sexual === 1, minor: r.minor })) {
      toStrip.add(r.id);
      if (r.sha256) forbiddenShas.add(r.sha256);
    }
  }
  for (const sha of forbiddenShas) {
    for (const r of session.db.prepare('SELECT id FROM evidence_items WHERE sha256 = ? AND blob_id IS NOT NULL').all(sha) as { id: string }[]) toStrip.add(r.id);
  }
  const candidates = new Set<string>();
  for (const id of toStrip) {
    for (const b of stripBytes(session.db, id).blobIds) candidates.add(b);
    // A web capture's screenshots and archive go too; its record (no pixels) stays (issue 18).
    for (const b of stripArtefactBytes(session.db, id)) candidates.add(b);
    session.audit.append({ actor, kind: 'evidence.bytes_removed', subject: id, details: { reason: 'minor-sexual' } });
  }
  const unreferenced: string[] = [];
  for (const b of candidates) {
    const used = session.db.prepare('SELECT 1 FROM evidence_items WHERE blob_id = ? OR thumb_blob_id = ? LIMIT 1').get(b, b) || artefactUsesBlob(session.db, b);
    if (!used) {
      session.db.prepare('DELETE FROM blobs WHERE id = ?').run(b);
      unreferenced.push(b);
    }
  }
  return unreferenced;
}

export async function removeBlobFiles(session: Session, ids: string[]): Promise<void> {
  for (const id of ids) await session.blobs.remove(id);
}
