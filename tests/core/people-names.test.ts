/**
 * Redaction that holds (issue 15 item 3) and the right of access (item 4), on a realistic case
 * (tests/helpers/people-case.ts). Every name the vault holds for the case is harvested from the
 * database itself — persons, staff, the capturer texts, who sent or checked a request, who set
 * the legal hold, the owner and the notices' sender — and each one, and each part of a person's
 * or staff member's name, is looked for in everything a profile hands out: the PDF's text (as
 * pdftotext reads it, with and without layout, and its metadata), manifest.json, README.txt,
 * SHA256SUMS and the ZIP's entry names. The police and officer profiles may hold them; the
 * coordinator profile holds none. Then the access letter of every person, in both languages,
 * holds no other person's name, no case title or description, no working note.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/open';
import { peopleCase, type PeopleCase } from '../helpers/people-case';
import { tempDir } from '../helpers/temp';
import { readZipEntries } from '../helpers/zip';

const ctx = { transport: 'test' } as const;

interface Harvest {
  /** Whole names as stored. */
  full: string[];
  /** Each part of a person's or staff member's name (first names and surnames, 4 letters or more). */
  parts: string[];
}

/** Every name the vault holds for the case, read from the database, not from the app's own lists. */
function harvest(db: Db, caseId: string, ownerName: string): Harvest {
  const col = (sql: string, ...args: string[]) => (db.prepare(sql).pluck().all(...args) as (string | null)[]).filter((v): v is string => !!v && v.trim() !== '');
  const persons = col('SELECT name FROM persons WHERE case_id = ?', caseId);
  const staff = col('SELECT name FROM staff');
  const full = [
    ...persons,
    ...staff,
    ...col('SELECT captured_by FROM evidence_items WHERE case_id = ?', caseId),
    ...col('SELECT sent_by FROM takedown_requests WHERE case_id = ?', caseId),
    ...col('SELECT removal_checked_by FROM takedown_requests WHERE case_id = ?', caseId),
    ...col('SELECT e.by FROM takedown_events e JOIN takedown_requests r ON r.id = e.request_id WHERE r.case_id = ?', caseId),
    ...col('SELECT hold_set_by FROM cases WHERE id = ?', caseId),
    ...col(`SELECT json_extract(value, '$') FROM settings WHERE key = 'sender_name'`),
    ownerName,
  ];
  const parts = [...persons, ...staff].flatMap((n) => n.split(/\s+/)).filter((w) => /^\p{Lu}\p{L}{3,}$/u.test(w));
  return { full: [...new Set(full)], parts: [...new Set(parts)] };
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names (and name parts) that occur in `text`: as written, across a line break, or as a whole word. */
function found(text: string, h: Harvest, allowed: readonly string[] = []): string[] {
  const ok = new Set(allowed.map(norm));
  const okParts = new Set(allowed.flatMap((n) => n.split(/\s+/)).map(norm));
  const hits = h.full.filter((n) => !ok.has(norm(n)) && (norm(text).includes(norm(n)) || squeeze(text).includes(squeeze(n))));
  const partHits = h.parts.filter((p) => !okParts.has(norm(p)) && new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'iu').test(text.normalize('NFC')));
  return [...hits, ...partHits];
}

function pdfText(file: string): string {
  return [execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }), execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }), execFileSync('pdfinfo', [file], { encoding: 'utf8' })].join('\n');
}

/** Everything a dossier bundle hands out, as text: the PDF (text and metadata), every other file, every entry name. */
async function bundleText(zip: string): Promise<{ all: string; names: string[]; manifest: string }> {
  const entries = await readZipEntries(zip);
  const dir = tempDir();
  const pdf = join(dir, 'dossier.pdf');
  writeFileSync(pdf, entries.get('dossier.pdf')!);
  const others = [...entries].filter(([n]) => n !== 'dossier.pdf' && !n.startsWith('originals/')).map(([n, b]) => `${n}\n${b.toString('utf8')}`);
  return { all: [pdfText(pdf), ...others, ...entries.keys()].join('\n'), names: [...entries.keys()], manifest: entries.get('manifest.json')!.toString('utf8') };
}

const ROLES = ['victim', 'originator', 'spreader', 'reporter', 'witness', 'contact'] as const;
type Role = (typeof ROLES)[number];

