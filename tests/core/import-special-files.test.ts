/**
 * Issue 12 item 5: only regular files are read, each read bounded by the import limit whatever
 * stat says. Real FIFOs, sockets, devices, /proc files and links on this machine, through the
 * core's own handlers (evidence:import-paths, the CLI's channel). A FIFO that hangs the open
 * fails these tests by the vitest timeout (no wall-clock assertion here).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/evidence-types';
import { AppError } from '../../shared/errors';
import { openRegularFile } from '../../electron/core/files/regular-file';
import { importBatch, pathSource } from '../../electron/core/evidence/import-batch';
import { getCase } from '../../electron/core/case/case-repo';
import { importLimits } from '../../electron/core/settings/settings';
import { screenshot } from '../helpers/images';
import { PASS, newCore, tempDir } from '../helpers/temp';

const ctx = { transport: 'cli' } as const;
const MB = 1024 * 1024;
const posix = process.platform !== 'win32';
// Linux kernel files: fstat calls them regular with size 0, yet they have content
// (/proc/self/status about 1.4 kB, /proc/kallsyms several MB, mode 0444).
const hasProc = existsSync('/proc/self/status') && existsSync('/proc/kallsyms');
if (!posix) console.info('import-special-files: skipped on Windows (no FIFOs, sockets as files or /dev/zero there).');
else if (!hasProc) console.info('import-special-files: /proc is not mounted here; the /proc cases are left out.');

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

async function unixSocket(path: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
}

async function setup(maxImportMb: number) {
  const core = newCore();
  const h = core.handlers;
  await h['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
  await h['settings:set']({ maxImportMb }, ctx);
  const c = await h['case:create']({ title: 'Screenshots groepsapp', category: 'hurtful-meme' }, ctx);
  const importPaths = (paths: string[]) => h['evidence:import-paths']({ caseId: c.id, meta: {}, paths }, ctx);
  return { core, h, caseId: c.id, importPaths };
}

function outcome(report: ImportReport) {
  return report.results.map((r) => [r.file, r.status, r.error?.code ?? null, r.error?.reason ?? null, r.error?.details?.kind ?? null]);
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe.runIf(posix)('import of files that are not regular files', { timeout: 60_000 }, () => {
  it('a batch with a FIFO, /dev/zero, /proc files, a socket, a link and a folder stores the screenshots and refuses each other one with its reason', async () => {
    const { h, caseId, importPaths } = await setup(1);
    const dir = tempDir();
    const first = join(dir, 'eerste.png');
    const last = join(dir, 'laatste.png');
    await fs.writeFile(first, await screenshot('Eerste', { hue: 20 }));
    await fs.writeFile(last, await screenshot('Laatste', { hue: 160 }));
    mkfifo(join(dir, 'pijp.png')); // a FIFO nobody writes to: opening it without O_NONBLOCK blocks forever
    await fs.symlink(first, join(dir, 'link.png'));
    await unixSocket(join(dir, 'sok.png'));
    const proc = hasProc ? ['/proc/self/status', '/proc/kallsyms'] : [];
    const report = await importPaths([first, join(dir, 'pijp.png'), '/dev/zero', ...proc, join(dir, 'link.png'), join(dir, 'sok.png'), last]);

    expect(outcome(report)).toEqual([
      ['eerste.png', 'stored', null, null, null],
      ['pijp.png', 'rejected', 'UNSUPPORTED_FILE', 'not-regular', 'fifo'],
      ['zero', 'rejected', 'UNSUPPORTED_FILE', 'not-regular', 'character-device'],
      // fstat says 0 bytes and bytes come anyway: a kernel file, not something a user saved.
      ...(hasProc ? [['status', 'rejected', 'UNSUPPORTED_FILE', 'not-regular', 'virtual']] : []),
      // Size 0 by fstat, megabytes when read: the read stopped at 1 MB + 1 byte.
      ...(hasProc ? [['kallsyms', 'rejected', 'FILE_TOO_LARGE', 'too-large', null]] : []),
      ['link.png', 'rejected', 'UNSUPPORTED_FILE', 'symlink', null],
      ['sok.png', 'rejected', 'UNSUPPORTED_FILE', 'not-regular', 'socket'],
      ['laatste.png', 'stored', null, null, null],
    ]);
    if (hasProc) expect(report.results[4]!.error!.details).toMatchObject({ size: MB + 1, limit: MB });
    expect((await h['evidence:list']({ caseId }, ctx)).map((i) => i.fileName).sort()).toEqual(['eerste.png', 'laatste.png']);
    // Nothing was left in the report for a list of named files: they were all tried.
    expect(report.skipped).toEqual([]);
  });

  it('a folder named among the files is imported; the same folder opened as a file is refused as not a regular file', async () => {
    const { importPaths } = await setup(1);
    const dir = tempDir();
    await fs.mkdir(join(dir, 'map'));
    await fs.writeFile(join(dir, 'map', 'in-map.png'), await screenshot('In map'));
    const report = await importPaths([join(dir, 'map')]);
    expect(outcome(report)).toEqual([['in-map.png', 'stored', null, null, null]]);

    const asFile = pathSource(join(dir, 'map'));
    const err = await rejection(asFile.size());
    expect(err).toMatchObject({ code: 'UNSUPPORTED_FILE', details: { reason: 'not-regular', kind: 'directory' } });
    await asFile.close?.();
  });

  it('reads at most limit + 1 bytes whatever fstat said', async ({ skip }) => {
    if (!hasProc) skip('no /proc on this machine');
    const file = await openRegularFile('/proc/self/status');
    expect(file.size).toBe(0);
    const err = await rejection(file.read(1000));
    expect(err).toMatchObject({ code: 'FILE_TOO_LARGE', details: { reason: 'too-large', size: 1001, limit: 1000 } });
  });

  it('reads the file it opened: what happens to the path afterwards changes nothing, and a file that grows or shrinks meanwhile is refused', async () => {
    const dir = tempDir();
    const shot = await screenshot('Origineel');
    const path = join(dir, 'bewijs.png');
    await fs.writeFile(path, shot);

    // Opened (size asked, as the batch does), then the path is swapped for a FIFO: the bytes
    // still come from the file that was opened and checked.
    const src = pathSource(path);
    expect(await src.size()).toBe(shot.length);
    await fs.rename(path, join(dir, 'weg.png'));
    mkfifo(path);
    expect(Buffer.compare(await src.read(MB), shot)).toBe(0);
    await src.close?.();
    await fs.rm(path);

    await fs.writeFile(path, shot);
    const growing = pathSource(path);
    await growing.size();
    await fs.appendFile(path, Buffer.alloc(1000, 7)); // a download still running
    expect(await rejection(growing.read(MB))).toMatchObject({ code: 'IO', details: { reason: 'changed-while-reading', size: shot.length + 1000, declared: shot.length } });

    await fs.writeFile(path, shot);
    const shrinking = pathSource(path);
    await shrinking.size();
    await fs.truncate(path, 100);
    expect(await rejection(shrinking.read(MB))).toMatchObject({ code: 'IO', details: { reason: 'changed-while-reading', size: 100 } });

    await fs.writeFile(path, shot);
    const pastLimit = pathSource(path);
    await pastLimit.size();
    await fs.appendFile(path, Buffer.alloc(2 * shot.length, 7));
    expect(await rejection(pastLimit.read(2 * shot.length))).toMatchObject({ code: 'FILE_TOO_LARGE', details: { reason: 'too-large', size: 2 * shot.length + 1 } });
  });

  it('holds no file open afterwards: not for a refused file, not for one whose batch was cancelled before it was read', async ({ skip }) => {
    if (!existsSync('/proc/self/fd')) skip('no /proc/self/fd to count open files');
    const { core, caseId } = await setup(1);
    const dir = tempDir();
    const shot = join(dir, 'a.png');
    await fs.writeFile(shot, await screenshot('Open'));
    mkfifo(join(dir, 'pijp'));
    const session = core.session();
    const env = { session, case: getCase(session.db, caseId), meta: {}, hashOnly: false, limits: importLimits(session.db), actor: 'Vertrouwenspersoon', via: 'test' as const, minors: [] };
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    // Cancelled as the first file is about to start: its size was asked (the file opened), never read.
    const cancelled = await importBatch(env, [pathSource(shot), pathSource(join(dir, 'pijp'))], { batchId: 'c', cancelled: () => 'user' });
    expect(cancelled.results.map((r) => r.error?.code)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(openFiles()).toBe(before);
    const done = await importBatch(env, [pathSource(join(dir, 'pijp')), pathSource('/dev/zero'), pathSource(shot)], { batchId: 'd' });
    expect(done.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'stored']);
    expect(openFiles()).toBe(before);
  });

  it('a folder import reports what it left out (dotfiles, dot-folders, links, FIFOs, sockets) and imports the rest, sub-folders included', async () => {
    const { importPaths } = await setup(5);
    const dir = tempDir();
    const root = join(dir, 'telefoon-export');
    await fs.mkdir(join(root, 'DCIM', '.thumbnails'), { recursive: true });
    await fs.writeFile(join(root, 'a.png'), await screenshot('A', { hue: 40 }));
    await fs.writeFile(join(root, 'DCIM', 'b.png'), await screenshot('B', { hue: 250 }));
    await fs.writeFile(join(root, 'DCIM', '.thumbnails', 'b-klein.png'), await screenshot('B klein', { width: 100, height: 150 }));
    await fs.writeFile(join(root, '.DS_Store'), 'Bud1');
    await fs.symlink(join(root, 'a.png'), join(root, 'link-naar-a.png'));
    await fs.symlink('/etc', join(root, 'link-naar-map'));
    mkfifo(join(root, 'DCIM', 'pijp'));
    await unixSocket(join(root, 'sok'));

    const report = await importPaths([root]);
    // Sorted by full path: DCIM/ before a.png (upper case first, as the import always did).
    expect(outcome(report)).toEqual([
      ['b.png', 'stored', null, null, null],
      ['a.png', 'stored', null, null, null],
    ]);
    expect(report.skipped).toEqual(
      [
        { file: join(root, '.DS_Store'), reason: 'dotfile' },
        { file: join(root, 'DCIM', '.thumbnails'), reason: 'dotfile' },
        { file: join(root, 'DCIM', 'pijp'), reason: 'not-regular' },
        { file: join(root, 'link-naar-a.png'), reason: 'symlink' },
        { file: join(root, 'link-naar-map'), reason: 'symlink' },
        { file: join(root, 'sok'), reason: 'not-regular' },
      ].sort((a, b) => (a.file < b.file ? -1 : 1)),
    );
  });

  it('a sub-folder that cannot be listed is reported as skipped, and the rest of the folder is still imported', async ({ skip }) => {
    if (process.getuid?.() === 0) skip('running as root: a folder without read permission can still be listed');
    const { importPaths } = await setup(5);
    const root = join(tempDir(), 'map');
    await fs.mkdir(join(root, 'dicht'), { recursive: true });
    await fs.writeFile(join(root, 'a.png'), await screenshot('A'));
    await fs.chmod(join(root, 'dicht'), 0o000);
    try {
      const report = await importPaths([root]);
      expect(outcome(report)).toEqual([['a.png', 'stored', null, null, null]]);
      expect(report.skipped).toEqual([{ file: join(root, 'dicht'), reason: 'unreadable' }]);
    } finally {
      await fs.chmod(join(root, 'dicht'), 0o700);
    }
  });
});
