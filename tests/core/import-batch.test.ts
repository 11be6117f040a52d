import { describe, expect, it } from 'vitest';
import { getCase } from '../../electron/core/case/case-repo';
import { importBatch } from '../../electron/core/evidence/import-batch';
import type { ImportEnv, ImportSource } from '../../electron/core/evidence/import-file';
import { readDbState } from '../../electron/core/vault/header-state';
import { PASS, newCore } from '../helpers/temp';

const ctx = { transport: 'test' } as const;

async function setup(): Promise<ImportEnv> {
  const core = newCore();
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
  const c = await core.handlers['case:create']({ title: 'Chatberichten', category: 'hurtful-meme' }, ctx);
  const session = core.session();
  return { session, case: getCase(session.db, c.id), meta: {}, hashOnly: false, limits: { maxBytes: 1024 * 1024, maxPixels: 1e8 }, actor: 'Vertrouwenspersoon', via: 'test', minors: [] };
}

/** Text files whose reads record which files were in flight at that moment. */
function recorder() {
  const inFlight = new Set<string>();
  const seenAtRead = new Map<string, string[]>();
  const sizeAsked = new Map<string, number>();
  const source = (name: string, text: string): ImportSource => {
    const bytes = Buffer.from(text);
    return {
      name,
      size: async () => {
        sizeAsked.set(name, (sizeAsked.get(name) ?? 0) + 1);
        return bytes.length;
      },
      read: async () => {
        inFlight.add(name);
        seenAtRead.set(name, [...inFlight]);
        return Buffer.from(bytes);
      },
    };
  };
  return { source, inFlight, seenAtRead, sizeAsked };
}

