/**
 * Migrations keep data (issue 11 item 6): a vault filled by the real app (cases, persons, a
 * note, an imported screenshot, a URL-only sighting, a takedown with its history, steps,
 * settings, an edited platform, the audit chain) is dumped; for every earlier schema version
 * a database of that version is filled with those rows (the columns that version has), then
 * opened by the app, which migrates it. Every row is still there, unchanged, foreign keys and
 * integrity check clean, and the app reads it.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations/index';
import { openDatabase, schemaVersion, type Db } from '../../electron/core/db/open';
import { listCases } from '../../electron/core/case/case-repo';
import { screenshot } from '../helpers/images';
import { PASS, newCore, tempDir } from '../helpers/temp';

type Row = Record<string, unknown>;
const ctx = { transport: 'test' } as const;
/** FTS5 keeps its index in shadow tables; the virtual table itself is dumped and re-filled. */
const FTS_SHADOW = /^search_fts_(data|idx|content|docsize|config)$/;

function tables(db: Db): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !FTS_SHADOW.test(n));
}

function columns(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name);
}

function dump(db: Db): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const t of tables(db)) out.set(t, db.prepare(`SELECT rowid AS _rowid, * FROM "${t}" ORDER BY rowid`).all() as Row[]);
  return out;
}

async function realVault(): Promise<Map<string, Row[]>> {
  const core = newCore({ idleCheckMs: 0 });
  const h = core.handlers;
  await h['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon ROC' }, ctx);
  await h['settings:set']({ senderName: 'Fatima El Amrani', senderEmail: 'vp@rocvoorbeeld.nl', retentionYears: 3 }, ctx);
  const c = await h['case:create']({ title: 'Nepaccount over klas 2C', category: 'expose-account', description: 'Meerdere meldingen', tags: ['instagram'] }, ctx);
  const victim = await h['person:add']({ caseId: c.id, role: 'victim', name: 'Zoë de Vries', minor: 'yes', affiliation: 'student' }, ctx);
  await h['person:add']({ caseId: c.id, role: 'spreader', name: 'onbekend account', isPseudonym: true }, ctx);
  // Issue 15 (migration 009): staff, links from items to persons, a request for access, a hold, the police page.
  await h['staff:add']({ name: 'Fatima El Amrani', role: 'vertrouwenspersoon', makeDefault: true }, ctx);
  await h['person:add-access-request']({ personId: victim.id, receivedOn: '2026-11-20' }, ctx);
  await h['note:add']({ caseId: c.id, body: 'Gesprek met mentor gepland.' }, ctx);
  const imp = await h['evidence:import']({ caseId: c.id, meta: { platform: 'Instagram', url: 'https://www.instagram.com/p/abc/', handle: '@klas2c.expose' }, files: [{ name: 'scherm.png', bytes: new Uint8Array(await screenshot('migratie')) }] }, ctx);
  await h['evidence:add-url']({ caseId: c.id, meta: { url: 'https://www.tiktok.com/@x/video/1', platform: 'TikTok', description: 'Zelfde foto' } }, ctx);
  await h['person:set-item-people']({ itemId: imp.results[0]!.itemId!, links: [{ personId: victim.id, link: 'shown' }] }, ctx);
  await h['case:update-police']({ caseId: c.id, patch: { summary: 'Nepaccount', offences: ['sr-266'] } }, ctx);
  await h['retention:set-hold']({ caseId: c.id, kind: 'police-case', reason: 'Aangifte' }, ctx);
  const r = await h['takedown:create']({ caseId: c.id, itemId: imp.results[0]!.itemId!, channel: 'web-form' }, ctx);
  await h['takedown:set-status']({ requestId: r.id, status: 'sent', reference: 'IG-123' }, ctx);
  const steps = await h['step:list']({ caseId: c.id }, ctx);
  await h['step:update']({ stepId: steps[0]!.id, patch: { done: true, notes: 'Gedaan' } }, ctx);
  // Issue 19 (migration 014): a line of the communication log that ticked the team step, and an edited template set.
  await h['message:log']({ caseId: c.id, templateId: 'team', to: 'Team 2C', how: 'meeting', personId: victim.id, note: 'Mentoren letten op.' }, ctx);
  await h['message:save-templates']({ templates: (await h['message:get-templates']({}, ctx)).templates.slice(0, 2) }, ctx);
  const instagram = (await h['platform:list']({}, ctx)).find((p) => p.name === 'Instagram')!;
  await h['platform:save']({ platform: { ...instagram, followUpDays: 5 } }, ctx);
  const rows = dump(core.session().db);
  await core.close();
  return rows;
}

function insertRows(db: Db, table: string, rows: Row[], keep: string[]): void {
  const cols = ['rowid', ...keep];
  const stmt = db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  for (const r of rows) stmt.run(r._rowid, ...keep.map((c) => r[c] as string | number | null | Buffer));
}

