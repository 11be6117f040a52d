/**
 * Verifies a dossier bundle without the vault (issue 12 item 6, "a verifier police can
 * trust"): the ZIP's structure (bundle-zip.ts refuses duplicate names, links and devices,
 * paths out of the folder, shared or hidden bytes and anything over the budget, unread),
 * then every file against SHA256SUMS and the manifest, both Ed25519 signatures against the
 * bundled public key, nothing missing or extra, and, when the reader pins one, the signer.
 *
 * A valid signature only proves that whoever holds the bundled key signed it: an attacker
 * can re-sign a forged bundle with a key of their own. So the report names the signer's
 * fingerprint and whether it was pinned; only a pinned key that matches says "from the school".
 * Invariant: ok only when every check passes; every problem is a code with the file it is about.
 */
import { createPublicKey } from 'node:crypto';
import { normalizeFingerprint, type VerifyProblem, type VerifyReport, type VerifySignatureState } from '../../../shared/dossier-types';
import { AppError } from '../../../shared/errors';
import { readBundle, type BundleEntry } from './bundle-zip';
import { fingerprintOf, verifyBytes } from './signing';
import { printableName } from './zip-names';
import { TIMESTAMP_FILES, checkBundleTimestamps } from '../timestamp/bundle-timestamps';

const SUMS = 'SHA256SUMS';
const SUMS_SIG = 'SHA256SUMS.sig';
/** Problems a report lists; the rest are counted ('problems-truncated'). */
const MAX_PROBLEMS = 100;
// The RFC 3161 files (issue 18) are small and parsed too.
const SMALL = new Set(['manifest.json', 'manifest.sig', 'public-key.pem', SUMS, SUMS_SIG, ...TIMESTAMP_FILES]);

export interface VerifyOptions {
  /** The fingerprint the school gave the reader, in any common spelling. */
  expectKey?: string;
}

/** `<sha256>  <name>` or `<sha256> *<name>` per line (GNU coreutils' format); anything else is a problem. */
function parseSums(text: string, problems: VerifyProblem[]): Map<string, string> {
  const sums = new Map<string, string>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    const hit = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!hit) return problems.push({ code: 'sums-invalid', line: i + 1 });
    const name = hit[2]!;
    if (sums.has(name)) problems.push({ code: 'sums-duplicate', file: printableName(name) });
    else sums.set(name, hit[1]!.toLowerCase());
  });
  return sums;
}

function checkManifest(entries: Map<string, BundleEntry>, fingerprint: string | null, problems: VerifyProblem[]): void {
  const content = entries.get('manifest.json')?.content;
  if (!content) return void problems.push({ code: 'manifest-missing' });
  let manifest: { files?: unknown; publicKeyFingerprint?: unknown };
  try {
    manifest = JSON.parse(content.toString('utf8')) as typeof manifest;
  } catch {
    return void problems.push({ code: 'manifest-invalid' });
  }
  if (!Array.isArray(manifest.files)) return void problems.push({ code: 'manifest-invalid' });
  for (const f of manifest.files as { path?: unknown; sha256?: unknown; size?: unknown }[]) {
    if (typeof f?.path !== 'string') return void problems.push({ code: 'manifest-invalid' });
    const got = entries.get(f.path);
    if (!got) problems.push({ code: 'manifest-lists-missing', file: printableName(f.path) });
    else if (got.sha256 !== f.sha256 || got.size !== f.size) problems.push({ code: 'manifest-mismatch', file: printableName(f.path) });
  }
  if (fingerprint && manifest.publicKeyFingerprint !== fingerprint) problems.push({ code: 'manifest-key-mismatch' });
}

/**
 * Each problem once (an entry can fail one rule in its central record and its local header),
 * and at most `max`, then one that counts the rest: a hostile ZIP can hold 100 000 bad entries.
 */
function capped(problems: VerifyProblem[], max = MAX_PROBLEMS): VerifyProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = JSON.stringify([p.code, p.file, p.other, p.line]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return unique.length <= max ? unique : [...unique.slice(0, max), { code: 'problems-truncated', count: unique.length - max }];
}

export async function verifyBundle(path: string, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const expected = opts.expectKey === undefined ? null : normalizeFingerprint(opts.expectKey);
  if (opts.expectKey !== undefined && !expected) throw new AppError('VALIDATION', 'This is not a key fingerprint.', { issues: [{ path: 'expectKey', code: 'not-a-fingerprint' }] });
  const signer = { pinned: expected !== null, expected, matches: null as boolean | null };
  const read = await readBundle(path, SMALL);
  const problems = read.problems;
  const entries = read.entries;
  if (!entries) {
    return { ok: false, contentChecked: false, manifestSha256: null, publicKeyFingerprint: null, signer, manifestSignature: 'unchecked', sumsSignature: 'unchecked', files: [], timestamps: [], problems: capped(problems) };
  }

  const sumsEntry = entries.get(SUMS);
  const sums = sumsEntry?.content ? parseSums(sumsEntry.content.toString('utf8'), problems) : new Map<string, string>();
  if (!sumsEntry) problems.push({ code: 'sums-missing' });

  const pem = entries.get('public-key.pem')?.content?.toString('utf8') ?? null;
  let fingerprint: string | null = null;
  if (pem) {
    try {
      fingerprint = fingerprintOf(createPublicKey(pem));
    } catch {
      problems.push({ code: 'key-invalid' });
    }
  } else problems.push({ code: 'key-missing' });
  if (expected) {
    signer.matches = fingerprint === expected;
    if (fingerprint && !signer.matches) problems.push({ code: 'signer-mismatch', expected, actual: fingerprint });
  }

  const sigCheck = (dataName: string, sigName: string): VerifySignatureState => {
    const data = entries.get(dataName)?.content;
    const sig = entries.get(sigName)?.content;
    const state = !data || !sig || !fingerprint ? 'missing' : verifyBytes(pem!, data, sig) ? 'valid' : 'invalid';
    if (state !== 'valid') problems.push({ code: state === 'missing' ? 'signature-missing' : 'signature-invalid', file: dataName });
    return state;
  };
  const manifestSignature = sigCheck('manifest.json', 'manifest.sig');
  const sumsSignature = sigCheck(SUMS, SUMS_SIG);

  const files: VerifyReport['files'] = [];
  for (const [name, sha] of sums) {
    const got = entries.get(name);
    files.push({ name: printableName(name), status: !got ? 'missing' : got.sha256 === sha ? 'ok' : 'altered', expected: sha, actual: got?.sha256 ?? null });
  }
  for (const [name, e] of entries) {
    if (!sums.has(name) && name !== SUMS && name !== SUMS_SIG) files.push({ name: printableName(name), status: 'extra', expected: null, actual: e.sha256 });
  }
  checkManifest(entries, fingerprint, problems);
  // RFC 3161 timestamps, when the bundle has them (issue 18 item 4).
  const timestamps = checkBundleTimestamps(entries, problems);

  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of files) if (f.status !== 'ok') problems.push({ code: `file-${f.status}`, file: f.name });
  const manifestSha256 = entries.get('manifest.json')?.sha256 ?? null;
  return { ok: problems.length === 0, contentChecked: true, manifestSha256, publicKeyFingerprint: fingerprint, signer, manifestSignature, sumsSignature, files, timestamps, problems: capped(problems) };
}
