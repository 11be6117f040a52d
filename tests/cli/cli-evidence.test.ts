import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/scan';
import { PASS, tempDir } from '../helpers/temp';
import { screenshot } from '../helpers/images';
import { CLI_FROM_SOURCE } from '../helpers/cli-from-source';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI_FROM_SOURCE, ...args], { cwd: ROOT, env: { ...process.env, BEWIJSKLUIS_PASSPHRASE: PASS }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.trim().split('\n').filter(Boolean) };
}

describe('CLI: cases and evidence', { timeout: 180_000 }, () => {
  it('creates a case, adds files with one JSON line each, reports duplicates, lists them, and hashes with pdq', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    expect(cli(['vault', 'init', '--vault', vault]).code).toBe(0);
    const created = cli(['case', 'create', '--vault', vault, '--title', 'Meme in groepsapp', '--category', 'hurtful-meme']);
    expect(created.stdout.trim()).toMatch(/^20\d\d-001$/);
    const ref = created.stdout.trim();
    const a = join(dir, 'a.png');
    const b = join(dir, 'b.txt');
    await fs.writeFile(a, await screenshot('CLI'));
    await fs.writeFile(b, 'gewone tekst');
    await fs.writeFile(join(dir, 'nep.png'), 'geen plaatje');
    const add = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--platform', 'TikTok', '--url', 'https://www.tiktok.com/@x/video/1', '--seen-at', '2026-11-20T19:05:00+01:00', a, a, join(dir, 'nep.png'), b]);
    expect(add.code).toBe(1); // one file was rejected
    const lines = add.lines.map((l) => JSON.parse(l) as { file: string; status: string; id: string | null; sha256: string | null; pdq: string | null; quality: number | null; error: { code: string; message: string } | null });
    expect(lines.map((l) => [l.file, l.status])).toEqual([
      ['a.png', 'stored'],
      ['a.png', 'duplicate'],
      ['nep.png', 'rejected'],
      ['b.txt', 'stored'],
    ]);
    expect(Object.keys(lines[0]!)).toEqual(expect.arrayContaining(['file', 'status', 'id', 'sha256', 'pdq', 'quality', 'error']));
    expect(lines[2]!.error).toMatchObject({ code: 'UNSUPPORTED_FILE' });
    expect(lines[2]!.error!.message).toContain('geen afbeelding');

    const list = JSON.parse(cli(['evidence', 'list', '--vault', vault, '--case', ref, '--json']).stdout) as { label: string; seenAt: string }[];
    expect(list.map((i) => i.label)).toEqual([`${ref}/1`, `${ref}/2`]);
    expect(list[0]!.seenAt).toBe('2026-11-20T18:05:00.000Z');

    const pdq = cli(['pdq', a]);
    expect(pdq.stdout).toMatch(new RegExp(`^${lines[0]!.pdq},${lines[0]!.quality},${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));
  });

  it('refuses an image for a sexual case with an unknown-age person, stores nothing, and explains where to report', async () => {
    const dir = tempDir();
    const vault = join(dir, 'kluis');
    cli(['vault', 'init', '--vault', vault]);
    const ref = cli(['case', 'create', '--vault', vault, '--title', 'Naaktfoto', '--category', 'nude-photo']).stdout.trim();
    const a = join(dir, 'foto.png');
    await fs.writeFile(a, await screenshot('verboden'));
    const add = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--minor', 'unknown', '--lang', 'en', a]);
    expect(add.code).toBe(1);
    const line = JSON.parse(add.lines[0]!) as { status: string; error: { code: string; message: string } };
    expect(line).toMatchObject({ status: 'rejected', error: { code: 'FORBIDDEN_CONTENT' } });
    expect(line.error.message).toMatch(/police 0900-8844/);
    expect(line.error.message).toMatch(/Offlimits/);
    expect(line.error.message).toMatch(/Helpwanted/);
    expect(await listFiles(join(vault, 'blobs'))).toEqual([]);

    const hashOnly = cli(['evidence', 'add', '--vault', vault, '--case', ref, '--hash-only', '--url', 'https://example.org/p/1', a]);
    expect(hashOnly.code).toBe(0);
    expect(JSON.parse(hashOnly.lines[0]!)).toMatchObject({ status: 'stored', error: null });
    expect(await listFiles(join(vault, 'blobs'))).toEqual([]);
  });
});