describe('migrations keep every row', async () => {
  const rows = await realVault();

  it('the dump holds real data in the tables that matter', () => {
    for (const t of ['cases', 'persons', 'case_notes', 'evidence_items', 'occurrences', 'takedown_requests', 'takedown_events', 'case_steps', 'platforms', 'audit_log', 'blobs', 'settings', 'staff', 'item_person_links', 'access_requests', 'communication_log']) {
      expect(rows.get(t)?.length ?? 0, t).toBeGreaterThan(0);
    }
  });

  it.each(MIGRATIONS.slice(0, -1).map((m) => [m.version, m.name] as const))('a vault at version %i (%s) migrates to the latest with all its rows', (version) => {
    const key = randomBytes(32);
    const file = join(tempDir(), 'v.db');
    const old = openDatabase(file, key, MIGRATIONS.filter((m) => m.version <= version));
    const seeded = new Map<string, string[]>();
    old.pragma('foreign_keys = OFF');
    old.transaction(() => {
      for (const t of tables(old)) {
        const dumped = rows.get(t);
        if (!dumped?.length) continue;
        const keep = columns(old, t).filter((c) => c in dumped[0]!);
        insertRows(old, t, dumped, keep);
        seeded.set(t, keep);
      }
    })();
    old.close();
    expect(seeded.size).toBeGreaterThan(0);

    const db = openDatabase(file, key);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    for (const [t, keep] of seeded) {
      const now = db.prepare(`SELECT rowid AS _rowid, ${keep.map((c) => `"${c}"`).join(', ')} FROM "${t}" ORDER BY rowid`).all() as Row[];
      const was = rows.get(t)!.map((r) => Object.fromEntries([['_rowid', r._rowid], ...keep.map((c) => [c, r[c]])]));
      expect(now, `${t} after migrating from version ${version}`).toEqual(was);
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    if (seeded.has('cases')) expect(listCases(db, {}).map((c) => c.title)).toEqual(['Nepaccount over klas 2C']);
    db.close();
  });
});

describe('migration 009 (people)', () => {
  it('makes every existing person an identity of their own: two rows with one name are never merged', () => {
    const key = randomBytes(32);
    const file = join(tempDir(), 'p.db');
    const old = openDatabase(file, key, MIGRATIONS.slice(0, 6));
    const at = '2026-11-20T10:00:00.000Z';
    old.pragma('foreign_keys = OFF');
    for (const [id, ref, seq] of [['c1', '2026-001', 1], ['c2', '2026-002', 2]] as const) {
      old.prepare(`INSERT INTO cases(id, ref, year, seq, title, category, opened_at, status_changed_at, created_by, updated_at) VALUES (?, ?, 2026, ?, 'Zaak', 'other', ?, ?, 'VP', ?)`).run(id, ref, seq, at, at, at);
      old.prepare(`INSERT INTO persons(id, case_id, role, name, created_at, updated_at) VALUES (?, ?, 'victim', 'Mila de Groot', ?, ?)`).run(`p-${id}`, id, at, at);
    }
    old.close();
    const db = openDatabase(file, key);
    expect(db.prepare('SELECT id, identity_id, pseudonym FROM persons ORDER BY id').all()).toEqual([
      { id: 'p-c1', identity_id: 'p-c1', pseudonym: '' },
      { id: 'p-c2', identity_id: 'p-c2', pseudonym: '' },
    ]);
    expect(db.prepare('SELECT retention_years, hold_kind, police FROM cases ORDER BY id').all()).toEqual([
      { retention_years: null, hold_kind: null, police: '{}' },
      { retention_years: null, hold_kind: null, police: '{}' },
    ]);
    db.close();
  });
});

describe('migration 014 (communication log)', () => {
  it('gives the shipped steps that a log entry ticks their kind, in existing cases and in an edited template, and leaves renamed steps alone', () => {
    const key = randomBytes(32);
    const file = join(tempDir(), 's.db');
    const old = openDatabase(file, key, MIGRATIONS.filter((m) => m.version <= 13));
    const at = '2026-11-20T10:00:00.000Z';
    old.prepare(`INSERT INTO cases(id, ref, year, seq, title, category, opened_at, status_changed_at, created_by, updated_at) VALUES ('c1', '2026-001', 2026, 1, 'Zaak', 'other', ?, ?, 'VP', ?)`).run(at, at, at);
    const titles = ['Het team informeren', 'Prepare communication and answers to press questions', 'Nazorg: vervolggesprekken met slachtoffer, klas en ouders', 'Het team op de hoogte brengen', 'Bewijs veiligstellen (nooit seksuele beelden van minderjarigen opslaan)'];
    titles.forEach((title, i) => old.prepare('INSERT INTO case_steps(id, case_id, position, title, updated_at) VALUES (?, ?, ?, ?, ?)').run(`s${i}`, 'c1', i + 1, title, at));
    const edited = [
      { title: { nl: 'Het team informeren', en: 'Inform the team' }, owner: { nl: 'Teamleider', en: 'Team leader' }, dueDays: 3 },
      { title: { nl: 'Pers te woord staan', en: 'Prepare communication and answers to press questions' }, owner: { nl: '', en: '' }, dueDays: null },
      { title: { nl: 'Eigen stap', en: 'Own step' }, owner: { nl: '', en: '' }, dueDays: 1 },
    ];
    old.prepare(`INSERT INTO settings(key, value) VALUES ('step_template', ?)`).run(JSON.stringify(edited));
    old.close();
    const db = openDatabase(file, key);
    expect(db.prepare('SELECT id, tick, done_message_id FROM case_steps ORDER BY position').all()).toEqual([
      { id: 's0', tick: 'team', done_message_id: null },
      { id: 's1', tick: 'communication', done_message_id: null },
      { id: 's2', tick: 'aftercare', done_message_id: null },
      { id: 's3', tick: null, done_message_id: null },
      { id: 's4', tick: null, done_message_id: null },
    ]);
    const template = JSON.parse((db.prepare(`SELECT value FROM settings WHERE key = 'step_template'`).get() as { value: string }).value) as { tick?: string }[];
    expect(template.map((s) => s.tick ?? null)).toEqual(['team', 'communication', null]);
    db.close();
  });
});
