/**
 * The minors rule applied to what is already stored (docs/domain.md "The minors rule"). When
 * material becomes known as a sexual image of a minor — recorded hash-only, an item re-marked,
 * a case re-categorised, an import refused for matching it — every stored copy in the vault
 * is found: an exact copy (the same SHA-256) loses its bytes at once and stays as a hash-only
 * item, with an audit entry saying why; a near copy (PDQ) is held back at once (not shown,
 * revealed or exported) until the officer decides per item. When a person in a case turns out
 * to be a minor, the case's sexual items marked "adult" are held back for the officer to
 * confirm the age (items do not yet say who they show).
 * Invariants: runs inside the caller's transaction and returns the blob files to remove after
 * the commit; never shows two images side by side (the known one has no image left).
 */
import type { AuditKind } from '../../../shared/audit-kinds';
import type { HeldBackItem, HiddenReason, MinorsRuleEffect } from '../../../shared/evidence-types';
import type { Tristate } from '../../../shared/case-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getCase } from '../case/case-repo';
import { PDQ_MATCH_THRESHOLD } from '../pdq/index';
import type { CoreEvents } from '../events';
import type { Session } from '../vault/session';
import { artefactUsesBlob, stripArtefactBytes } from '../capture/capture-repo';
import { setHidden, stripBytes } from './evidence-repo';
import { getPerson, identityRows } from '../person/person-repo';
import { knownEntryOfItem, offeredOfEntry, recordKnown, type KnownEntry, type KnownReason } from './known-material';
import { bytesForbidden, isSexualMaterial } from './policy';
import { setDistance } from '../media/vpdq';
import { imageIdentity, imageWords, storedHashes, videoHits } from './video-matching';

export interface MinorsRuleOutcome {
  effect: MinorsRuleEffect;
  /** Blob files no row uses any more: remove after the commit (removeBlobFiles). */
  blobs: string[];
}

export const noEffect = (): MinorsRuleOutcome => ({ effect: { removed: [], hidden: [] }, blobs: [] });

export function mergeOutcomes(a: MinorsRuleOutcome, b: MinorsRuleOutcome): MinorsRuleOutcome {
  return { effect: { removed: [...a.effect.removed, ...b.effect.removed], hidden: [...a.effect.hidden, ...b.effect.hidden] }, blobs: [...a.blobs, ...b.blobs] };
}

function labelOf(session: Session, itemId: string): string {
  const r = session.db.prepare('SELECT e.item_no, c.ref FROM evidence_items e JOIN cases c ON c.id = e.case_id WHERE e.id = ?').get(itemId) as { item_no: number; ref: string };
  return `${r.ref}/${r.item_no}`;
}

function logged(session: Session, actor: string, kind: AuditKind, itemId: string, details: Record<string, unknown>): void {
  session.audit.append({ actor, kind, subject: itemId, details: { item: labelOf(session, itemId), ...details } });
}

function unreferenced(session: Session, candidates: Iterable<string>): string[] {
  const gone: string[] = [];
  for (const b of new Set(candidates)) {
    if (!session.db.prepare('SELECT 1 FROM evidence_items WHERE blob_id = ? OR thumb_blob_id = ? OR sheet_blob_id = ? LIMIT 1').get(b, b, b) && !artefactUsesBlob(session.db, b)) {
      session.db.prepare('DELETE FROM blobs WHERE id = ?').run(b);
      gone.push(b);
    }
  }
  return gone;
}