describe('import batch scheduling', () => {
  it('runs several files at once, never more than allowed, a file over the byte budget alone, and commits in input order (each file its own transaction)', async () => {
    const env = await setup();
    const rec = recorder();
    const small = (i: number) => rec.source(`bericht-${i}.txt`, `Bericht ${i}: wie heeft dit gedeeld?`);
    const big = rec.source('export-groepsapp.txt', 'X'.repeat(500));
    const sources = [small(0), small(1), small(2), small(3), big, small(4), small(5), rec.source('kopie.txt', 'Bericht 0: wie heeft dit gedeeld?'), small(6)];
    const progress: number[] = [];
    const report = await importBatch(env, sources, {
      batchId: 'b1',
      concurrency: 3,
      byteBudget: 200,
      commitGroup: null,
      onProgress: (p) => {
        rec.inFlight.delete(p.file);
        progress.push(p.done);
      },
    });

    const counts = [...rec.seenAtRead.values()].map((names) => names.length);
    expect(Math.max(...counts)).toBe(3);
    expect(rec.seenAtRead.get('export-groepsapp.txt')).toEqual(['export-groepsapp.txt']);
    for (const [name, names] of rec.seenAtRead) if (name !== 'export-groepsapp.txt') expect(names, name).not.toContain('export-groepsapp.txt');

    expect(report.results.map((r) => r.file)).toEqual(sources.map((s) => s.name));
    expect(report.results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored', 'stored', 'stored', 'stored', 'stored', 'duplicate', 'stored']);
    expect(report.results[7]!.itemId).toBe(report.results[0]!.itemId);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // One stat per file: the budget and the size limit share it.
    expect([...rec.sizeAsked.values()]).toEqual(sources.map(() => 1));
    const byNumber = (env.session.db.prepare('SELECT file_name FROM evidence_items ORDER BY item_no').all() as { file_name: string }[]).map((r) => r.file_name);
    expect(byNumber).toEqual(sources.map((s) => s.name).filter((n) => n !== 'kopie.txt'));
  });

  it('with a commit group: the same results in input order, a file over the budget alone, and fewer transactions than files', async () => {
    const env = await setup();
    const rec = recorder();
    const small = (i: number) => rec.source(`bericht-${i}.txt`, `Bericht ${i}: wie heeft dit gedeeld?`);
    const big = rec.source('export-groepsapp.txt', 'X'.repeat(500));
    const sources = [small(0), small(1), small(2), small(3), big, small(4), small(5), rec.source('kopie.txt', 'Bericht 0: wie heeft dit gedeeld?'), small(6), small(7), small(8), small(9)];
    const progress: number[] = [];
    const generation = () => readDbState(env.session.db).generation;
    const before = generation();
    const report = await importBatch(env, sources, {
      batchId: 'b2',
      concurrency: 3,
      byteBudget: 200,
      commitGroup: { maxItems: 4, maxWaitMs: 25 },
      onProgress: (p) => {
        rec.inFlight.delete(p.file);
        progress.push(p.done);
      },
    });
    const transactions = generation() - before;
    expect(report.results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored', 'stored', 'stored', 'stored', 'stored', 'duplicate', 'stored', 'stored', 'stored', 'stored']);
    expect(report.results[7]!.itemId).toBe(report.results[0]!.itemId);
    expect(progress).toEqual(sources.map((_, i) => i + 1));
    // The big file is read while no other file holds bytes; at most 3 decode plus one group waiting.
    expect(rec.seenAtRead.get('export-groepsapp.txt')).toEqual(['export-groepsapp.txt']);
    expect(Math.max(...[...rec.seenAtRead.values()].map((n) => n.length))).toBeLessThanOrEqual(3 + 4);
    // Per file alone it takes a journal commit and a row commit each (2 x 11 here); grouped, far fewer.
    expect(transactions).toBeGreaterThan(0);
    expect(transactions).toBeLessThan(11);
    const byNumber = (env.session.db.prepare('SELECT file_name FROM evidence_items ORDER BY item_no').all() as { file_name: string }[]).map((r) => r.file_name);
    expect(byNumber).toEqual(sources.map((s) => s.name).filter((n) => n !== 'kopie.txt'));
    expect((env.session.db.prepare('SELECT count(*) AS n FROM pending_files').get() as { n: number }).n).toBe(0);
  });

  it('in a commit group one file whose row fails does not take the others down', async () => {
    const env = await setup();
    const rec = recorder();
    // A second file under an item number the first already took: its insert fails, in the group's transaction and alone.
    const db = env.session.db;
    db.exec(`CREATE TEMP TRIGGER refuse_third BEFORE INSERT ON evidence_items WHEN NEW.file_name = 'derde.txt' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    const report = await importBatch(env, [rec.source('eerste.txt', 'een'), rec.source('tweede.txt', 'twee'), rec.source('derde.txt', 'drie'), rec.source('vierde.txt', 'vier')], { batchId: 'b4', commitGroup: { maxItems: 8, maxWaitMs: 25 } });
    expect(report.results.map((r) => r.status)).toEqual(['stored', 'stored', 'rejected', 'stored']);
    expect((db.prepare('SELECT file_name FROM evidence_items ORDER BY item_no').all() as { file_name: string }[]).map((r) => r.file_name)).toEqual(['eerste.txt', 'tweede.txt', 'vierde.txt']);
    // The refused file's blob is still in the journal: the next unlock removes it (pending-files.ts).
    expect((db.prepare('SELECT count(*) AS n FROM pending_files').get() as { n: number }).n).toBe(1);
  });

  it('a failure nobody foresaw is INTERNAL for that file only, and logged in full for support', async () => {
    const env = await setup();
    const logged: string[] = [];
    const rec = recorder();
    // A source that hands back something that is not bytes: a programming error, not the user's.
    const odd: ImportSource = { name: 'vreemd.bin', size: async () => 3, read: async () => ({ length: 3 }) as unknown as Buffer };
    const report = await importBatch({ ...env, logger: { info: () => {}, warn: () => {}, error: (m) => logged.push(m) } }, [odd, rec.source('b.txt', 'tweede')], { batchId: 'b3' });
    expect(report.results.map((r) => [r.status, r.error?.code ?? null])).toEqual([
      ['rejected', 'INTERNAL'],
      ['stored', null],
    ]);
    expect(logged).toEqual(['importing one file failed']);
  });

  it('a file whose size cannot be read is reported, and the rest of the batch is stored', async () => {
    const env = await setup();
    const rec = recorder();
    const broken: ImportSource = { name: 'weg.txt', size: () => Promise.reject(Object.assign(new Error('gone'), { code: 'ENOENT' })), read: () => Promise.reject(new Error('unreachable')) };
    const report = await importBatch(env, [rec.source('a.txt', 'eerste'), broken, rec.source('b.txt', 'tweede')], { batchId: 'b2' });
    expect(report.results.map((r) => [r.file, r.status, r.error?.code ?? null])).toEqual([
      ['a.txt', 'stored', null],
      ['weg.txt', 'rejected', 'IO'],
      ['b.txt', 'stored', null],
    ]);
  });
});
