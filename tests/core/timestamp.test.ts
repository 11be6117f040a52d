/**
 * RFC 3161 timestamps (issue 18 item 4) against a real authority made with `openssl ts -reply`
 * on 127.0.0.1 (tests/helpers/local-tsa.ts): the request the app builds is one openssl reads;
 * a token it accepts is one `openssl ts -verify` accepts too, and the other way round for a
 * tampered token; a lying, refusing, silent or unreachable authority gives its own reason.
 */
import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { stampDigest } from '../../electron/core/timestamp/stamp';
import { timeStampRequest } from '../../electron/core/timestamp/tsp-request';
import { anchorsOf, certificatesFromPem, checkTimeStampResponse } from '../../electron/core/timestamp/tsp-token';
import { closedPort, startLocalTsa, type LocalTsa } from '../helpers/local-tsa';
import { tempDir } from '../helpers/temp';

const run = promisify(execFile);
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest();

async function opensslVerify(dir: string, data: Buffer, tsr: Buffer, chainPem: string): Promise<{ ok: boolean; out: string }> {
  writeFileSync(join(dir, 'data.bin'), data);
  writeFileSync(join(dir, 'token.tsr'), tsr);
  writeFileSync(join(dir, 'chain.pem'), chainPem);
  try {
    const { stdout, stderr } = await run('openssl', ['ts', '-verify', '-data', 'data.bin', '-in', 'token.tsr', '-CAfile', 'chain.pem'], { cwd: dir });
    return { ok: /Verification: OK/.test(stdout + stderr), out: stdout + stderr };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

async function reasonOf(p: Promise<unknown>): Promise<{ code: string; reason: unknown; check: unknown }> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    return { code: e.code, reason: e.details?.reason, check: e.details?.check };
  }
  throw new Error('expected a failure');
}

describe.each(['ec', 'rsa'] as const)('RFC 3161 round trip with a %s authority', (keyType) => {
  let tsa: LocalTsa;
  beforeAll(async () => {
    tsa = await startLocalTsa({ keyType });
  });
  afterAll(async () => tsa.close());

  it('builds a request openssl reads: SHA-256 imprint, a nonce, certificate requested', async () => {
    const dir = tempDir();
    const req = timeStampRequest(sha('manifest'));
    writeFileSync(join(dir, 'q.tsq'), req.der);
    const { stdout } = await run('openssl', ['ts', '-query', '-in', 'q.tsq', '-text'], { cwd: dir });
    expect(stdout).toMatch(/Hash Algorithm: sha256/);
    // The imprint as openssl's hex dump ("0000 - 05 b3 ab ...   ascii"): the hex pairs after the offset.
    const dumped = [...stdout.matchAll(/^\s*[0-9a-f]{4} - ((?:[0-9a-f]{2}[ -]){1,16})/gim)].map((m) => m[1]!.replace(/[ -]/g, '')).join('');
    expect(dumped).toBe(sha('manifest').toString('hex'));
    expect(stdout).toMatch(/Nonce: 0x[0-9A-F]+/i);
    expect(BigInt(/Nonce: (0x[0-9A-Fa-f]+)/.exec(stdout)![1]!)).toBe(req.nonce);
    expect(stdout).toMatch(/Certificate required: yes/);
  });

  it('a token the app accepts is one openssl accepts, and both refuse it once tampered with', async () => {
    const data = Buffer.from('{"format":"bewijskluis-dossier"}\n');
    const stamp = await stampDigest({ url: tsa.url }, sha(data));
    expect(stamp.checked.tstInfo.hashedMessage.equals(sha(data))).toBe(true);
    expect(stamp.checked.tsaSubject).toContain('Test Time Stamping Authority');
    expect(stamp.checked.rootFingerprint).toBe(new X509Certificate(tsa.caPem).fingerprint256.replace(/:/g, '').toLowerCase());
    expect(Math.abs(stamp.checked.tstInfo.genTime.getTime() - Date.now())).toBeLessThan(5 * 60_000);

    const dir = tempDir();
    const good = await opensslVerify(dir, data, stamp.response, stamp.chainPem);
    expect(good.ok, good.out).toBe(true);
    // The app's verifier, as it checks a bundle: the anchors are the chain file's roots.
    const chain = certificatesFromPem(stamp.chainPem);
    expect(() => checkTimeStampResponse(stamp.response, { digest: sha(data), anchors: anchorsOf(chain), extraCertificates: chain })).not.toThrow();

    // Other data: both refuse.
    expect((await opensslVerify(dir, Buffer.from('other'), stamp.response, stamp.chainPem)).ok).toBe(false);
    expect(() => checkTimeStampResponse(stamp.response, { digest: sha('other'), anchors: anchorsOf(chain) })).toThrow(/other data/);

    // One byte of the signed TSTInfo changed (the genTime's seconds digit): both refuse.
    const tampered = Buffer.from(stamp.response);
    const t = locateGenTime(tampered);
    tampered[t]! = tampered[t] === 0x30 ? 0x31 : 0x30;
    expect((await opensslVerify(dir, data, tampered, stamp.chainPem)).ok).toBe(false);
    const r = await reasonOf(Promise.resolve().then(() => checkTimeStampResponse(tampered, { digest: sha(data), anchors: anchorsOf(chain) })));
    expect(r).toMatchObject({ code: 'INTEGRITY', reason: 'tsa-invalid', check: 'signature' });

    // A chain file with another root: the app refuses the chain (openssl too).
    const stranger = await startLocalTsa({ keyType });
    try {
      const otherRoot = certificatesFromPem(stranger.caPem);
      const c = await reasonOf(Promise.resolve().then(() => checkTimeStampResponse(stamp.response, { digest: sha(data), anchors: anchorsOf(otherRoot), extraCertificates: otherRoot })));
      expect(c).toMatchObject({ reason: 'tsa-chain-incomplete', check: 'chain' });
      expect((await opensslVerify(dir, data, stamp.response, stranger.caPem)).ok).toBe(false);
    } finally {
      await stranger.close();
    }
  });
});

