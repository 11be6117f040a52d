/**
 * manifest.json: every evidence file of the bundle with SHA-256 and size, and the items'
 * metadata. It cannot list dossier.pdf, because the PDF prints the manifest's own hash and
 * signature; the PDF, README and manifest are covered by SHA256SUMS, which is signed too.
 */
import type { GatheredDossier } from './gather';

export const MANIFEST_FORMAT = 'bewijskluis-dossier';
/** Fields are only ever added (issue 15 added receivedFrom and people per item): readers of version 1 keep working. */
export const MANIFEST_VERSION = 1;

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: number;
  case: { ref: string; title: string; category: string; status: string };
  profile: string;
  lang: string;
  recipient: string;
  exportedAt: string;
  exportedBy: string;
  publicKeyFingerprint: string;
  files: { path: string; sha256: string; size: number; item: string }[];
  items: Record<string, unknown>[];
  coverage: string;
}

export function buildManifest(d: GatheredDossier, fingerprint: string): Manifest {
  return {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    case: { ref: d.case.ref, title: d.case.title, category: d.case.category, status: d.case.status },
    profile: d.profile,
    lang: d.lang,
    recipient: d.recipient,
    exportedAt: d.exportedAt,
    exportedBy: d.exportedBy,
    publicKeyFingerprint: fingerprint,
    files: d.originals.map((o) => ({ path: o.path, sha256: o.sha256, size: o.size, item: o.itemId })),
    items: d.items.map((i) => ({
      id: i.id,
      label: i.label,
      kind: i.kind,
      platform: i.platform,
      url: i.url,
      handle: i.handle,
      postedAt: i.postedAt,
      seenAt: i.seenAt,
      capturedAt: i.capturedAt,
      timeZone: i.timeZone,
      capturedBy: i.capturedBy,
      receivedFrom: i.receivedFrom,
      people: i.links,
      captureMethod: i.captureMethod,
      description: i.description,
      fileName: i.fileName,
      mime: i.mime,
      size: i.size,
      width: i.width,
      height: i.height,
      sha256: i.sha256,
      pdq: i.pdq,
      pdqQuality: i.pdqQuality,
      // A video's container facts and its vPDQ hash as ThreatExchange writes it
      // (frameNumber,quality,pdqHex,timestampSeconds per line), so it can be handed on as is.
      ...(i.media?.video ? { media: i.media, vpdq: i.vpdq ?? null } : {}),
      file: i.bundlePath,
      // A web capture's provenance and every artefact's hash (issue 18).
      ...(i.capture ? { capture: i.capture } : {}),
    })),
    coverage: 'dossier.pdf, README.txt, manifest.json, manifest.sig and public-key.pem are listed in SHA256SUMS, signed in SHA256SUMS.sig.',
  };
}
