// The dossier PDF as the police liaison receives it: real pdfkit, real sharp, checked with
// the same standard tools a receiver has (poppler's pdftotext/pdfinfo/pdffonts/pdfimages,
// qpdf). No mocks: every assertion reads the produced file.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierData, RenderResult } from '../../electron/core/dossier/dossier-data';
import { renderDossierPdf } from '../../electron/core/dossier/pdf/render';
import { CASE_REF, type Fixture, NAMES, dossierFixture } from '../helpers/dossier-fixture';
import { FONT_DIR } from '../helpers/font-dir';

/** A consumer that accepts and forgets everything (for runs whose output is not inspected). */
const sink = () => new Writable({ write: (_chunk, _enc, cb) => cb() });

const dir = mkdtempSync(join(tmpdir(), 'bk-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(name: string, data: DossierData): Promise<{ file: string; result: RenderResult }> {
  const file = join(dir, `${name}.pdf`);
  const out = createWriteStream(file);
  const result = await renderDossierPdf(data, out, { fontDir: FONT_DIR });
  await finished(out);
  return { file, result };
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const text = (file: string, page?: number) => run('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']).normalize('NFC');
/** Words as a reader sees them: runs of layout whitespace collapsed. */
const words = (s: string) => s.replace(/\s+/g, ' ');
/** For values that may wrap over lines (URLs, hashes): all whitespace removed. */
const squeeze = (s: string) => s.replace(/\s+/g, '');
const pdfinfoPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1]);
const imageCount = (file: string) => run('pdfimages', ['-list', file]).trim().split('\n').slice(2).filter(Boolean).length;