/** Offset of the last digit of the seconds in the TSTInfo's GeneralizedTime (tag 0x18, "YYYYMMDDhhmmss..."). */
function locateGenTime(resp: Buffer): number {
  for (let i = 0; i < resp.length - 16; i++) {
    if (resp[i] === 0x18 && resp[i + 1]! >= 15 && resp[i + 1]! <= 24 && /^\d{14}/.test(resp.subarray(i + 2, i + 16).toString('latin1'))) return i + 2 + 13;
  }
  throw new Error('no GeneralizedTime');
}

describe('an authority that lies, refuses or is not there', () => {
  let tsa: LocalTsa;
  beforeAll(async () => {
    tsa = await startLocalTsa();
  });
  afterAll(async () => tsa.close());
  const digest = sha('manifest.json');

  it.each([
    ['wrong-imprint', { code: 'INTEGRITY', reason: 'tsa-invalid', check: 'imprint' }],
    ['wrong-nonce', { code: 'INTEGRITY', reason: 'tsa-invalid', check: 'nonce' }],
    ['bad-signature', { code: 'INTEGRITY', reason: 'tsa-invalid', check: 'signature' }],
    ['garbage', { code: 'INTEGRITY', reason: 'tsa-invalid', check: 'format' }],
    ['reject', { code: 'NETWORK', reason: 'tsa-refused', check: 'status' }],
    ['http-error', { code: 'NETWORK', reason: 'tsa-refused' }],
    ['no-root', { code: 'INTEGRITY', reason: 'tsa-chain-incomplete', check: 'chain' }],
  ] as const)('%s is refused with its own reason', async (mode, expected) => {
    tsa.mode = mode;
    expect(await reasonOf(stampDigest({ url: tsa.url }, digest))).toMatchObject(expected);
  });

  it('a token without its root is accepted once the officer configured the authority\u2019s certificate', async () => {
    tsa.mode = 'no-root';
    const stamp = await stampDigest({ url: tsa.url, certificatesPem: tsa.caPem }, digest);
    expect(certificatesFromPem(stamp.chainPem)).toHaveLength(2);
    const dir = tempDir();
    expect((await opensslVerify(dir, Buffer.from('manifest.json'), stamp.response, stamp.chainPem)).ok).toBe(true);
  });

  it('an address where nothing listens is unreachable, and a bad address is refused before any connection', async () => {
    const port = await closedPort();
    expect(await reasonOf(stampDigest({ url: `http://127.0.0.1:${port}/` }, digest))).toMatchObject({ code: 'NETWORK', reason: 'tsa-unreachable' });
    expect(await reasonOf(stampDigest({ url: 'ftp://127.0.0.1/' }, digest))).toMatchObject({ code: 'VALIDATION', reason: 'tsa-url-invalid' });
    expect(await reasonOf(stampDigest({ url: 'http://user:pw@127.0.0.1/' }, digest))).toMatchObject({ code: 'VALIDATION', reason: 'tsa-url-invalid' });
  });
});
