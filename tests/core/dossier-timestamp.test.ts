/**
 * The dossier with web captures and RFC 3161 timestamps (issue 18 items 1 and 4), through the
 * core's handlers, with Chromium against the fake platform and a local `openssl ts -reply`
 * authority: the artefacts are in the bundle, the manifest and the PDF under the hashes of the
 * capture; the authority set in Settings (off by default) stamps manifest and audit head; the
 * app's verifier checks the tokens and refuses a tampered one; an authority that lies or is
 * gone stops the export with nothing written until the officer says "without"; a log
 * rewritten after an export — chain re-hashed, so its own check passes — fails `vault check`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../electron/core/settings/settings';
import { chainHash, contentHash, type AuditRow } from '../../electron/core/audit/audit-log';
import { setSetting } from '../../electron/core/db/kv-store';
import type { Core } from '../../electron/core/create-core';
import { captureCore, ctx, newCase } from '../helpers/capture';
import { startFakePlatform, type FakePlatform } from '../helpers/fake-platform';
import { closedPort, startLocalTsa, type LocalTsa } from '../helpers/local-tsa';
import { tempDir } from '../helpers/temp';
import { readZipEntries, rewriteZip } from '../helpers/zip';
import { originalName } from '../../electron/core/dossier/originals-names';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let fake: FakePlatform;
let tsa: LocalTsa;
beforeAll(async () => {
  fake = await startFakePlatform();
  tsa = await startLocalTsa({ keyType: 'rsa' });
});
afterAll(async () => {
  await fake.close();
  await tsa.close();
});

async function exportTo(core: Core, caseId: string, extra: { withoutTimestamp?: boolean } = {}) {
  const out = join(tempDir(), 'dossier.zip');
  const r = await core.handlers['dossier:export']({ caseId, profile: 'police', lang: 'nl', outPath: out, ...extra }, ctx);
  return { out, r };
}

describe('dossier: web captures and timestamps', () => {
  it('off by default; with an authority set, manifest and audit head are stamped, the verifier checks both and refuses a tampered token', async () => {
    expect(DEFAULT_SETTINGS.tsaUrl).toBe('');
    const core = await captureCore();
    const c = await newCase(core);
    const cap = await core.handlers['capture:take']({ caseId: c.id, url: fake.url('/r/abc') }, ctx);

    const plain = await exportTo(core, c.id);
    expect(plain.r.timestamp).toBeNull();
    expect(tsa.requests).toBe(0);
    expect([...(await readZipEntries(plain.out)).keys()]).not.toContain('manifest.tsr');

    await core.handlers['settings:set']({ tsaUrl: tsa.url }, ctx);
    const { out, r } = await exportTo(core, c.id);
    expect(tsa.requests).toBe(2);
    expect(r.timestamp).toMatchObject({ tsa: expect.stringContaining('Test Time Stamping Authority'), rootFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const entries = await readZipEntries(out);

    // The capture: viewport as the original, the other artefacts beside it, all under the capture's hashes.
    // Named by the item (dossier/originals-names.ts): the original, and its folder of artefacts beside it.
    const base = originalName(cap.item).replace(/\.png$/, '');
    expect(base).toMatch(/^originals\/\d{4}-\d{3}-01_Fakegram$/);
    expect(sha(entries.get(`${base}.png`)!)).toBe(cap.artefacts[0]!.sha256);
    for (const a of cap.artefacts.slice(1)) expect(sha(entries.get(`${base}/${a.fileName}`)!), a.fileName).toBe(a.sha256);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as { files: { path: string; sha256: string }[]; items: { id: string; capture?: { redirects: unknown[]; status: number } }[] };
    expect(manifest.files.map((f) => f.path).sort()).toEqual([`${base}.png`, ...cap.artefacts.slice(1).map((a) => `${base}/${a.fileName}`)].sort());
    expect(manifest.items[0]!.capture).toMatchObject({ status: 200, redirects: [{ status: 301 }, { status: 302 }] });
    const pdf = execFileSync('sh', ['-c', `unzip -p "${out}" dossier.pdf | pdftotext - -`]).toString('utf8').replace(/\s+/g, ' ');
    expect(pdf).toContain('Vastgelegd van het web door Bewijskluis');
    expect(pdf).toContain('Paginatitel');
    for (const a of cap.artefacts) expect(pdf, a.fileName).toContain(a.sha256.slice(0, 32));

    // The audit head stamped is the chain up to this export's start.
    const head = JSON.parse(entries.get('audit-head.json')!.toString('utf8')) as { seq: number; hash: string };
    const started = (await core.handlers['audit:list']({ limit: 50 }, ctx)).filter((e) => e.kind === 'dossier.export_started')[0]!;
    expect(head).toMatchObject({ format: 'bewijskluis-audit-head', seq: started.seq, hash: started.hash });

    const report = await core.handlers['dossier:verify']({ path: out }, ctx);
    expect(report.ok, JSON.stringify(report.problems)).toBe(true);
    expect(report.timestamps).toEqual([
      expect.objectContaining({ file: 'manifest.tsr', data: 'manifest.json', state: 'valid', rootFingerprint: r.timestamp!.rootFingerprint }),
      expect.objectContaining({ file: 'audit-head.tsr', data: 'audit-head.json', state: 'valid' }),
    ]);

    // A token changed, and SHA256SUMS re-written to match (a forger's move): the token itself fails.
    const forged = join(tempDir(), 'forged.zip');
    const flip = (d: Buffer) => Buffer.concat([d.subarray(0, d.length - 1), Buffer.from([d[d.length - 1]! ^ 1])]);
    const tampered = flip(entries.get('manifest.tsr')!);
    const sums = entries.get('SHA256SUMS')!.toString('utf8').replace(sha(entries.get('manifest.tsr')!), sha(tampered));
    await rewriteZip(out, forged, (n, d) => (n === 'manifest.tsr' ? tampered : n === 'SHA256SUMS' ? Buffer.from(sums) : d));
    const bad = await core.handlers['dossier:verify']({ path: forged }, ctx);
    expect(bad.ok).toBe(false);
    expect(bad.problems).toContainEqual({ code: 'timestamp-invalid', file: 'manifest.tsr' });
    // A token moved onto other data (the audit head's over the manifest): about other data.
    const swapped = join(tempDir(), 'swapped.zip');
    await rewriteZip(out, swapped, (n, d) => (n === 'manifest.tsr' ? entries.get('audit-head.tsr')! : d));
    expect((await core.handlers['dossier:verify']({ path: swapped }, ctx)).problems).toContainEqual({ code: 'timestamp-mismatch', file: 'manifest.tsr' });
    // The chain file taken away: incomplete.
    const chainless = join(tempDir(), 'chainless.zip');
    await rewriteZip(out, chainless, (n, d) => (n === 'tsa-chain.pem' ? null : d));
    expect((await core.handlers['dossier:verify']({ path: chainless }, ctx)).problems).toContainEqual({ code: 'timestamp-incomplete', file: 'tsa-chain.pem' });

    // The vault keeps the audit head's token and logged the stamp.
    expect((await core.handlers['audit:list']({ limit: 20 }, ctx)).some((e) => e.kind === 'audit.timestamped' && (e.details as { seq: number }).seq === head.seq)).toBe(true);
    expect((await core.handlers['vault:check']({}, ctx)).items.find((i) => i.name === 'timestamps')).toMatchObject({ ok: true, checked: 1 });
  });

  it('an authority that lies or is gone stops the export before any file; the officer can then go on without', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    await core.handlers['capture:take']({ caseId: c.id, url: fake.url('/@lotte.fake/post/1') }, ctx);
    const out = join(tempDir(), 'dossier.zip');
    for (const mode of ['wrong-imprint', 'bad-signature', 'wrong-nonce'] as const) {
      tsa.mode = mode;
      await core.handlers['settings:set']({ tsaUrl: tsa.url }, ctx);
      await expect(core.handlers['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: out }, ctx)).rejects.toMatchObject({
        code: 'INTEGRITY',
        details: { reason: 'tsa-invalid', canExportWithoutTimestamp: true },
      });
      expect(existsSync(out), mode).toBe(false);
    }
    tsa.mode = 'honest';
    await core.handlers['settings:set']({ tsaUrl: `http://127.0.0.1:${await closedPort()}/` }, ctx);
    await expect(core.handlers['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: out }, ctx)).rejects.toMatchObject({ code: 'NETWORK', details: { reason: 'tsa-unreachable' } });
    expect(existsSync(out)).toBe(false);
    const failures = (await core.handlers['audit:list']({ limit: 50 }, ctx)).filter((e) => e.kind === 'dossier.export_failed');
    expect(failures.map((e) => (e.details as { reason: string }).reason)).toEqual(['tsa-unreachable', 'tsa-invalid', 'tsa-invalid', 'tsa-invalid']);

    const without = await core.handlers['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: out, withoutTimestamp: true }, ctx);
    expect(without.timestamp).toBeNull();
    const started = (await core.handlers['audit:list']({ limit: 50 }, ctx)).find((e) => e.kind === 'dossier.export_started')!;
    expect(started.details).toMatchObject({ timestamp: 'declined-by-officer' });
    // A page may not choose the authority for one export: only the command line may.
    await expect(core.handlers['dossier:export']({ caseId: c.id, profile: 'police', lang: 'nl', outPath: out, overwrite: true, tsaUrl: tsa.url }, { transport: 'http' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('a log rewritten after a timestamped export — even with the chain re-hashed — fails vault check', async () => {
    const core = await captureCore();
    const c = await newCase(core);
    await core.handlers['settings:set']({ tsaUrl: tsa.url }, ctx);
    tsa.mode = 'honest';
    await exportTo(core, c.id);
    const db = core.session().db;
    expect(core.session().audit.verify().ok).toBe(true);
    // Someone with the keys edits an early entry and re-hashes everything after it.
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
    const tx = db.transaction(() => {
      let prev = '0'.repeat(64);
      for (const row of rows) {
        const details = row.seq === 2 ? JSON.stringify({ rewritten: true }) : row.details;
        const content = contentHash({ ...row, details });
        const hash = chainHash(prev, row.seq, content);
        db.prepare('UPDATE audit_log SET details = ?, content_hash = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(details, content, prev, hash, row.seq);
        prev = hash;
      }
      setSetting(db, 'audit_head', { seq: rows.at(-1)!.seq, hash: prev });
    });
    tx();
    expect(core.session().audit.verify().ok).toBe(true);
    const check = (await core.handlers['vault:check']({}, ctx)).items.find((i) => i.name === 'timestamps')!;
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toMatch(/was changed after it was timestamped/);
  });
});
