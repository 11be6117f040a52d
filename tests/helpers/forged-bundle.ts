/**
 * A real dossier bundle made by the app, and forgeries of it as an attacker would make them
 * (issue 12): the same files with one original swapped and everything re-signed with the
 * attacker's own Ed25519 key, so every hash and signature in the bundle checks out.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { join } from 'node:path';
import { PASS, newCore, tempDir } from './temp';
import { screenshot } from './images';
import { readZipEntries, writeRawZip, type RawEntry } from './zip';

const ctx = { transport: 'test' } as const;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface GenuineBundle {
  fingerprint: string;
  manifestSha256: string;
  /** The bundle's entries in ZIP order. */
  entries: [string, Buffer][];
  /** The first original's name (originals/<id>.png). */
  original: string;
}

/**
 * A police dossier of a case with two screenshots, exported by the app, held in memory (the
 * temporary folders of tests/helpers/temp.ts are removed after each test; write a copy with
 * writeRawZip where a test needs the file).
 */
export async function genuineBundle(): Promise<GenuineBundle> {
  const core = newCore();
  const h = core.handlers;
  await h['vault:create']({ passphrase: PASS, ownerName: 'M. de Vries' }, ctx);
  const c = await h['case:create']({ title: 'Nepaccount', category: 'expose-account' }, ctx);
  const imgs = [await screenshot('Eerste', { hue: 10 }), await screenshot('Tweede', { hue: 200 })];
  await h['evidence:import']({ caseId: c.id, meta: { platform: 'Instagram' }, files: imgs.map((b, i) => ({ name: `s${i}.png`, bytes: new Uint8Array(b) })) }, ctx);
  const path = join(tempDir(), 'dossier.zip');
  const r = await h['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: path }, ctx);
  const entries = [...(await readZipEntries(path)).entries()];
  return { fingerprint: r.publicKeyFingerprint, manifestSha256: r.manifestSha256, entries, original: entries.find(([n]) => n.startsWith('originals/'))![0] };
}

/** The bundle's entries as raw-ZIP entries, deflated like a normal writer would. */
export function rawEntries(b: GenuineBundle): RawEntry[] {
  return b.entries.map(([name, data]) => ({ name, data, deflate: true }));
}

/**
 * The genuine bundle with `original` replaced by `forged` and re-signed by a fresh key:
 * manifest.json (hash, size and the key's fingerprint), SHA256SUMS, both signatures,
 * public-key.pem and README.txt all rewritten to agree. Returns the path and the key's fingerprint.
 */
export async function resignedForgery(b: GenuineBundle, forged: Buffer): Promise<{ path: string; fingerprint: string }> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const fingerprint = sha(publicKey.export({ format: 'der', type: 'spki' }));
  const files = new Map(b.entries);
  files.set(b.original, forged);
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { publicKeyFingerprint: string; files: { path: string; sha256: string; size: number }[] };
  manifest.publicKeyFingerprint = fingerprint;
  for (const f of manifest.files) if (f.path === b.original) Object.assign(f, { sha256: sha(forged), size: forged.length });
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  files.set('manifest.json', manifestBytes);
  files.set('manifest.sig', sign(null, manifestBytes, privateKey));
  files.set('public-key.pem', Buffer.from(publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'utf8'));
  files.set('README.txt', Buffer.from(files.get('README.txt')!.toString('utf8').replaceAll(b.fingerprint, fingerprint), 'utf8'));
  const listed = files.get('SHA256SUMS')!.toString('utf8').trim().split('\n').map((l) => l.slice(66));
  const sums = Buffer.from(listed.map((n) => `${sha(files.get(n)!)}  ${n}`).join('\n') + '\n', 'utf8');
  files.set('SHA256SUMS', sums);
  files.set('SHA256SUMS.sig', sign(null, sums, privateKey));
  const path = join(tempDir(), 'vervalst.zip');
  await writeRawZip(path, [...files].map(([name, data]) => ({ name, data, deflate: true })));
  return { path, fingerprint };
}
