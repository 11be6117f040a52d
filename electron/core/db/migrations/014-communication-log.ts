import type { Migration } from './types';

/**
 * The communication log (issue 19 item 3; docs/communication.md "The log and the step
 * plan"): per case, who was told what, when, by whom and how, with the template or the text
 * and the agreements made. Append-only: a correction is a new entry. An entry may concern one
 * person of the case (their access letter lists it); it goes with the case when it is purged
 * (ON DELETE CASCADE, case/case-owned.ts).
 *
 * Steps that a log entry ticks carry a `tick` kind (copied from the template at case
 * creation) and point at the entry that ticked them. Existing cases and an edited template
 * get their kinds from the titles the shipped template had until now (resources/step-plan.json
 * version 1), in both languages; a step the school renamed stays without one and is ticked by
 * hand, as before. The titles are written out here, not read from the JSON: a released
 * migration must not change when the seed does.
 */
const SHIPPED_TITLES: Record<'team' | 'communication' | 'aftercare', readonly string[]> = {
  team: ['Het team informeren', 'Inform the team'],
  communication: ['Communicatie en antwoorden op persvragen voorbereiden', 'Prepare communication and answers to press questions'],
  aftercare: ['Nazorg: vervolggesprekken met slachtoffer, klas en ouders', 'Aftercare: follow-up talks with the victim, class and parents'],
};

export const m014CommunicationLog: Migration = {
  version: 14,
  name: 'communication-log',
  up(db) {
    db.exec(`
      CREATE TABLE communication_log (
        id             TEXT PRIMARY KEY,
        case_id        TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        -- When it happened (ISO instant), and when it was logged.
        at             TEXT NOT NULL,
        recorded_at    TEXT NOT NULL,
        by_staff_id    TEXT REFERENCES staff(id),
        -- Who told them, as printed (the staff member, or the vault's owner name).
        by_name        TEXT NOT NULL,
        audience       TEXT NOT NULL CHECK (audience IN ('victim-parents', 'spreader-parents', 'class', 'team', 'press', 'police', 'other')),
        recipient      TEXT NOT NULL,
        how            TEXT NOT NULL CHECK (how IN ('conversation', 'phone', 'letter', 'email', 'meeting')),
        template_id    TEXT,
        template_title TEXT,
        lang           TEXT CHECK (lang IS NULL OR lang IN ('nl', 'en')),
        subject        TEXT NOT NULL DEFAULT '',
        body           TEXT NOT NULL DEFAULT '',
        note           TEXT NOT NULL DEFAULT '',
        person_id      TEXT REFERENCES persons(id) ON DELETE SET NULL,
        follow_up      INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1))
      ) STRICT;
      CREATE INDEX communication_log_case ON communication_log(case_id, at);
      CREATE INDEX communication_log_person ON communication_log(person_id);
      ALTER TABLE case_steps ADD COLUMN tick TEXT CHECK (tick IS NULL OR tick IN ('team', 'communication', 'aftercare'));
      ALTER TABLE case_steps ADD COLUMN done_message_id TEXT REFERENCES communication_log(id) ON DELETE SET NULL;
    `);
    const byTitle = db.prepare('UPDATE case_steps SET tick = ? WHERE title = ?');
    for (const [tick, titles] of Object.entries(SHIPPED_TITLES)) for (const title of titles) byTitle.run(tick, title);

    const row = db.prepare(`SELECT value FROM settings WHERE key = 'step_template'`).get() as { value: string } | undefined;
    if (!row) return;
    const steps = JSON.parse(row.value) as { title?: { nl?: string; en?: string }; tick?: string }[];
    if (!Array.isArray(steps)) return;
    const kindOf = (s: { title?: { nl?: string; en?: string } }) => Object.entries(SHIPPED_TITLES).find(([, titles]) => titles.includes(s.title?.nl ?? '') || titles.includes(s.title?.en ?? ''))?.[0];
    const next = steps.map((s) => {
      const kind = s.tick ?? kindOf(s);
      return kind ? { ...s, tick: kind } : s;
    });
    db.prepare(`UPDATE settings SET value = ? WHERE key = 'step_template'`).run(JSON.stringify(next));
  },
};