/** Material became known: record it, then remove exact copies' bytes and hold near copies back, vault-wide. */
export function applyKnownMaterial(session: Session, entries: KnownEntry[], reason: KnownReason, actor: string): MinorsRuleOutcome {
  const out = noEffect();
  const candidates: string[] = [];
  const now = session.clock.now();
  for (const e of entries) {
    recordKnown(session.db, e, reason, now);
    for (const r of session.db.prepare('SELECT id FROM evidence_items WHERE sha256 = ? AND blob_id IS NOT NULL').all(e.sha256) as { id: string }[]) {
      candidates.push(...stripBytes(session.db, r.id).blobIds);
      // A web capture's full-page screenshot and archive go too; its record (no pixels) stays (issue 18).
      candidates.push(...stripArtefactBytes(session.db, r.id));
      setHidden(session.db, r.id, null, now);
      // An exact copy is the known material itself: say so on the item, so no screen, dossier or
      // later edit treats it as an ordinary image.
      markKnownSexual(session, r.id);
      logged(session, actor, 'evidence.bytes_removed', r.id, { reason: 'known-material' });
      out.effect.removed.push({ itemId: r.id, label: labelOf(session, r.id) });
    }
    // Near copies through video: stored videos like a known video, stored images in a known
    // video's frames, stored videos holding a known image (docs/media.md "Matching"); and
    // stored images like a known image. Either hash counts, as-is or border-cut.
    const offered = offeredOfEntry(e);
    const live = 'blob_id IS NOT NULL AND sha256 != ? AND hidden_reason IS NULL';
    for (const hit of videoHits(session.db, offered, live, [e.sha256])) hold(session, hit.itemId, 'near-known', actor, out);
    if (offered.vpdq) continue;
    const words = imageWords(offered);
    if (!words.length) continue;
    const near = session.db.prepare(`SELECT id, pdq, pdq_dihedral, pdq_quality, vpdq, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut FROM evidence_items WHERE vpdq IS NULL AND pdq IS NOT NULL AND ${live}`).all(e.sha256) as (Parameters<typeof storedHashes>[0] & { id: string })[];
    for (const r of near) {
      const stored = storedHashes(r);
      if (!stored || setDistance(words, imageIdentity(stored), PDQ_MATCH_THRESHOLD) > PDQ_MATCH_THRESHOLD) continue;
      hold(session, r.id, 'near-known', actor, out);
    }
  }
  out.blobs = unreferenced(session, candidates);
  return out;
}

/** Sexual material of a (possible) minor: the age when the image was made stays unknown unless said. */
function markKnownSexual(session: Session, itemId: string): void {
  session.db.prepare(`UPDATE evidence_items SET sexual = 1, minor = CASE WHEN minor = 'no' THEN 'unknown' ELSE minor END WHERE id = ?`).run(itemId);
}

function hold(session: Session, itemId: string, reason: HiddenReason, actor: string, out: MinorsRuleOutcome): void {
  setHidden(session.db, itemId, reason, session.clock.now());
  logged(session, actor, 'evidence.held_back', itemId, { reason });
  out.effect.hidden.push({ itemId, label: labelOf(session, itemId), reason });
}

/** After a case or an item changed: its forbidden items become known material, with all that follows. */
export function enforceMinorsRule(session: Session, caseId: string, actor: string, reason: KnownReason = 'item-marked'): MinorsRuleOutcome {
  const c = getCase(session.db, caseId);
  const rows = session.db.prepare('SELECT id, sexual, minor FROM evidence_items WHERE case_id = ?').all(caseId) as { id: string; sexual: number; minor: 'yes' | 'no' | 'unknown' }[];
  const entries: KnownEntry[] = [];
  for (const r of rows) {
    if (!bytesForbidden({ caseCategory: c.category, sexual: r.sexual === 1, minor: r.minor })) continue;
    const e = knownEntryOfItem(session.db, r.id);
    if (e) entries.push(e);
  }
  const out = applyKnownMaterial(session, entries, reason, actor);
  return out;
}

/**
 * A person is (or may be) a minor — added, re-marked, or linked as shown on an item — in every
 * case this human appears in (persons are identities across cases, issue 15 item 2). Per
 * sexual item of such a case (issue 13 item 4):
 *  - it says it shows this person, who is a minor: the item shows a minor (its bytes go and it
 *    becomes known material, with all that follows vault-wide);
 *  - it says it shows this person, whose age is unknown, while the item says "adult": held back
 *    for the officer to confirm the age when the image was made;
 *  - it says nothing about who is shown and says "adult": held back to confirm as well;
 *  - it shows someone else: untouched.
 */