describe('the people in a case: redaction and the right of access', () => {
  let pc: PeopleCase;
  let names: Harvest;
  const bundles: Record<'police' | 'officer' | 'coordinator', { all: string; names: string[]; manifest: string }> = {} as never;
  const letters = new Map<string, { text: string; cases: number }>();
  const request: { dueOn?: string; extendedDueOn?: string; text?: string; letterAt?: string | null; otherPerson?: unknown } = {};

  // Everything is made here, while the vault is open (the test helpers lock every core after each test).
  beforeAll(async () => {
    pc = await peopleCase();
    names = harvest(pc.core.session().db, pc.c.id, pc.core.session().ownerName);
    for (const profile of ['police', 'officer', 'coordinator'] as const) {
      const out = join(tempDir(), `dossier-${profile}.zip`);
      await pc.h['dossier:export']({ caseId: pc.c.id, profile, lang: 'nl', outPath: out, recipient: profile === 'police' ? 'Politie Midden-Nederland, jeugd en zeden' : 'Zorgcoördinator' }, ctx);
      bundles[profile] = await bundleText(out);
    }
    for (const role of ROLES) {
      for (const lang of ['nl', 'en'] as const) {
        const out = join(tempDir(), `inzage-${role}-${lang}.pdf`);
        const r = await pc.h['person:report']({ personId: pc.persons[role].id, lang, outPath: out }, ctx);
        letters.set(`${role}/${lang}`, { text: pdfText(out), cases: r.cases });
      }
    }
    const withheld = join(tempDir(), 'inzage-verdachte.pdf');
    await pc.h['person:report']({ personId: pc.persons.spreader.id, lang: 'nl', outPath: withheld, withholdPolice: true }, ctx);
    letters.set('spreader/withheld', { text: pdfText(withheld), cases: 1 });
    const me = pc.persons.spreader;
    const req = await pc.h['person:add-access-request']({ personId: me.id, receivedOn: '2026-11-18' }, ctx);
    request.dueOn = req.dueOn;
    request.extendedDueOn = (await pc.h['person:update-access-request']({ requestId: req.id, patch: { extensionReason: 'Het verzoek betreft meerdere zaken.' } }, ctx)).dueOn;
    const out = join(tempDir(), 'inzage-verzoek.pdf');
    await pc.h['person:report']({ personId: me.id, lang: 'nl', outPath: out, requestId: req.id }, ctx);
    request.text = pdfText(out);
    request.letterAt = (await pc.h['person:list-access-requests']({ personId: me.id }, ctx))[0]!.letterAt;
    request.otherPerson = await pc.h['person:report']({ personId: pc.persons.victim.id, lang: 'nl', outPath: join(tempDir(), 'x.pdf'), requestId: req.id }, ctx).catch((e: unknown) => e);
  }, 180_000);

  it('the harvest finds the names a school really records', () => {
    for (const n of ['Mila de Groot', 'roc.expose.2026', 'Daan Visser', 'Noor Haddad', 'Kevin Jansen', 'Sanne Bakker', 'Joris Mulder', 'Fatima El Amrani', 'Fatima El Amrani (vertrouwenspersoon)', 'Sanne Bakker (SLB)']) expect(names.full).toContain(n);
    for (const p of ['Mila', 'Groot', 'Daan', 'Visser', 'Noor', 'Haddad', 'Kevin', 'Jansen', 'Sanne', 'Bakker', 'Joris', 'Mulder', 'Fatima', 'Amrani']) expect(names.parts).toContain(p);
  });

  it('police: names the persons, the capturer and giver as persons, and who is on, posted and shared each item', () => {
    const w = norm(bundles.police.all);
    for (const n of ['Mila de Groot', 'roc.expose.2026', 'Daan Visser', 'Noor Haddad', 'Sanne Bakker (SLB)', 'Fatima El Amrani (vertrouwenspersoon)']) expect(w, n).toContain(norm(n));
    // The capturer is a person, never the vault's name alone; a URL-only sighting was seen, not saved.
    expect(w).toContain(norm('Vastgelegd door Sanne Bakker (SLB)'));
    expect(w).toContain(norm('Ontvangen van Noor Haddad (melder)'));
    expect(w).toContain(norm('Gezien, niet opgeslagen'));
    expect(w).not.toContain(norm('Eigen schermafbeelding Alleen de vindplaats'));
    expect(w).toContain(norm('staat op'));
    expect(w).toContain(norm('Voor de politie'));
    expect(w).toContain(norm('Art. 266 Sr: belediging (klachtdelict)'));
    expect(w).toContain(norm('Klacht uiterlijk op 16-02-2027'));
    expect(w).toContain(norm('030 123 45 67'));
    expect(bundles.police.all).not.toContain(pc.note);
  });

  it('officer: adds the working notes', () => {
    expect(bundles.officer.all).toContain(pc.note);
  });

  it('coordinator: none of the names anywhere — PDF text and metadata, manifest, README, sums, file names', () => {
    const { all, names: entries, manifest } = bundles.coordinator;
    expect(found(all, names)).toEqual([]);
    expect(entries.some((n) => n.startsWith('originals/'))).toBe(false);
    // Not only the names: the free text that carries them is gone too.
    for (const gone of ['Mila de G.', 'spottende', 'klas 2B', pc.note, 'PL0900-2026-123456', 'IMG_', '@roc', 'daan.v', 'Ingrid']) expect(all, gone).not.toContain(gone);
    // What the coordinator needs is still there: roles with pseudonyms, the staff by number, the request statuses.
    const w = norm(all);
    for (const kept of ['Slachtoffer A', 'Vermoedelijke maker B', 'Verspreider C', 'Melder D', 'Medewerker 2 (SLB)', 'www.instagram.com/…', 'Verwijderd', 'Bezwaar ingediend', 'OL-2026-77']) expect(w, kept).toContain(norm(kept));
    const m = JSON.parse(manifest) as { case: { title: string }; exportedBy: string; items: { capturedBy: string; url: string; handle: string; description: string; fileName: string | null }[] };
    expect(m.case.title).toBe(`Zaak ${pc.c.ref} (expose-account)`);
    expect(m.exportedBy).toBe('Medewerker 1 (vertrouwenspersoon)');
    for (const it of m.items) {
      expect(it.handle).toBe('');
      expect(it.description).toBe('');
      expect(it.fileName).toBeNull();
      expect(it.url === '' || /^[a-z0-9.-]+(\/…)?$/.test(it.url), it.url).toBe(true);
    }
  });

  it.each(ROLES)('the access letter of the %s holds their own data and no other person’s name', (role: Role) => {
    const me = pc.persons[role];
    for (const lang of ['nl', 'en'] as const) {
      const { text, cases } = letters.get(`${role}/${lang}`)!;
      expect(found(text, names, [me.name]), `${role} (${lang})`).toEqual([]);
      expect(norm(text)).toContain(norm(me.name));
      expect(text).toContain(pc.c.ref);
      for (const gone of [pc.note, 'Expose-account over', 'spottende', 'Mila de G.', 'klassenapp', 'IMG_', 'story.png']) expect(text, gone).not.toContain(gone);
      // Chosen as the same person in the later case: only the victim's letter covers both; the spreader's namesake there is someone else.
      expect(text.includes(pc.other.ref), `${role} in ${pc.other.ref}`).toBe(role === 'victim');
      expect(cases).toBe(role === 'victim' ? 2 : 1);
      if (lang === 'nl') {
        const w = norm(text);
        expect(w).toContain(norm('artikel 15, lid 4, AVG'));
        expect(w).toContain(norm('Autoriteit Persoonsgegevens'));
        if (role === 'reporter') expect(w).toContain(norm('door u aan de school gegeven'));
        if (role === 'victim') expect(w).toContain(norm('u staat erop'));
        if (role === 'spreader') expect(w).toMatch(/door u gedeeld|door u geplaatst/);
        // Another name in the person's own notes is replaced, not printed (Sanne Bakker, Joris Mulder).
        if (role === 'spreader') expect(w).toContain(norm('Ouders Visser gesproken samen met [naam weggelaten] en [naam weggelaten].'));
        // The legal hold and the police dossier that went out are in the victim's letter.
        if (role === 'victim') {
          expect(w).toContain(norm('politieonderzoek'));
          expect(w).toContain(norm('aan de politie gegeven'));
        }
      }
    }
  });

  it('a letter to a suspect can leave the police out (art. 41 UAVG): no police dossier, no police request, no police hold', () => {
    const plain = norm(letters.get('spreader/nl')!.text);
    expect(plain).toContain(norm('aan de politie gegeven'));
    expect(plain).toContain(norm('politieonderzoek'));
    const withheld = norm(letters.get('spreader/withheld')!.text);
    expect(withheld).not.toContain(norm('aan de politie gegeven'));
    expect(withheld).not.toContain(norm('politieonderzoek'));
    expect(withheld).not.toMatch(/gegeven aan: [^.]*politie/);
    expect(withheld).toContain(norm('Wij moeten deze zaak voorlopig langer bewaren.'));
    expect(found(letters.get('spreader/withheld')!.text, names, [pc.persons.spreader.name])).toEqual([]);
  });

  it('the letter states the request, its one-month deadline and an extension with its reason (art. 12(3) AVG)', () => {
    expect(request.dueOn).toBe('2026-12-18');
    expect(request.extendedDueOn).toBe('2027-02-18');
    const w = norm(request.text!);
    expect(w).toContain(norm('U heeft de school op 18-11-2026 gevraagd'));
    expect(w).toContain(norm('uiterlijk op 18-12-2026'));
    expect(w).toContain(norm('verlengd, tot 18-02-2027. De reden: Het verzoek betreft meerdere zaken.'));
    expect(request.letterAt).not.toBeNull();
    // A request is about the requester, by identity: never another person's request.
    expect(request.otherPerson).toMatchObject({ code: 'VALIDATION' });
  });
});
