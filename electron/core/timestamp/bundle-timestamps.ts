/**
 * RFC 3161 timestamps in a dossier bundle (issue 18 item 4). With an authority set, an export
 * adds:
 *   manifest.tsr     the authority's TimeStampResp over SHA-256(manifest.json)
 *   audit-head.json  the audit chain's head (sequence number and hash) at this export
 *   audit-head.tsr   the TimeStampResp over SHA-256(audit-head.json)
 *   tsa-chain.pem    the authority's certificates, signer up to the root
 * all listed in SHA256SUMS like every other file, and README.txt says how to check them with
 * `openssl ts -verify`. The verifier (dossier/verify.ts) checks them with the same code that
 * checked the answers at export (tsp-token.ts), trusting only roots in tsa-chain.pem, and names
 * that root so a reader can compare it with the authority's published one.
 *
 * Invariants: both tokens are asked for and fully checked before the bundle's first byte is
 * written, so a failing or lying authority leaves no file; a bundle without timestamps is as
 * valid as before (the files are optional), but a bundle with one part of them and not the
 * others is a problem.
 */
import { createHash } from 'node:crypto';
import type { BundleTimestampReport, VerifyProblem } from '../../../shared/dossier-types';
import { anchorsOf, certificatesFromPem, checkTimeStampResponse } from './tsp-token';
import { stampDigest, type Stamp, type TimestampAuthority } from './stamp';

export const MANIFEST_TSR = 'manifest.tsr';
export const AUDIT_HEAD = 'audit-head.json';
export const AUDIT_HEAD_TSR = 'audit-head.tsr';
export const TSA_CHAIN = 'tsa-chain.pem';
export const TIMESTAMP_FILES = [MANIFEST_TSR, AUDIT_HEAD, AUDIT_HEAD_TSR, TSA_CHAIN] as const;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

export interface AuditHead {
  seq: number;
  hash: string;
}

export interface BundleStamps {
  files: { name: string; bytes: Buffer }[];
  manifest: Stamp;
  auditHead: Stamp & { data: Buffer; head: AuditHead };
}

/** audit-head.json: which vault (its signing key), which entry, what hash. */
export function auditHeadFile(head: AuditHead, publicKeyFingerprint: string, at: string): Buffer {
  return Buffer.from(JSON.stringify({ format: 'bewijskluis-audit-head', version: 1, publicKeyFingerprint, seq: head.seq, hash: head.hash, at }, null, 2) + '\n', 'utf8');
}

export async function stampBundle(tsa: TimestampAuthority, manifest: Buffer, head: AuditHead, publicKeyFingerprint: string, at: string, signal?: AbortSignal): Promise<BundleStamps> {
  const manifestStamp = await stampDigest(tsa, sha256(manifest), signal);
  const data = auditHeadFile(head, publicKeyFingerprint, at);
  const headStamp = await stampDigest(tsa, sha256(data), signal);
  // One chain file serves both tokens (the same authority signed both).
  const chain = [...new Set([manifestStamp.chainPem, headStamp.chainPem])].join('');
  return {
    files: [
      { name: MANIFEST_TSR, bytes: manifestStamp.response },
      { name: AUDIT_HEAD, bytes: data },
      { name: AUDIT_HEAD_TSR, bytes: headStamp.response },
      { name: TSA_CHAIN, bytes: Buffer.from(chain, 'utf8') },
    ],
    manifest: manifestStamp,
    auditHead: { ...headStamp, data, head },
  };
}

