import type { Migration } from './types';

/**
 * Step plan per case (issue: the school's protocol). Each case holds its own copy of the
 * steps taken from the template when it was created, so editing the template later never
 * changes existing cases. `interview` marks the victim-interview step, whose notes field
 * warns against leading questions.
 */
export const m005StepPlans: Migration = {
  version: 5,
  name: 'step-plans',
  up(db) {
    db.exec(`
      CREATE TABLE case_steps (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        title      TEXT NOT NULL,
        owner      TEXT NOT NULL DEFAULT '',
        due_date   TEXT,
        done_at    TEXT,
        done_by    TEXT,
        notes      TEXT NOT NULL DEFAULT '',
        interview  INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_steps_case ON case_steps(case_id, position);
    `);
  },
};