describe('dossier PDF, police profile', () => {
  let fx: Fixture;
  let file: string;
  let result: RenderResult;
  let all: string;

  beforeAll(async () => {
    fx = await dossierFixture({ profile: 'police' });
    ({ file, result } = await render('police', fx.data));
    all = text(file);
  });

  it('lists every item with URL, platform, handle, local and UTC times, capturer and SHA-256', () => {
    expect(fx.expected.length).toBe(6);
    const labels = fx.expected.map((e) => `${e.label} — `);
    for (const [i, e] of fx.expected.entries()) {
      const start = all.indexOf(labels[i] ?? '');
      expect(start, `catalogue entry for ${e.label}`).toBeGreaterThan(0);
      const next = labels[i + 1];
      const end = next ? all.indexOf(next, start) : all.indexOf('Afbeeldingen', start);
      const block = all.slice(start, end > start ? end : undefined);
      expect(squeeze(block), `URL of ${e.label}`).toContain(squeeze(e.url));
      expect(words(block)).toContain(e.platform);
      expect(words(block)).toContain(e.handle);
      expect(words(block)).toContain(e.capturedBy);
      for (const t of e.times) expect(words(block), `time of ${e.label}`).toContain(t);
      if (e.sha256) expect(squeeze(block)).toContain(e.sha256);
    }
  });

  it('prints the four names as real text, not missing glyphs', () => {
    for (const name of NAMES) expect(words(all)).toContain(name);
    // Page 3 is the police page (issue 15 item 6), the persons follow the summary.
    const persons = words(text(file, 5));
    for (const name of NAMES) expect(persons).toContain(name);
  });

  it('numbers every page "pagina X van Y" with the page count pdfkit reported', () => {
    const pages = pdfinfoPages(file);
    expect(result.pages).toBeGreaterThan(10);
    expect(pages).toBe(result.pages);
    expect(Number(run('qpdf', ['--show-npages', file]).trim())).toBe(result.pages);
    for (let n = 1; n <= pages; n++) {
      const page = words(text(file, n));
      expect(page, `footer of page ${n}`).toContain(`pagina ${n} van ${pages}`);
      expect(page).toContain('VERTROUWELIJK — alleen voor de geadresseerde');
      expect(page).toContain(CASE_REF);
      expect(page).toContain('Profiel: Politie');
    }
  });

  it('passes qpdf --check and declares PDF/A-2b with every font embedded', () => {
    // qpdf exits 0 when clean, 2 on errors, 3 on warnings: execFileSync throws on any non-zero.
    expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
    const raw = readFileSync(file).toString('latin1');
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(raw).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(raw).toMatch(/\/OutputIntents/);
    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) {
      expect(line).toMatch(/DejaVu/);
      expect(line).toMatch(/\syes\s+yes\s+yes\s/); // embedded, subset, ToUnicode
    }
    expect(raw).not.toMatch(/Helvetica|Times-Roman|Courier/);
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${CASE_REF} — Bewerkte`, 'm'));
    expect(info).toMatch(/^(Author|Creator|Producer):\s+Bewijskluis$/m);
    expect(info).toMatch(new RegExp(`^Keywords:.*${CASE_REF}`, 'm'));
    expect(raw).toMatch(/\/Lang \(nl-NL\)/);
  });

  it('embeds exactly one image per item with an image loader, each on its own page', () => {
    expect(fx.loaders).toBe(4);
    expect(result.imagesEmbedded).toBe(fx.loaders);
    const list = run('pdfimages', ['-list', file]).trim().split('\n').slice(2);
    expect(list.length).toBe(fx.loaders);
    const pages = new Set(list.map((l) => l.trim().split(/\s+/)[0]));
    expect(pages.size).toBe(fx.loaders);
    // Every image is a JPEG in RGB (flattened, no alpha channel / soft mask).
    for (const l of list) expect(l).toMatch(/\simage\s+\d+\s+\d+\s+rgb\s+3\s+8\s+jpeg\s/);
  });

  it('states the confidentiality and that no images of minors are included, on the cover', () => {
    const cover = words(text(file, 1));
    expect(cover).toContain('VERTROUWELIJK — alleen voor de geadresseerde');
    expect(cover).toContain('Dit dossier bevat geen seksuele afbeeldingen van minderjarigen.');
    expect(cover).toContain('Politie Midden-Nederland, wijkagent A. Visser');
    expect(cover).toContain('24-11-2026 10:00:00 (Europe/Amsterdam, UTC+01:00)');
    expect(cover).toContain('24-11-2026 09:00:00 UTC');
  });

  it('lists URL-only and hash-only items, takedown histories, custody and the verification steps', () => {
    const w = words(all);
    expect(w).toContain('Alleen de vindplaats is vastgelegd.');
    expect(w).toContain('Alleen hashes vastgelegd; het bestand is niet bewaard.');
    expect(w).toContain('IG-7781-2231');
    expect(w).toContain('Post is niet meer bereikbaar');
    expect(w).toContain('Verstuurd — achterstallig');
    expect(w).toContain('Geen schending van de regels volgens X');
    expect(w).toMatch(/Offlimits Meldpunt \(1\)[\s\S]*Platform van de vindplaats\s+Instagram/);
    expect(w.match(/Platform van de vindplaats/g)).toHaveLength(1);
    // Audit kinds read as the app's shared labels (shared/i18n/audit-kinds-nl.ts), the log viewer's words.
    expect(w).toContain('Zaak aangemaakt'); // case.created
    expect(w).toContain('Beeld getoond'); // evidence.viewed
    expect(w).toContain('evidence: original'); // unknown audit kind 'evidence.original_exported', readable fallback
    expect(w).not.toContain('evidence.original_exported');
    for (const e of fx.data.custody) expect(w).toMatch(new RegExp(`\\b${e.seq}\\b.*?${e.hash.slice(0, 12)}`));
    expect(w).toContain('sha256sum -c SHA256SUMS');
    expect(w).toContain('-in manifest.json -sigfile manifest.sig');
    expect(w).toContain('-in SHA256SUMS -sigfile SHA256SUMS.sig');
    expect(w).toContain('bewijskluis verify FILE.zip');
    expect(squeeze(all)).toContain(fx.data.integrity.manifestSignature);
    expect(squeeze(all)).toContain(fx.data.integrity.manifestSha256);
    expect(w).not.toContain('Werknotities');
  });

  it('renders the first pages to PNG for a human look (test-results/dossier-pages)', () => {
    const outDir = join(process.cwd(), 'test-results', 'dossier-pages');
    mkdirSync(outDir, { recursive: true });
    for (const f of readdirSync(outDir)) if (f.startsWith('police-')) rmSync(join(outDir, f));
    run('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', file, join(outDir, 'police')]);
    expect(readdirSync(outDir).filter((f) => f.startsWith('police-') && f.endsWith('.png')).length).toBe(3);
  });
});

describe('dossier PDF, other profiles and languages', () => {
  it('coordinator: no images at all and none of the names', async () => {
    const fx = await dossierFixture({ profile: 'coordinator' });
    expect(fx.loaders).toBe(0);
    const { file, result } = await render('coordinator', fx.data);
    expect(result.imagesEmbedded).toBe(0);
    expect(imageCount(file)).toBe(0);
    const all = words(text(file));
    for (const name of NAMES) expect(all).not.toContain(name);
    expect(all).toContain('Betrokkene 1');
    expect(all).toContain('Profiel: Coördinator');
    expect(all).toContain('Dit dossier bevat geen seksuele afbeeldingen van minderjarigen.');
    expect(all).not.toContain('Werknotities');
  });

  it('officer: adds working notes and the step plan', async () => {
    const fx = await dossierFixture({ profile: 'officer' });
    const { file } = await render('officer', fx.data);
    const all = words(text(file));
    expect(all).toContain('Werknotities');
    expect(all).toContain('Gesprek met ouders donderdag.');
    expect(all).toContain('Stappenplan');
    expect(all).toContain('Probleem in kaart');
    expect(all).toContain('Contactpersoon:');
  });

  it('English: every page "page X of Y", English marking and statement', async () => {
    const fx = await dossierFixture({ profile: 'police', lang: 'en' });
    const { file, result } = await render('police-en', fx.data);
    const first = words(text(file, 1));
    expect(first).toContain('CONFIDENTIAL — for the addressee only');
    expect(first).toContain('This dossier contains no sexual images of minors.');
    expect(first).toContain('2026-11-24 10:00:00 (Europe/Amsterdam, UTC+01:00)');
    expect(words(text(file, result.pages))).toContain(`page ${result.pages} of ${result.pages}`);
    expect(words(text(file))).toContain('Checking authenticity');
    expect(words(text(file))).toContain('Image shown'); // evidence.viewed, the shared English audit-kind label
  });
});

describe('dossier PDF, cancel and configuration', () => {
  it('rejects with CANCELLED when aborted mid-way, and leaves the output un-ended', async () => {
    const fx = await dossierFixture({ profile: 'police' });
    const ac = new AbortController();
    const seen: number[] = [];
    const out = sink();
    const p = renderDossierPdf(fx.data, out, {
      fontDir: FONT_DIR,
      signal: ac.signal,
      onProgress: (pr) => {
        seen.push(pr.done);
        if (pr.done === 6) ac.abort(); // inside the image pages
      },
    });
    await expect(p).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(Math.max(...seen)).toBe(6);
    expect(out.writableEnded).toBe(false);
  });

  it('rejects with CANCELLED when the signal is already aborted', async () => {
    const fx = await dossierFixture({ profile: 'coordinator' });
    const ac = new AbortController();
    ac.abort();
    const out = sink();
    await expect(renderDossierPdf(fx.data, out, { fontDir: FONT_DIR, signal: ac.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(out.writableEnded).toBe(false);
  });

  it('names a missing font folder instead of falling back to a non-embedded font', async () => {
    const fx = await dossierFixture({ profile: 'coordinator' });
    const out = sink();
    await expect(renderDossierPdf(fx.data, out, { fontDir: join(dir, 'no-such-folder') })).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('refuses to render without a configured font folder instead of guessing one from its own location', async () => {
    // Guessing (relative to the module) found the fonts from source but not from the bundled
    // out/main/pdf-worker.js, so export failed in `npm start` only (issue 10).
    const fx = await dossierFixture({ profile: 'coordinator' });
    await expect(renderDossierPdf(fx.data, sink())).rejects.toMatchObject({ code: 'INTERNAL', details: { cause: 'no-font-dir' } });
  });
});
