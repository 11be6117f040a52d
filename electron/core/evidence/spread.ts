/**
 * The spread view (issue: "Verspreiding"): items of one case that show the same material
 * — same bytes, or a PDQ or vPDQ match under any rotation or mirror, with or without bars —
 * are grouped, and per group
 * each platform shows where and when it was first seen. Items without a hash (URL-only)
 * stand alone. Grouping is transitive (union-find), as reposts of reposts drift.
 * "First seen" is only ever a seen-at the user gave; the capture time is reported apart as
 * "first captured" (issue 16 item 5: the view called a capture time "Eerst gezien").
 */
import type { DuplicateMatch, EvidenceItem, SpreadGroup } from '../../../shared/evidence-types';
import type { Session } from '../vault/session';
import { listItems } from './evidence-repo';
import { resolveMatches } from './matches';
import { hashesMatch, storedHashes, type CutColumns } from './video-matching';

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

export function spreadOf(session: Session, caseId: string): SpreadGroup[] {
  const items = listItems(session.db, caseId);
  // Every item's hashes in one shape: images (as-is and border-cut, any rotation or mirror)
  // and videos (their frames) meet one another through hashesMatch (docs/media.md "Matching").
  const rows = session.db.prepare('SELECT id, pdq, pdq_dihedral, pdq_quality, vpdq, pdq_cut_dihedral, pdq_cut_quality, vpdq_cut FROM evidence_items WHERE case_id = ?').all(caseId) as ({
    id: string;
    pdq: string | null;
    pdq_dihedral: string | null;
    pdq_quality: number | null;
    vpdq: string | null;
  } & CutColumns)[];
  const hashes = new Map(rows.map((r) => [r.id, storedHashes(r)]));
  const parent = items.map((_, i) => i);
  const union = (a: number, b: number) => {
    parent[find(parent, a)] = find(parent, b);
  };
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const A = items[a]!;
      const B = items[b]!;
      if (A.sha256 && A.sha256 === B.sha256) {
        union(a, b);
        continue;
      }
      const ha = hashes.get(A.id);
      const hb = hashes.get(B.id);
      if (ha && hb && hashesMatch(ha, hb) !== null) union(a, b);
    }
  }
  const groups = new Map<number, EvidenceItem[]>();
  items.forEach((it, i) => {
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), it]);
  });
  const earliest = (xs: (string | null)[]) => xs.filter((x): x is string => x !== null).sort()[0] ?? null;
  const firstSeen = (list: EvidenceItem[]) => earliest(list.map((l) => l.seenAt));
  const firstCaptured = (list: EvidenceItem[]) => earliest(list.map((l) => l.capturedAt)) ?? '';
  const out: SpreadGroup[] = [];
  for (const members of groups.values()) {
    const byPlatform = new Map<string, EvidenceItem[]>();
    for (const m of members) byPlatform.set(m.platform || '', [...(byPlatform.get(m.platform || '') ?? []), m]);
    const platforms = [...byPlatform.entries()]
      .map(([platform, list]) => ({
        platform,
        firstSeenAt: firstSeen(list),
        firstCapturedAt: firstCaptured(list),
        items: list.length,
        urls: [...new Set(list.map((l) => l.url).filter((u) => u))],
      }))
      .sort((a, b) => (a.firstSeenAt ?? a.firstCapturedAt).localeCompare(b.firstSeenAt ?? b.firstCapturedAt));
    const rep = members.find((m) => m.hasThumbnail) ?? members[0]!;
    const elsewhere = new Map<string, DuplicateMatch>();
    for (const m of members) {
      if (!m.sha256) continue;
      for (const hit of resolveMatches(session, m.sha256, hashes.get(m.id) ?? { variants: null, quality: 0, vpdq: null }, m.id)) {
        if (hit.caseId !== caseId && !elsewhere.has(hit.itemId)) elsewhere.set(hit.itemId, hit);
      }
    }
    out.push({
      itemIds: members.map((m) => m.id),
      representativeId: rep.id,
      firstSeenAt: firstSeen(members),
      firstCapturedAt: firstCaptured(members),
      platforms,
      elsewhere: [...elsewhere.values()],
    });
  }
  return out.sort((a, b) => b.itemIds.length - a.itemIds.length || (a.firstSeenAt ?? a.firstCapturedAt).localeCompare(b.firstSeenAt ?? b.firstCapturedAt));
}
