/**
 * Forged and hostile dossier bundles (issue 12 item 6): each one the old verifier called
 * intact or ran on for minutes. Every bundle here is built by hand from a real export
 * (tests/helpers/zip.ts writeRawZip), so a refusal is about the one thing forged; the first
 * test proves that the same hand-built ZIP without a forgery verifies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { verifyBundle } from '../../electron/core/dossier/verify';
import { contract } from '../../shared/contract';
import type { VerifyProblemCode, VerifyReport } from '../../shared/dossier-types';
import { genuineBundle, rawEntries, resignedForgery, type GenuineBundle } from '../helpers/forged-bundle';
import { tempDir } from '../helpers/temp';
import { writeRawZip, type RawEntry } from '../helpers/zip';

const GiB = 1024 ** 3;
let b: GenuineBundle;
beforeAll(async () => {
  b = await genuineBundle();
}, 60_000);

async function zipOf(entries: RawEntry[], name = 'bundle.zip'): Promise<string> {
  const path = join(tempDir(), name);
  await writeRawZip(path, entries);
  return path;
}

const codes = (r: VerifyReport) => r.problems.map((p) => p.code);
const grouped = (hex: string) => hex.toUpperCase().match(/.{4}/g)!.join(' ');

/** Refused before any content was read: not ok, nothing hashed, the problem named. */
function expectRefused(r: VerifyReport, code: VerifyProblemCode, file?: string) {
  expect(r.ok).toBe(false);
  expect(r.contentChecked).toBe(false);
  expect(r.files).toEqual([]);
  expect(r.problems).toContainEqual(expect.objectContaining(file === undefined ? { code } : { code, file }));
}

