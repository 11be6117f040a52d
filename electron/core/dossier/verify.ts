/**
 * Verifies a dossier bundle without the vault (issue: "Verifier"): every file against
 * SHA256SUMS and the manifest, both Ed25519 signatures against the bundled public key, and
 * nothing missing or extra. Reads the ZIP entry by entry, hashing as it streams (no
 * extraction, so hostile entry names cannot write anywhere). Invariant: ok only when every
 * check passes; every problem names the file.
 */
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import type { VerifyReport } from '../../../shared/dossier-types';
import { AppError } from '../../../shared/errors';
import { toAppError } from '../files/os-errors';
import { fingerprintOf, verifyBytes } from './signing';
import { createPublicKey } from 'node:crypto';

const SMALL = new Set(['manifest.json', 'manifest.sig', 'public-key.pem', 'SHA256SUMS', 'SHA256SUMS.sig']);
const MAX_ENTRIES = 100_000;

interface Entry {
  sha256: string;
  size: number;
  content?: Buffer;
}

function readZip(path: string): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) {
        // A missing file or a folder is an I/O problem, not "not a ZIP".
        return reject(toAppError(err, () => new AppError('UNSUPPORTED_FILE', 'This file is not a readable ZIP bundle.', { reason: 'not-a-zip' })));
      }
      const entries = new Map<string, Entry>();
      zip.on('error', () => reject(new AppError('INTEGRITY', 'The ZIP file is damaged.', { reason: 'zip-damaged' })));
      zip.on('end', () => resolve(entries));
      zip.on('entry', (e: yauzl.Entry) => {
        if (entries.size > MAX_ENTRIES) return reject(new AppError('UNSUPPORTED_FILE', 'Too many files in this bundle.', { reason: 'too-many-entries' }));
        if (e.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(new AppError('INTEGRITY', `The file ${e.fileName} in the bundle is damaged.`, { file: e.fileName }));
          const h = createHash('sha256');
          const keep: Buffer[] | null = SMALL.has(e.fileName) ? [] : null;
          let size = 0;
          stream.on('data', (c: Buffer) => {
            h.update(c);
            size += c.length;
            if (keep && size <= 10 * 1024 * 1024) keep.push(c);
          });
          stream.on('error', () => reject(new AppError('INTEGRITY', `The file ${e.fileName} in the bundle is damaged.`, { file: e.fileName })));
          stream.on('end', () => {
            entries.set(e.fileName, { sha256: h.digest('hex'), size, content: keep ? Buffer.concat(keep) : undefined });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

function parseSums(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    const hit = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (hit) m.set(hit[2]!, hit[1]!);
  }
  return m;
}

export async function verifyBundle(path: string): Promise<VerifyReport> {
  const entries = await readZip(path);
  const problems: string[] = [];
  const files: VerifyReport['files'] = [];
  const sumsEntry = entries.get('SHA256SUMS');
  const sums = sumsEntry?.content ? parseSums(sumsEntry.content.toString('utf8')) : new Map<string, string>();
  if (!sumsEntry) problems.push('SHA256SUMS is missing');

  const pem = entries.get('public-key.pem')?.content?.toString('utf8') ?? null;
  let fingerprint: string | null = null;
  if (pem) {
    try {
      fingerprint = fingerprintOf(createPublicKey(pem));
    } catch {
      problems.push('public-key.pem is not a valid public key');
    }
  } else problems.push('public-key.pem is missing');

  const sigCheck = (dataName: string, sigName: string): VerifyReport['manifestSignature'] => {
    const data = entries.get(dataName)?.content;
    const sig = entries.get(sigName)?.content;
    if (!data || !sig || !pem) return 'missing';
    return verifyBytes(pem, data, sig) ? 'valid' : 'invalid';
  };
  const manifestSignature = sigCheck('manifest.json', 'manifest.sig');
  const sumsSignature = sigCheck('SHA256SUMS', 'SHA256SUMS.sig');
  if (manifestSignature !== 'valid') problems.push(`manifest.sig: signature ${manifestSignature}`);
  if (sumsSignature !== 'valid') problems.push(`SHA256SUMS.sig: signature ${sumsSignature}`);

  for (const [name, expected] of sums) {
    const got = entries.get(name);
    files.push({ name, status: !got ? 'missing' : got.sha256 === expected ? 'ok' : 'altered', expected, actual: got?.sha256 ?? null });
  }
  for (const [name, e] of entries) {
    if (!sums.has(name) && name !== 'SHA256SUMS' && name !== 'SHA256SUMS.sig') files.push({ name, status: 'extra', expected: null, actual: e.sha256 });
  }

  let manifestSha256: string | null = null;
  const manifestEntry = entries.get('manifest.json');
  if (manifestEntry?.content) {
    manifestSha256 = manifestEntry.sha256;
    try {
      const manifest = JSON.parse(manifestEntry.content.toString('utf8')) as { files?: { path: string; sha256: string; size: number }[]; publicKeyFingerprint?: string };
      for (const f of manifest.files ?? []) {
        const got = entries.get(f.path);
        if (!got) problems.push(`${f.path}: listed in manifest.json but missing`);
        else if (got.sha256 !== f.sha256 || got.size !== f.size) problems.push(`${f.path}: does not match manifest.json`);
      }
      if (fingerprint && manifest.publicKeyFingerprint !== fingerprint) problems.push('manifest.json names a different public key than public-key.pem');
    } catch {
      problems.push('manifest.json is not valid JSON');
    }
  } else problems.push('manifest.json is missing');

  files.sort((a, b) => a.name.localeCompare(b.name));
  for (const f of files) if (f.status !== 'ok') problems.push(`${f.name}: ${f.status}`);
  return { ok: problems.length === 0, manifestSha256, publicKeyFingerprint: fingerprint, manifestSignature, sumsSignature, files, problems };
}