/** The README.txt section, after the bundle's own (NL and EN, like bundle-readme.ts). */
export function timestampReadme(s: BundleStamps): string {
  const genTime = s.manifest.checked.tstInfo.genTime.toISOString();
  const tsa = s.manifest.checked.tsaSubject;
  const root = s.manifest.checked.rootFingerprint.replace(/(.{4})(?!$)/g, '$1 ');
  return `
TIJDSTEMPEL / TIMESTAMP (RFC 3161)
==================================

NEDERLANDS

Een tijdstempeldienst (${tsa}) heeft op ${genTime} (UTC) verklaard dat
manifest.json toen al precies zo bestond, en ook de laatste logboekregel
(audit-head.json): het logboek tot dat punt kan later niet worden herschreven
zonder dat het opvalt.
  manifest.tsr      tijdstempel over manifest.json
  audit-head.json   de laatste logboekregel (volgnummer en hash) bij deze export
  audit-head.tsr    tijdstempel over audit-head.json
  tsa-chain.pem     de certificaten van de tijdstempeldienst
Controleren (na uitpakken, in deze map):
  5. openssl ts -verify -data manifest.json -in manifest.tsr -CAfile tsa-chain.pem
  6. openssl ts -verify -data audit-head.json -in audit-head.tsr -CAfile tsa-chain.pem
  7. openssl ts -reply -in manifest.tsr -text   (tijdstip en dienst)
Vingerafdruk (SHA-256) van het hoofdcertificaat in tsa-chain.pem:
  ${root}
Vergelijk die met het hoofdcertificaat dat de tijdstempeldienst zelf publiceert.

ENGLISH

A timestamp authority (${tsa}) stated at ${genTime} (UTC) that
manifest.json existed exactly as it is, and so did the last entry of the log
(audit-head.json): the log up to that point cannot be rewritten later without
it showing. Files as listed above.
Verify (after unzipping, in this folder):
  5. openssl ts -verify -data manifest.json -in manifest.tsr -CAfile tsa-chain.pem
  6. openssl ts -verify -data audit-head.json -in audit-head.tsr -CAfile tsa-chain.pem
  7. openssl ts -reply -in manifest.tsr -text   (time and authority)
Fingerprint (SHA-256) of the root certificate in tsa-chain.pem:
  ${root}
Compare it with the root certificate the timestamp authority publishes itself.
`;
}

/**
 * The verifier's step: each token present checked against its data and tsa-chain.pem. Adds
 * problems for a token that does not hold, one whose chain leads to no root in the file, and
 * for a part without the others.
 */
export function checkBundleTimestamps(entries: ReadonlyMap<string, { content?: Buffer }>, problems: VerifyProblem[]): BundleTimestampReport[] {
  const present = TIMESTAMP_FILES.filter((n) => entries.has(n));
  if (present.length === 0) return [];
  for (const n of TIMESTAMP_FILES) if (!entries.has(n)) problems.push({ code: 'timestamp-incomplete', file: n });
  let chain: Buffer[] = [];
  try {
    chain = certificatesFromPem(entries.get(TSA_CHAIN)?.content?.toString('utf8') ?? '');
  } catch {
    problems.push({ code: 'timestamp-invalid', file: TSA_CHAIN });
  }
  const reports: BundleTimestampReport[] = [];
  for (const [tsr, dataName] of [
    [MANIFEST_TSR, 'manifest.json'],
    [AUDIT_HEAD_TSR, AUDIT_HEAD],
  ] as const) {
    const token = entries.get(tsr)?.content;
    const data = entries.get(dataName)?.content;
    if (!token || !data) continue;
    try {
      const c = checkTimeStampResponse(token, { digest: sha256(data), anchors: anchorsOf(chain), extraCertificates: chain });
      reports.push({ file: tsr, data: dataName, state: 'valid', genTime: c.tstInfo.genTime.toISOString(), tsa: c.tsaSubject, rootFingerprint: c.rootFingerprint, rootSubject: c.rootSubject });
    } catch (err) {
      const check = (err as { details?: { check?: string } }).details?.check;
      problems.push({ code: check === 'chain' ? 'timestamp-untrusted' : check === 'imprint' ? 'timestamp-mismatch' : 'timestamp-invalid', file: tsr });
      reports.push({ file: tsr, data: dataName, state: 'invalid', genTime: null, tsa: null, rootFingerprint: null, rootSubject: null });
    }
  }
  return reports;
}
