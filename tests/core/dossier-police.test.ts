/**
 * A dossier the police can act on (issue 15 item 6), exported from the realistic case of
 * tests/helpers/people-case.ts: the custody log explains every gap in its numbering (and every
 * number from 1 to the newest entry is either printed or explained), prints full hashes;
 * originals are named by item; takedown history shows the stated and the recorded time apart;
 * platforms are listed once each, with the escalation bodies apart; each item says whether it
 * is still online; the short code is beside the full hash.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatherDossier, type GatheredDossier } from '../../electron/core/dossier/gather';
import { shortCode } from '../../shared/short-code';
import type { AuditEntry } from '../../shared/audit-types';
import { peopleCase, type PeopleCase } from '../helpers/people-case';
import { tempDir } from '../helpers/temp';
import { readZipEntries } from '../helpers/zip';

const ctx = { transport: 'test' } as const;
const words = (s: string) => s.replace(/\s+/g, ' ');
const squeeze = (s: string) => s.replace(/\s+/g, '');

interface Exported {
  gathered: GatheredDossier;
  text: string;
  raw: string;
  entries: Map<string, Buffer>;
  manifestSha256: string;
  shortCode: string;
  log: AuditEntry[];
}

describe('the police dossier of a realistic case', () => {
  let pc: PeopleCase;
  const out: Partial<Record<'police' | 'coordinator' | 'officer', Exported>> = {};

  beforeAll(async () => {
    pc = await peopleCase();
    const session = pc.core.session();
    for (const profile of ['police', 'coordinator', 'officer'] as const) {
      const zip = join(tempDir(), `${profile}.zip`);
      const r = await pc.h['dossier:export']({ caseId: pc.c.id, profile, lang: 'nl', outPath: zip, recipient: 'Politie' }, ctx);
      const entries = await readZipEntries(zip);
      const pdf = join(tempDir(), 'd.pdf');
      writeFileSync(pdf, entries.get('dossier.pdf')!);
      out[profile] = {
        // What the export gathered for its PDF, gathered again now the export's own entries are in the log.
        gathered: gatherDossier(session, pc.c.id, profile, 'nl', { recipient: 'Politie', organisation: '' }),
        text: words(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })),
        raw: execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }),
        entries,
        manifestSha256: r.manifestSha256,
        shortCode: r.shortCode,
        log: session.audit.list({ limit: 100_000 }),
      };
    }
  }, 180_000);

  it('explains every gap in the custody numbering, and every number is printed or explained', () => {
    for (const profile of ['police', 'coordinator', 'officer'] as const) {
      const { gathered, text, raw } = out[profile]!;
      const printed = new Set(gathered.custody.map((e) => e.seq));
      const explained = new Set(gathered.custodyGaps.flatMap((g) => Array.from({ length: g.to - g.from + 1 }, (_, i) => g.from + i)));
      const newest = Math.max(...printed, ...explained);
      for (let seq = 1; seq <= newest; seq++) expect(printed.has(seq) !== explained.has(seq), `${profile}: entry ${seq} printed xor explained`).toBe(true);
      expect(gathered.custodyGaps.length, profile).toBeGreaterThan(0);
      for (const g of gathered.custodyGaps) {
        const head = g.from === g.to ? `Nr. ${g.from} staat niet in dit dossier:` : `Nr. ${g.from}–${g.to} staan niet in dit dossier:`;
        expect(text, `${profile}: ${head}`).toContain(head);
        expect(g.reasons.reduce((n, r) => n + r.count, 0)).toBe(g.to - g.from + 1);
      }
      // Every printed entry carries its full chain hash (wrapped, never shortened); entries
      // after this export's start (its own "exported", later exports) were not in its PDF.
      const started = Math.max(...gathered.custody.filter((e) => e.kind === 'dossier.export_started' && e.details.profile === profile).map((e) => e.seq));
      for (const e of gathered.custody.filter((x) => x.seq <= started)) expect(squeeze(raw), `${profile}: hash of ${e.seq}`).toContain(e.hash);
    }
    // The police profile leaves out the working notes and the step plan, and says so where they were.
    const police = out.police!.gathered.custodyGaps.flatMap((g) => g.reasons.map((r) => r.reason));
    expect(police).toEqual(expect.arrayContaining(['notes', 'steps', 'vault']));
    expect(out.police!.text).toMatch(/1 werknotitie \(geen onderdeel van dit profiel\)/);
    expect(out.police!.text).toMatch(/1 wijziging van het stappenplan \(geen onderdeel van dit profiel\)/);
    // The officer's dossier prints them instead.
    expect(out.officer!.gathered.custodyGaps.flatMap((g) => g.reasons.map((r) => r.reason))).not.toContain('notes');
    expect(out.officer!.gathered.custody.some((e) => e.kind === 'note.added')).toBe(true);
  });

  it('names the originals by item and platform, in the ZIP, the manifest and the PDF', () => {
    const { entries, text } = out.police!;
    const ref = pc.c.ref;
    const originals = [...entries.keys()].filter((n) => n.startsWith('originals/')).sort();
    expect(originals).toEqual([`originals/${ref}-01_Instagram.png`, `originals/${ref}-02_WhatsApp.png`, `originals/${ref}-03_instagram.png`, `originals/${ref}-04_Snapchat.mp4`]);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as { files: { path: string }[]; items: { label: string; file: string | null }[] };
    expect(manifest.files.map((f) => f.path).sort()).toEqual(originals);
    expect(manifest.items.find((i) => i.label === `${ref}/1`)!.file).toBe(`originals/${ref}-01_Instagram.png`);
    expect(squeeze(text)).toContain(squeeze(`Origineel in bundel originals/${ref}-01_Instagram.png`));
    // Every original still matches SHA256SUMS (verified by the bundle tests too).
    expect(entries.get('SHA256SUMS')!.toString('utf8')).toContain(`originals/${ref}-04_Snapchat.mp4`);
  });

  it('shows the stated time and the recorded time of a status change apart', () => {
    const tiktok = out.police!.gathered.takedowns.find((r) => r.occurrence.url.includes('tiktok'))!;
    const sent = tiktok.history.find((h) => h.to === 'sent')!;
    expect(sent.recordedAt).not.toBeNull();
    expect(Date.parse(sent.recordedAt!) - Date.parse(sent.at)).toBe(2 * 86_400_000);
    const { text } = out.police!;
    expect(text).toContain('Gebeurd op (opgegeven)');
    expect(text).toContain('Vastgelegd in de kluis');
    expect(text).toContain('16-11-2026 11:00:00 (+01:00)');
    expect(text).toContain('18-11-2026 11:00:00 (+01:00)');
  });

  it('lists each platform once and the escalation bodies apart, and says per item whether it is still online', () => {
    const { text } = out.police!;
    const platforms = /Platforms (.*?) Geëscaleerd naar (.*?) Betrokkenen/.exec(text);
    expect(platforms, 'summary rows').not.toBeNull();
    // "Instagram" and "instagram ", "X" and the catalogue's "X (Twitter)": each platform once.
    expect(platforms![1]!.split(', ')).toEqual(['Instagram', 'Snapchat', 'TikTok', 'WhatsApp', 'X (Twitter)']);
    expect(platforms![2]).toMatch(/Politie/);
    expect(platforms![2]).toMatch(/Offlimits/);
    expect(text).toContain('Nog online?');
    expect(text).toMatch(/Weg: gecontroleerd op 16-11-2026 11:00:00 \(Europe\/ ?Amsterdam, UTC\+01:00\) · 16-11-2026 10:00:00 UTC door Fatima El Amrani/);
    expect(text).toContain('Verwijderd volgens het platform');
    expect(text).toContain('Nog online bij de laatste waarneming');
  });

  it('prints the short code beside the full manifest hash, and says what it does not prove', () => {
    const { text, manifestSha256, shortCode: code } = out.police!;
    expect(code).toBe(shortCode(manifestSha256));
    expect(text).toContain(`Korte controlecode ${code}`);
    expect(squeeze(text)).toContain(manifestSha256);
    expect(text).toContain('Hij bewijst niet dat de bestanden onveranderd zijn');
  });
});
