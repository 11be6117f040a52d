/**
 * vPDQ, the video hash of Meta's ThreatExchange (vpdq/README.md "Description of Algorithm"):
 * the PDQ hash and quality of every frameMod-th decoded frame, with its frame number and
 * timestamp; two videos are compared as unordered bags of unique frame hashes.
 * Invariants: the serialised form is the reference's hash file format, one line per frame,
 * `frameNumber,quality,pdqHex,timestampSeconds` (vpdq/cpp/vpdq/cpp/io/vpdqio.cpp), so hashes
 * interoperate; comparison follows the reference matcher (python-threatexchange
 * vpdq_brute_matcher.py): exact duplicates removed, frames of quality < 50 ignored, a frame
 * matches at PDQ distance <= 31. Inside the vault a frame may also carry its border-cut hash
 * (docs/pdq.md "Border-cut hashes"); the stored and exported vPDQ never does.
 */
import { PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY, isPdqHex } from '../pdq/index';
import { hexWords, minDistance } from '../evidence/pdq-index';

export interface VpdqFeature {
  frame: number;
  quality: number;
  pdq: string;
  /** Seconds, three decimals. */
  timestamp: number;
}

/** Percent of the frames of a video that must be found in the other (ThreatExchange VPDQ_QUERY_MATCH_THRESHOLD_PERCENT). */
export const VPDQ_MATCH_PERCENT = 80;

export function serializeVpdq(features: VpdqFeature[]): string {
  return features.map((f) => `${f.frame},${f.quality},${f.pdq},${f.timestamp.toFixed(3)}`).join('\n');
}

/** Parses the reference format; a malformed line throws (a stored hash is never half-read). */
export function parseVpdq(text: string): VpdqFeature[] {
  const out: VpdqFeature[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const [frame, quality, pdq, ts] = line.trim().split(',');
    const f = { frame: Number(frame), quality: Number(quality), pdq: pdq ?? '', timestamp: Number(ts) };
    if (!Number.isInteger(f.frame) || f.frame < 0 || !Number.isInteger(f.quality) || f.quality < 0 || f.quality > 100 || !isPdqHex(f.pdq) || !Number.isFinite(f.timestamp) || f.timestamp < 0) {
      throw new RangeError(`vPDQ: malformed line ${out.length + 1}`);
    }
    out.push(f);
  }
  return out;
}

/**
 * The frames matching uses, each as its hashes in 32-bit words: unique frames with a hash of
 * quality >= 50. With `cut` (the same frames hashed inside their uniform borders, docs/pdq.md
 * "Border-cut hashes") a frame carries both hashes and matches when either does.
 */
export function matchableFrames(features: VpdqFeature[], cut?: VpdqFeature[] | null): Uint32Array[][] {
  const seen = new Set<string>();
  const out: Uint32Array[][] = [];
  features.forEach((f, i) => {
    const c = cut?.[i];
    const hashes = [f, ...(c && c.pdq !== f.pdq ? [c] : [])].filter((h) => h.quality >= PDQ_MIN_QUALITY).map((h) => h.pdq);
    const key = hashes.join();
    if (hashes.length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push(hashes.map(hexWords));
  });
  return out;
}

/** Smallest distance between any hash of `a` and any of `b` (stops early past `limit`). */
export function setDistance(a: Uint32Array[], b: Uint32Array[], limit = 256): number {
  let best = 257;
  for (const y of b) {
    const d = minDistance(a, y, 0, Math.min(limit, best));
    if (d < best) best = d;
  }
  return best;
}

function matchedCount(a: Uint32Array[][], b: Uint32Array[][], threshold: number): number {
  let n = 0;
  for (const x of a) {
    for (const y of b) {
      if (setDistance(x, y, threshold) <= threshold) {
        n++;
        break;
      }
    }
  }
  return n;
}

export interface VpdqComparison {
  /** Percent of the query's matchable frames found in the compared video. */
  queryPercent: number;
  comparedPercent: number;
}

export function compareVpdq(query: Uint32Array[][], compared: Uint32Array[][], threshold = PDQ_MATCH_THRESHOLD): VpdqComparison {
  if (query.length === 0 || compared.length === 0) return { queryPercent: 0, comparedPercent: 0 };
  return {
    queryPercent: (matchedCount(query, compared, threshold) * 100) / query.length,
    comparedPercent: (matchedCount(compared, query, threshold) * 100) / compared.length,
  };
}

/**
 * Two videos match when at least 80% of the frames of one of them are found in the other: the
 * reference's rule (query >= 80%, index >= 0%) taken both ways, so a clip cut from a known
 * video matches it, a video that contains a known one matches it, and the answer does not
 * depend on which was imported first.
 */
export function vpdqMatches(c: VpdqComparison): boolean {
  return Math.max(c.queryPercent, c.comparedPercent) >= VPDQ_MATCH_PERCENT;
}

/** Smallest distance between any matchable frame (any of its hashes) and any of an image's hashes (its dihedral variants). */
export function frameImageDistance(frames: Uint32Array[][], imageVariants: Uint32Array[], threshold = PDQ_MATCH_THRESHOLD): number {
  let best = 257;
  for (const f of frames) {
    const d = setDistance(imageVariants, f, threshold);
    if (d < best) best = d;
  }
  return best;
}
