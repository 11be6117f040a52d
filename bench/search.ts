/**
 * Search benchmark at scale (issue: "keep it fast at 100k items"). Fills a fresh vault with
 * N evidence items over 500 cases through the repositories (real SQLCipher + FTS5), then
 * times search:query for typical questions against a floor: the bare FTS5 MATCH on the same
 * database. Prints medians in milliseconds.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../electron/core/create-core';
import { createCase } from '../electron/core/case/case-repo';
import { insertItem } from '../electron/core/evidence/evidence-repo';
import { countArg, median } from './rss';

const PLATFORMS = ['Instagram', 'TikTok', 'Snapchat', 'WhatsApp', 'X', 'Telegram', 'Discord', 'YouTube'];
const WORDS = ['expose', 'meme', 'klas', 'schoolplein', 'filmpje', 'groepsapp', 'docent', 'nepaccount', 'story', 'reel', 'gedeeld', 'doorgestuurd'];

const medianMs = (xs: number[]): number => +median(xs).toFixed(2);

export async function benchSearch(args: string[]) {
  const n = countArg(args, 100_000);
  const work = await mkdtemp(join(tmpdir(), 'bk-bench-'));
  try {
    const core = createCore({ vaultDir: join(work, 'vault') });
    const ctx = { transport: 'test' as const };
    await core.handlers['vault:create']({ passphrase: 'Benchmark kluis met lange zin 2026', ownerName: 'bench' }, ctx);
    const s = core.session();
    const t0 = performance.now();
    const cases = s.tx(() => Array.from({ length: 500 }, (_, i) => createCase(s.db, { title: `Zaak ${i} ${WORDS[i % WORDS.length]}`, category: 'hurtful-meme' }, new Date(), 'bench')));
    const now = new Date().toISOString();
    for (let start = 0; start < n; start += 10_000) {
      s.tx(() => {
        for (let i = start; i < Math.min(n, start + 10_000); i++) {
          const p = PLATFORMS[i % PLATFORMS.length]!;
          insertItem(s.db, {
            caseId: cases[i % cases.length]!.id, kind: 'url', platform: p, url: `https://www.${p.toLowerCase()}.com/p/${i.toString(36)}`, handle: `@account${i % 5000}`,
            postedAt: null, seenAt: now, capturedAt: now, timeZone: 'Europe/Amsterdam', capturedBy: 'bench', captureMethod: 'own-screenshot',
            description: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} item ${i}`, sexual: false, violence: false, minor: 'unknown',
            fileName: null, mime: null, size: null, width: null, height: null, sha256: null, pdq: null, pdqQuality: null, pdqDihedral: null, blobId: null, thumbBlobId: null,
          });
        }
      });
    }
    const fillSeconds = (performance.now() - t0) / 1000;
    const queries = [{ text: 'account4242' }, { text: 'expose nepaccount' }, { text: 'schoolplein', platform: 'TikTok' }, { text: 'zaak 42' }, { platform: 'Discord' }];
    const app: number[] = [];
    const floor: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = 0; round < 15; round++) {
      for (const q of queries) {
        const a = performance.now();
        await core.handlers['search:query'](q, ctx);
        const ms = performance.now() - a;
        app.push(ms);
        perQuery.set(JSON.stringify(q), [...(perQuery.get(JSON.stringify(q)) ?? []), ms]);
        if (q.text) {
          const b = performance.now();
          s.db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 50').all(`"${q.text.split(' ')[0]}"*`);
          floor.push(performance.now() - b);
        }
      }
    }
    await core.close();
    return { bench: 'search', items: n, cases: cases.length, fillSeconds: +fillSeconds.toFixed(1), searchMedianMs: medianMs(app), searchP95Ms: +[...app].sort((x, y) => x - y)[Math.floor(app.length * 0.95)]!.toFixed(2), floorFtsMedianMs: medianMs(floor), perQueryMedianMs: Object.fromEntries([...perQuery].map(([k, v]) => [k, medianMs(v)])) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