describe('the verifier refuses forged bundles', () => {
  it('the hand-built copy of a real export verifies (so each refusal below is about its forgery)', async () => {
    const r = await verifyBundle(await zipOf(rawEntries(b)));
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ ok: true, contentChecked: true, manifestSha256: b.manifestSha256, publicKeyFingerprint: b.fingerprint });
  });

  it('a forged duplicate originals/X placed first, and a duplicate SHA256SUMS', async () => {
    const forged = { name: b.original, data: Buffer.from('not the evidence') };
    const dupOriginal = await verifyBundle(await zipOf([forged, ...rawEntries(b)]));
    expectRefused(dupOriginal, 'name-duplicate', b.original);
    // unzip really would keep one and drop the other: the verifier must not pick either.
    const sums = Buffer.from(`${'0'.repeat(64)}  ${b.original}\n`);
    expectRefused(await verifyBundle(await zipOf([{ name: 'SHA256SUMS', data: sums }, ...rawEntries(b)])), 'name-duplicate', 'SHA256SUMS');
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: 'SHA256SUMS', data: sums }])), 'name-duplicate', 'SHA256SUMS');
  });

  it('names that are one file on Windows or macOS: other case, other Unicode normal form', async () => {
    const upper = await verifyBundle(await zipOf([...rawEntries(b), { name: 'DOSSIER.PDF', data: Buffer.from('%PDF-forged') }]));
    expectRefused(upper, 'name-lookalike', 'DOSSIER.PDF');
    expect(upper.problems.find((p) => p.code === 'name-lookalike')!.other).toBe('dossier.pdf');
    const nfc = 'originals/caf\u00e9.png';
    const nfd = 'originals/cafe\u0301.png';
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: nfc, data: Buffer.from('a') }, { name: nfd, data: Buffer.from('b') }])), 'name-lookalike', nfd);
    // A file where another entry needs a folder: one of the two cannot be extracted.
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: 'Originals', data: Buffer.from('x') }])), 'name-conflict', 'Originals');
  });

  it('a bundle re-signed with an attacker\'s key: valid signatures, but the words name the key; --expect-key refuses it', async () => {
    const forgery = await resignedForgery(b, Buffer.from('a forged screenshot'));
    const unpinned = await verifyBundle(forgery.path);
    // Everything in the bundle agrees with itself: only the signer's key tells it apart.
    expect(unpinned).toMatchObject({ ok: true, publicKeyFingerprint: forgery.fingerprint, signer: { pinned: false, expected: null, matches: null } });
    expect(unpinned.publicKeyFingerprint).not.toBe(b.fingerprint);

    const pinned = await verifyBundle(forgery.path, { expectKey: grouped(b.fingerprint) });
    expect(pinned.ok).toBe(false);
    expect(pinned.signer).toEqual({ pinned: true, expected: b.fingerprint, matches: false });
    expect(pinned.problems).toEqual([{ code: 'signer-mismatch', expected: b.fingerprint, actual: forgery.fingerprint }]);

    const genuine = await zipOf(rawEntries(b));
    for (const spelling of [b.fingerprint, grouped(b.fingerprint), b.fingerprint.match(/../g)!.join(':'), ` ${b.fingerprint.toUpperCase()} `]) {
      const r = await verifyBundle(genuine, { expectKey: spelling });
      expect(r, spelling).toMatchObject({ ok: true, signer: { pinned: true, expected: b.fingerprint, matches: true } });
    }
    await expect(verifyBundle(genuine, { expectKey: b.fingerprint.slice(1) })).rejects.toMatchObject({ code: 'VALIDATION' });
    const input = contract['dossier:verify'].input;
    expect(input.safeParse({ path: genuine, expectKey: grouped(b.fingerprint) }).success).toBe(true);
    expect(input.safeParse({ path: genuine, expectKey: 'de vingerafdruk' }).success).toBe(false);
    expect(input.safeParse({ path: genuine }).success).toBe(true);
  });

  it('symlink entries, whether named like an original or not (and unzip really makes them links)', async () => {
    const link = (name: string): RawEntry => ({ name, data: Buffer.from('../../../../../etc/passwd'), unixMode: 0o120777 });
    const swapped = rawEntries(b).map((e) => (e.name === b.original ? link(b.original) : e));
    expectRefused(await verifyBundle(await zipOf(swapped)), 'entry-symlink', b.original);
    const added = await zipOf([...rawEntries(b), link('originals/meer.png')]);
    expectRefused(await verifyBundle(added), 'entry-symlink', 'originals/meer.png');
    const out = tempDir();
    spawnSync('unzip', ['-q', added, '-d', out]);
    expect(lstatSync(join(out, 'originals/meer.png')).isSymbolicLink()).toBe(true);
  });

  it('devices, FIFOs, sockets and a folder posing as a file', async () => {
    const cases: [number, VerifyProblemCode][] = [
      [0o020644, 'entry-device'],
      [0o060644, 'entry-device'],
      [0o010644, 'entry-fifo'],
      [0o140644, 'entry-socket'],
      [0o040755, 'entry-not-regular'],
    ];
    for (const [mode, code] of cases) {
      expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: 'originals/x.png', data: Buffer.alloc(0), unixMode: mode }])), code, 'originals/x.png');
    }
  });

  it('absolute paths, drive letters, backslashes, parent segments and misleading names', async () => {
    const cases: [string, VerifyProblemCode][] = [
      ['/etc/cron.d/bewijs', 'name-absolute'],
      ['//server/share/x', 'name-absolute'],
      ['C:/Windows/x.png', 'name-drive-letter'],
      ['c:x.png', 'name-drive-letter'],
      ['originals\\x.png', 'name-backslash'],
      ['..\\..\\x.png', 'name-backslash'],
      ['../x.png', 'name-parent'],
      ['originals/../../x.png', 'name-parent'],
      ['originals/./x.png', 'name-invalid'],
      ['originals//x.png', 'name-invalid'],
      ['dossier.pdf.', 'name-invalid'],
      ['dossier.pdf ', 'name-invalid'],
      ['originals/CON.png', 'name-invalid'],
      ['dossier.pdf:verborgen', 'name-invalid'],
      ['originals/\u202egnp.exe', 'name-invalid'],
    ];
    for (const [name, code] of cases) expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name, data: Buffer.from('x') }])), code);
    // A name that would clear the terminal is reported with the escape written out.
    const esc = await verifyBundle(await zipOf([...rawEntries(b), { name: 'originals/\u001b[2Jx.png', data: Buffer.from('x') }]));
    expectRefused(esc, 'name-invalid', 'originals/\\u{1b}[2Jx.png');
    // Not UTF-8 although bit 11 says so, and non-ASCII without bit 11 (CP437 to one tool, Latin-1 to another).
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: Buffer.from([0x61, 0xff, 0x62]), flags: 0x800, data: Buffer.from('x') }])), 'name-invalid');
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: Buffer.from('caf\u00e9.png', 'latin1'), data: Buffer.from('x') }])), 'name-invalid');
  });

  it('headers that disagree: another name in the local header, or in the Unicode path field', async () => {
    const local = rawEntries(b).map((e) => (e.name === b.original ? { ...e, localName: 'originals/ander.png' } : e));
    expectRefused(await verifyBundle(await zipOf(local)), 'header-mismatch', b.original);
    const { crc32 } = await import('node:zlib');
    const other = Buffer.from('originals/ander.png');
    const field = Buffer.concat([Buffer.from([0x75, 0x70]), Buffer.alloc(2), Buffer.from([1]), Buffer.alloc(4), other]);
    field.writeUInt16LE(5 + other.length, 2);
    field.writeUInt32LE(crc32(Buffer.from(b.original)), 5);
    const unicode = rawEntries(b).map((e) => (e.name === b.original ? { ...e, extra: field } : e));
    expectRefused(await verifyBundle(await zipOf(unicode)), 'header-mismatch', b.original);
  });

  it('40 folder entries pointing at one entry declared 1 GiB: refused by position, nothing inflated', async () => {
    // The big entry is 1 MiB of zeros declared as 1 GiB: were it inflated, yauzl would stop at
    // the size mismatch and report it damaged; no such problem means nothing was inflated.
    const big: RawEntry = { name: 'originals/groot.bin', data: Buffer.alloc(1024 * 1024), deflate: true, declaredSize: GiB };
    const folders: RawEntry[] = Array.from({ length: 40 }, (_, i) => ({ name: `map-${i}/`, unixMode: 0o040755, sharesLocalHeaderOf: 0 }));
    const r = await verifyBundle(await zipOf([big, ...folders, ...rawEntries(b)]));
    expectRefused(r, 'entry-overlap');
    expect(r.problems.filter((p) => p.code === 'entry-overlap')).toHaveLength(40);
    expect(codes(r)).not.toContain('entry-damaged');

    // The same with 40 file entries sharing the bytes, each declared 1 GiB (40 GiB in all).
    const copies: RawEntry[] = Array.from({ length: 40 }, (_, i) => ({ name: `originals/kopie-${i}.bin`, declaredSize: GiB, deflate: true, data: Buffer.alloc(1024 * 1024), sharesLocalHeaderOf: 0 }));
    const r2 = await verifyBundle(await zipOf([big, ...copies, ...rawEntries(b)]));
    expectRefused(r2, 'entry-overlap', 'originals/kopie-0.bin');
    expect(r2.problems).toContainEqual({ code: 'bundle-too-large', limit: 4 * GiB });
    expect(codes(r2)).not.toContain('entry-damaged');
  });

  it('the budget: one entry or the whole bundle declared too large is refused unread; bytes beyond the declared size are not read', async () => {
    const zeros = Buffer.alloc(64 * 1024);
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: 'originals/x.bin', data: zeros, deflate: true, declaredSize: 3 * GiB }])), 'entry-too-large', 'originals/x.bin');
    const three = [0, 1, 2].map((i): RawEntry => ({ name: `originals/x${i}.bin`, data: zeros, deflate: true, declaredSize: 1.5 * GiB }));
    const all = await verifyBundle(await zipOf([...rawEntries(b), ...three]));
    expectRefused(all, 'bundle-too-large');
    expect(all.problems.filter((p) => p.code === 'entry-too-large')).toEqual([]);
    // A small file the verifier keeps in memory has a budget of its own.
    const manifest = rawEntries(b).map((e) => (e.name === 'manifest.json' ? { ...e, declaredSize: 20 * 1024 * 1024 } : e));
    expect((await verifyBundle(await zipOf(manifest))).problems).toContainEqual({ code: 'entry-too-large', file: 'manifest.json', limit: 16 * 1024 * 1024 });
    // Declared 1000 bytes, inflating to 8 MiB: the stream stops at the declared size.
    const lying = rawEntries(b).map((e) => (e.name === b.original ? { name: b.original, data: Buffer.alloc(8 * 1024 * 1024), deflate: true, declaredSize: 1000 } : e));
    const r = await verifyBundle(await zipOf(lying));
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({ code: 'entry-damaged', file: b.original });
  });

  it('a wrong CRC-32, a hidden local entry, encryption and unknown compression', async () => {
    const crc = rawEntries(b).map((e) => (e.name === b.original ? { ...e, crc: 0x12345678 } : e));
    expect((await verifyBundle(await zipOf(crc))).problems).toContainEqual({ code: 'entry-damaged', file: b.original });
    // A local entry no central record names: a streaming extractor would unpack it.
    expectRefused(await verifyBundle(await zipOf([{ name: b.original, data: Buffer.from('forged'), hidden: true }, ...rawEntries(b)])), 'entry-hidden');
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: 'x.bin', data: Buffer.from('x'), hidden: true }])), 'entry-hidden');
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: 'x.bin', data: Buffer.from('x'), flags: 0x801 }])), 'entry-unsupported', 'x.bin');
    expectRefused(await verifyBundle(await zipOf([...rawEntries(b), { name: 'x.bin', data: Buffer.from('x'), method: 14 }])), 'entry-unsupported', 'x.bin');
  });

  it('a hostile ZIP with thousands of bad entries gets a bounded list of problems', async () => {
    const links = Array.from({ length: 150 }, (_, i): RawEntry => ({ name: `l${i}`, data: Buffer.from('/'), unixMode: 0o120777 }));
    const r = await verifyBundle(await zipOf(links));
    expect(r.problems).toHaveLength(101);
    expect(r.problems.at(-1)).toEqual({ code: 'problems-truncated', count: 50 });
  });

  it('SHA256SUMS with a malformed line or a name twice is not in order', async () => {
    const sums = b.entries.find(([n]) => n === 'SHA256SUMS')![1].toString('utf8');
    const first = sums.split('\n')[0]!;
    const twice = rawEntries(b).map((e) => (e.name === 'SHA256SUMS' ? { ...e, data: Buffer.from(sums + first + '\n') } : e));
    const r = await verifyBundle(await zipOf(twice));
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({ code: 'sums-duplicate', file: first.slice(66) });
    const bad = rawEntries(b).map((e) => (e.name === 'SHA256SUMS' ? { ...e, data: Buffer.from('dit is geen regel\n' + sums) } : e));
    expect((await verifyBundle(await zipOf(bad))).problems).toContainEqual({ code: 'sums-invalid', line: 1 });
  });

  it('a bundle unzipped and zipped again with Info-ZIP zip (folder entries, extra fields) still verifies', async (t) => {
    if (spawnSync('zip', ['-v']).status !== 0) return t.skip('Info-ZIP zip is not installed here');
    const dir = tempDir();
    execFileSync('unzip', ['-q', await zipOf(rawEntries(b)), '-d', join(dir, 'x')]);
    execFileSync('zip', ['-q', '-r', join(dir, 'opnieuw.zip'), '.'], { cwd: join(dir, 'x') });
    const r = await verifyBundle(join(dir, 'opnieuw.zip'), { expectKey: b.fingerprint });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('a ZIP64 copy, with data descriptors (as yazl streams the originals), still verifies', async () => {
    const path = join(tempDir(), 'zip64.zip');
    const zip = new yazl.ZipFile();
    const out = createWriteStream(path);
    zip.outputStream.pipe(out);
    for (const [name, data] of b.entries) {
      if (name.startsWith('originals/') || name === 'SHA256SUMS.sig') zip.addReadStream(Readable.from([data]), name, { forceZip64Format: true, compress: false });
      else zip.addBuffer(data, name, { forceZip64Format: true });
    }
    zip.end({ forceZip64Format: true, comment: '' });
    await finished(out);
    const r = await verifyBundle(path);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('a FIFO or a device given as the bundle is refused at once, not read', async () => {
    const fifo = join(tempDir(), 'dossier.zip');
    execFileSync('mkfifo', [fifo]);
    await expect(verifyBundle(fifo)).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
    await expect(verifyBundle('/dev/zero')).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
    await expect(verifyBundle(tempDir())).rejects.toMatchObject({ code: 'IO', details: { reason: 'is-folder' } });
  });
});