export function reviewAgesForPerson(session: Session, personId: string, actor: string): MinorsRuleOutcome {
  const db = session.db;
  const person = getPerson(db, personId);
  let out = noEffect();
  if (person.minor === 'no') return out;
  for (const row of identityRows(db, person.identityId)) {
    const c = getCase(db, row.caseId);
    const items = db
      .prepare(
        `SELECT e.id, e.sexual, e.minor, e.blob_id, e.hidden_reason,
                EXISTS(SELECT 1 FROM item_person_links l WHERE l.item_id = e.id AND l.link = 'shown') AS says_who,
                EXISTS(SELECT 1 FROM item_person_links l WHERE l.item_id = e.id AND l.link = 'shown' AND l.person_id = ?) AS shows_them
           FROM evidence_items e WHERE e.case_id = ?`,
      )
      .all(row.id, row.caseId) as { id: string; sexual: number; minor: Tristate; blob_id: string | null; hidden_reason: HiddenReason | null; says_who: number; shows_them: number }[];
    let marked = false;
    for (const it of items) {
      if (!isSexualMaterial({ caseCategory: c.category, sexual: it.sexual === 1 })) continue;
      if (it.shows_them && row.minor === 'yes' && it.minor !== 'yes') {
        db.prepare(`UPDATE evidence_items SET minor = 'yes' WHERE id = ?`).run(it.id);
        logged(session, actor, 'evidence.updated', it.id, { changed: ['minor'], reason: 'person-minor' });
        marked = true;
        continue;
      }
      const adultStored = it.minor === 'no' && it.blob_id !== null && it.hidden_reason === null;
      if (adultStored && (it.shows_them || !it.says_who)) hold(session, it.id, 'age-review', actor, out);
    }
    if (marked) out = mergeOutcomes(out, enforceMinorsRule(session, row.caseId, actor, 'person-minor'));
  }
  return out;
}

/** Every item the minors rule holds back, vault-wide, oldest first (the officer's to decide). */
export function listHeldBack(db: Db): HeldBackItem[] {
  return (db.prepare(`SELECT e.id, e.case_id, e.item_no, e.hidden_reason, e.hidden_since, c.ref FROM evidence_items e JOIN cases c ON c.id = e.case_id WHERE e.hidden_reason IS NOT NULL ORDER BY e.hidden_since, c.ref, e.item_no`).all() as { id: string; case_id: string; item_no: number; hidden_reason: HiddenReason; hidden_since: string; ref: string }[]).map((r) => ({
    itemId: r.id,
    caseId: r.case_id,
    caseRef: r.ref,
    label: `${r.ref}/${r.item_no}`,
    reason: r.hidden_reason,
    since: r.hidden_since,
  }));
}

/**
 * The officer's decision on a held-back item. 'remove': it is (or may be) a sexual image of a
 * minor — its bytes go, it becomes known material (with all that follows, vault-wide).
 * 'keep': it is not the known material / the person shown is an adult — shown again.
 */
export function decideHeldBack(session: Session, itemId: string, decision: 'remove' | 'keep', actor: string): MinorsRuleOutcome {
  const row = session.db.prepare('SELECT case_id, hidden_reason FROM evidence_items WHERE id = ?').get(itemId) as { case_id: string; hidden_reason: HiddenReason | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'This evidence item does not exist.', { entity: 'item' });
  if (!row.hidden_reason) throw new AppError('CONFLICT', 'This item is not held back.', { reason: 'not-held-back' });
  logged(session, actor, 'evidence.held_back_decided', itemId, { reason: row.hidden_reason, decision });
  setHidden(session.db, itemId, null, session.clock.now());
  if (decision === 'keep') return noEffect();
  markKnownSexual(session, itemId);
  const entry = knownEntryOfItem(session.db, itemId);
  return entry ? applyKnownMaterial(session, [entry], 'officer-decision', actor) : noEffect();
}

export async function removeBlobFiles(session: Session, ids: string[]): Promise<void> {
  for (const id of ids) await session.blobs.remove(id);
}

/**
 * After the commit: the blob files go, and the officer is told which items in which cases
 * the minors rule changed (event evidence:minors-rule-applied; the held-back list stays
 * readable through evidence:list-held-back).
 */
export async function finishMinorsRule(session: Session, events: CoreEvents, outcomes: MinorsRuleOutcome[]): Promise<MinorsRuleEffect> {
  const all = outcomes.reduce(mergeOutcomes, noEffect());
  await removeBlobFiles(session, all.blobs);
  if (all.effect.removed.length || all.effect.hidden.length) events.emit('evidence:minors-rule-applied', all.effect);
  return all.effect;
}
