/**
 * `bewijskluis capture` and `export --tsa` (issue 18) from the CLI's source, against the fake
 * platform and a local RFC 3161 authority made with `openssl ts -reply`: every page of the
 * fake platform is captured with each artefact's SHA-256 printed; the export holds every kept
 * artefact under the hash the capture printed, with manifest.tsr and tsa-chain.pem that
 * `openssl ts -verify` and `bewijskluis verify` accept; a tampered token fails; no browser and
 * an unreachable authority are errors in words.
 * The CLI runs as a child process spawned asynchronously: the fake platform and the authority
 * live in this process and must keep answering while it runs.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebCapture } from '../../shared/capture-types';
import type { ExportResult, VerifyReport } from '../../shared/dossier-types';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';
import { startFakePlatform, type FakePlatform } from '../helpers/fake-platform';
import { closedPort, startLocalTsa, type LocalTsa } from '../helpers/local-tsa';
import { PASS, tempDir } from '../helpers/temp';
import { readZipEntries, rewriteZip } from '../helpers/zip';
import { originalName } from '../../electron/core/dossier/originals-names';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI_FROM_SOURCE, ...args], { cwd: ROOT, env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: PASS, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The name the bundle gives a capture's viewport screenshot, from what the CLI printed (label "2026-001/1"). */
const bundleName = (cap: WebCapture) => {
  const [caseRef, no] = cap.item.label.split('/');
  return originalName({ caseRef: caseRef!, itemNo: Number(no), platform: cap.item.platform, mime: 'image/png' });
};

let fake: FakePlatform;
let tsa: LocalTsa;
beforeAll(async () => {
  fake = await startFakePlatform();
  tsa = await startLocalTsa();
});
afterAll(async () => {
  await fake.close();
  await tsa.close();
});

async function vaultWithCase(): Promise<{ dir: string; vault: string; ref: string }> {
  const dir = tempDir();
  const vault = join(dir, 'kluis');
  expect((await cli(['vault', 'init', '--vault', vault])).code).toBe(0);
  const ref = (await cli(['case', 'create', '--vault', vault, '--title', 'Nepaccount', '--category', 'expose-account'])).stdout.trim();
  return { dir, vault, ref };
}

