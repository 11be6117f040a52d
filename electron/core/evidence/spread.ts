/**
 * The spread view (issue: "Verspreiding"): items of one case that show the same material
 * — same bytes, or a PDQ match under any rotation or mirror — are grouped, and per group
 * each platform shows where and when it was first seen. Items without a hash (URL-only)
 * stand alone. Grouping is transitive (union-find), as reposts of reposts drift.
 * "First seen" is only ever a seen-at the user gave; the capture time is reported apart as
 * "first captured" (issue 16 item 5: the view called a capture time "Eerst gezien").
 */
import type { DuplicateMatch, EvidenceItem, SpreadGroup } from '../../../shared/evidence-types';
import { PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY } from '../pdq/index';
import type { Session } from '../vault/session';
import { listItems } from './evidence-repo';
import { resolveMatches } from './matches';
import { hexWords, minDistance, splitDihedral } from './pdq-index';
import { distanceToImage, distanceToVideo, storedHashes, type OfferedHashes } from './video-matching';

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

export function spreadOf(session: Session, caseId: string): SpreadGroup[] {
  const items = listItems(session.db, caseId);
  const rows = session.db.prepare('SELECT id, pdq_dihedral FROM evidence_items WHERE case_id = ? AND pdq_dihedral IS NOT NULL').all(caseId) as {
    id: string;
    pdq_dihedral: string;
  }[];
  // Videos meet videos and images through their frames (docs/media.md "Matching").
  const videoRows = session.db.prepare('SELECT id, pdq_dihedral, pdq_quality, vpdq FROM evidence_items WHERE case_id = ? AND vpdq IS NOT NULL').all(caseId) as {
    id: string;
    pdq_dihedral: string | null;
    pdq_quality: number | null;
    vpdq: string;
  }[];
  const videos = new Map(videoRows.map((r) => [r.id, { hashes: storedHashes(r) as OfferedHashes, vpdq: r.vpdq }]));
  const variantsHex = new Map(rows.map((r) => [r.id, splitDihedral(r.pdq_dihedral)]));
  const variantWords = new Map([...variantsHex].map(([id, hex]) => [id, hex.map(hexWords)]));
  const parent = items.map((_, i) => i);
  const union = (a: number, b: number) => {
    parent[find(parent, a)] = find(parent, b);
  };
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const A = items[a]!;
      const B = items[b]!;
      const va0 = videos.get(A.id);
      const vb0 = videos.get(B.id);
      if (A.sha256 && A.sha256 === B.sha256) union(a, b);
      else if (va0 || vb0) {
        const [video, other] = va0 ? [va0, B] : [vb0!, A];
        const otherVideo = videos.get(other.id);
        const img = variantsHex.get(other.id);
        const d = otherVideo ? distanceToVideo(video.hashes, otherVideo.vpdq) : img && (other.pdqQuality ?? 0) >= PDQ_MIN_QUALITY ? distanceToImage(video.hashes, img) : null;
        if (d !== null) union(a, b);
      } else if (A.pdq && B.pdq && (A.pdqQuality ?? 0) >= PDQ_MIN_QUALITY && (B.pdqQuality ?? 0) >= PDQ_MIN_QUALITY) {
        const va = variantWords.get(A.id);
        if (va && minDistance(va, hexWords(B.pdq), 0, PDQ_MATCH_THRESHOLD) <= PDQ_MATCH_THRESHOLD) union(a, b);
      }
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
      const v = videos.get(m.id);
      for (const hit of resolveMatches(session, m.sha256, variantsHex.get(m.id) ?? null, m.pdqQuality ?? 0, m.id, v?.hashes.vpdq ? { vpdq: v.hashes.vpdq } : null)) {
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