describe('CLI: capture and a timestamped export', { timeout: 400_000 }, () => {
  it('captures every fake-platform page, prints each artefact\u2019s SHA-256, and exports them in a bundle openssl and verify accept', async () => {
    const { dir, vault, ref } = await vaultWithCase();
    const pages: [string, Partial<{ status: number; loadState: string; redirects: number; truncated: boolean }>][] = [
      ['/@lotte.fake/post/1', { status: 200, loadState: 'loaded', redirects: 0 }],
      ['/r/abc', { status: 200, redirects: 2 }],
      ['/@lotte.fake/private', { status: 200, redirects: 1 }],
      ['/@lotte.fake/post/removed', { status: 404 }],
      ['/@lotte.fake/post/gone', { status: 410 }],
      ['/slow', { status: 200, loadState: 'loaded' }],
      ['/never', { status: 200, loadState: 'timeout' }],
      ['/enormous', { status: 200, truncated: true }],
    ];
    const captured: WebCapture[] = [];
    for (const [path, want] of pages) {
      const r = await cli(['capture', '--vault', vault, '--case', ref, '--url', fake.url(path), '--wait', '3', '--json']);
      expect(r.code, `${path}: ${r.stderr}`).toBe(0);
      const cap = JSON.parse(r.stdout) as WebCapture;
      expect(cap.record.document.status, path).toBe(want.status);
      if (want.loadState) expect(cap.record.loadState, path).toBe(want.loadState);
      if (want.redirects !== undefined) expect(cap.record.document.redirects, path).toHaveLength(want.redirects);
      if (want.truncated) expect(cap.record.page.truncated).toBe(true);
      expect(cap.artefacts.map((a) => a.kind)).toEqual(['viewport', 'full-page', 'mhtml', 'record']);
      for (const a of cap.artefacts) expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
      captured.push(cap);
    }
    expect(captured[0]!.item).toMatchObject({ handle: '@lotte.fake', platform: 'fakegram.localhost' });

    // Human output: the item, where it was, and one line per artefact with its SHA-256.
    const human = await cli(['capture', '--vault', vault, '--case', ref, '--url', fake.url('/r/abc')]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^Vastgelegd als ${ref}/9: ${fake.url('/@lotte.fake/post/1').replace(/[.]/g, '\\.')}`));
    expect(human.stdout).toContain('Doorgestuurd: 301');
    expect(human.stdout).toContain('Tijd: 20');
    for (const name of ['viewport.png', 'full-page.png', 'page.mhtml', 'capture.json']) expect(human.stdout).toMatch(new RegExp(`${name.replace('.', '\\.')}\\s+[0-9a-f]{64}\\s+\\d+`));

    // A timestamped export: every kept artefact in the bundle under the hash the capture printed.
    const out = join(dir, 'dossier.zip');
    const exp = await cli(['export', '--vault', vault, '--case', ref, '--profile', 'police', '--lang', 'nl', '--out', out, '--tsa', tsa.url, '--json']);
    expect(exp.code, exp.stderr).toBe(0);
    const result = JSON.parse(exp.stdout) as ExportResult;
    expect(result.timestamp).toMatchObject({ tsa: expect.stringContaining('Test Time Stamping Authority') });
    const entries = await readZipEntries(out);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as { items: { id: string; file: string | null; capture?: { artefacts: { fileName: string; sha256: string; bundlePath: string | null }[] } }[] };
    for (const cap of captured) {
      const m = manifest.items.find((i) => i.id === cap.item.id)!;
      // Named by the item (dossier/originals-names.ts), its artefacts in a folder of that name.
      expect(m.file).toBe(bundleName(cap));
      expect(sha(entries.get(m.file!)!)).toBe(cap.artefacts[0]!.sha256);
      for (const a of cap.artefacts.slice(1)) {
        const listed = m.capture!.artefacts.find((x) => x.fileName === a.fileName)!;
        expect(listed.sha256).toBe(a.sha256);
        expect(sha(entries.get(listed.bundlePath!)!), listed.bundlePath!).toBe(a.sha256);
      }
    }
    const sums = entries.get('SHA256SUMS')!.toString('utf8');
    for (const name of ['manifest.tsr', 'audit-head.json', 'audit-head.tsr', 'tsa-chain.pem', `${bundleName(captured[0]!).replace(/\.png$/, '')}/page.mhtml`]) expect(sums).toContain(`  ${name}\n`);
    expect(entries.get('README.txt')!.toString('utf8')).toContain('openssl ts -verify -data manifest.json -in manifest.tsr -CAfile tsa-chain.pem');

    // openssl, as README.txt tells the police, in the unpacked folder.
    const unpacked = join(dir, 'uitgepakt');
    mkdirSync(unpacked);
    for (const n of ['manifest.json', 'manifest.tsr', 'audit-head.json', 'audit-head.tsr', 'tsa-chain.pem']) writeFileSync(join(unpacked, n), entries.get(n)!);
    for (const [data, token] of [['manifest.json', 'manifest.tsr'], ['audit-head.json', 'audit-head.tsr']]) {
      const v = await run('openssl', ['ts', '-verify', '-data', data!, '-in', token!, '-CAfile', 'tsa-chain.pem'], { cwd: unpacked });
      expect(v.stdout + v.stderr).toContain('Verification: OK');
    }

    const ok = await cli(['verify', out, '--json']);
    expect(ok.code, ok.stdout).toBe(0);
    const report = JSON.parse(ok.stdout) as VerifyReport;
    expect(report.timestamps.map((s) => [s.file, s.state])).toEqual([
      ['manifest.tsr', 'valid'],
      ['audit-head.tsr', 'valid'],
    ]);
    expect((await cli(['verify', out])).stdout).toContain('Tijdstempel manifest.tsr (over manifest.json): klopt');

    // One flipped byte in the token's signature: the verifier says so (and SHA256SUMS no longer matches).
    const bad = join(dir, 'bad.zip');
    await rewriteZip(out, bad, (n, d) => (n === 'manifest.tsr' ? Buffer.concat([d.subarray(0, d.length - 1), Buffer.from([d[d.length - 1]! ^ 1])]) : d));
    const failed = await cli(['verify', bad, '--json']);
    expect(failed.code).toBe(1);
    const problems = (JSON.parse(failed.stdout) as VerifyReport).problems;
    expect(problems).toContainEqual({ code: 'timestamp-invalid', file: 'manifest.tsr' });
    expect(problems).toContainEqual({ code: 'file-altered', file: 'manifest.tsr' });
  });

  it('an unreachable authority: no dossier, words for it, and --without-timestamp makes it anyway', async () => {
    const { dir, vault, ref } = await vaultWithCase();
    const out = join(dir, 'dossier.zip');
    const port = await closedPort();
    const failed = await cli(['export', '--vault', vault, '--case', ref, '--profile', 'police', '--lang', 'nl', '--out', out, '--tsa', `http://127.0.0.1:${port}/tsa`]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`De tijdstempeldienst (127.0.0.1:${port}) is niet bereikbaar.`);
    expect(failed.stderr).toContain('--without-timestamp');
    expect((await readZipEntries(out).catch(() => null)) === null).toBe(true);
    const again = await cli(['export', '--vault', vault, '--case', ref, '--profile', 'police', '--lang', 'nl', '--out', out, '--without-timestamp', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as ExportResult).timestamp).toBeNull();
    expect([...(await readZipEntries(out)).keys()]).not.toContain('manifest.tsr');
    expect((await cli(['export', '--vault', vault, '--case', ref, '--profile', 'police', '--out', out, '--tsa', tsa.url, '--without-timestamp'])).code).toBe(2);
  });

  it('no browser, a missing or bad address: exit codes and words, nothing stored', async () => {
    const { vault, ref } = await vaultWithCase();
    const none = await cli(['capture', '--vault', vault, '--case', ref, '--url', fake.url('/@lotte.fake/post/1')], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Er is geen browser gevonden om mee vast te leggen.');
    expect((await cli(['capture', '--vault', vault, '--case', ref])).code).toBe(2);
    const badUrl = await cli(['capture', '--vault', vault, '--case', ref, '--url', 'file:///etc/passwd']);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('Ongeldig adres voor --url');
    expect((await cli(['capture', '--vault', vault, '--case', ref, '--url', fake.url('/'), '--wait', 'lang'])).code).toBe(2);
    expect((await cli(['evidence', 'list', '--vault', vault, '--case', ref])).stdout).toContain('Nog geen bewijsstukken');
  });
});
