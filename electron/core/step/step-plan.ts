/**
 * The step plan (docs/domain.md "The step plan"): a template (shipped in
 * resources/step-plan.json, editable by the school and then kept in the vault) and a copy of
 * it per case. Invariants: a case's steps are copied at creation in the user's language and
 * never change when the template does; due dates are local calendar days from the opening.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import shipped from '../../../resources/step-plan.json';
import type { CaseStep, StepTemplate, TemplateStep } from '../../../shared/step-types';
import { STEP_TICKS, type StepTick } from '../../../shared/message-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/kv-store';
import { addDays, localDate } from '../../../shared/time';

const bilingual = z.strictObject({ nl: z.string().max(500), en: z.string().max(500) });
export const templateStepSchema = z.strictObject({
  title: bilingual,
  owner: bilingual,
  dueDays: z.number().int().min(0).max(365).nullable(),
  interview: z.boolean().optional(),
  tick: z.enum(STEP_TICKS).optional(),
});
const shippedSchema = z.object({ version: z.number().int(), steps: z.array(templateStepSchema).min(1) });

export function shippedTemplate(): { version: number; steps: TemplateStep[] } {
  return shippedSchema.parse(shipped);
}

export function getTemplate(db: Db): StepTemplate {
  const edited = getSetting<TemplateStep[]>(db, 'step_template');
  const s = shippedTemplate();
  return edited ? { version: s.version, steps: edited, edited: true } : { version: s.version, steps: s.steps, edited: false };
}

export function saveTemplate(db: Db, steps: TemplateStep[] | null): StepTemplate {
  if (steps === null) db.prepare(`DELETE FROM settings WHERE key = 'step_template'`).run();
  else setSetting(db, 'step_template', steps);
  return getTemplate(db);
}

interface Row {
  id: string;
  case_id: string;
  position: number;
  title: string;
  owner: string;
  due_date: string | null;
  done_at: string | null;
  done_by: string | null;
  notes: string;
  interview: number;
  tick: string | null;
  done_message_id: string | null;
}

const toStep = (r: Row, today: string): CaseStep => ({
  id: r.id,
  caseId: r.case_id,
  position: r.position,
  title: r.title,
  owner: r.owner,
  dueDate: r.due_date,
  doneAt: r.done_at,
  doneBy: r.done_by,
  notes: r.notes,
  interview: r.interview === 1,
  overdue: !r.done_at && r.due_date !== null && r.due_date < today,
  tick: (STEP_TICKS as readonly string[]).includes(r.tick ?? '') ? (r.tick as StepTick) : null,
  doneByMessageId: r.done_message_id,
});

export function createCaseSteps(db: Db, caseId: string, lang: 'nl' | 'en', openedAt: Date): void {
  const start = localDate(openedAt);
  const stmt = db.prepare('INSERT INTO case_steps(id, case_id, position, title, owner, due_date, interview, tick, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  getTemplate(db).steps.forEach((t, i) => {
    stmt.run(randomUUID(), caseId, i + 1, t.title[lang], t.owner[lang], t.dueDays === null ? null : addDays(start, t.dueDays), t.interview ? 1 : 0, t.tick ?? null, openedAt.toISOString());
  });
}

export function listSteps(db: Db, caseId: string, now: Date): CaseStep[] {
  const today = localDate(now);
  return (db.prepare('SELECT * FROM case_steps WHERE case_id = ? ORDER BY position').all(caseId) as Row[]).map((r) => toStep(r, today));
}

export interface StepPatch {
  title?: string;
  owner?: string;
  dueDate?: string | null;
  done?: boolean;
  notes?: string;
}

export function updateStep(db: Db, id: string, p: StepPatch, now: Date, actor: string): CaseStep {
  const r = db.prepare('SELECT * FROM case_steps WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'This step does not exist.', { entity: 'step' });
  const doneAt = p.done === undefined ? r.done_at : p.done ? (r.done_at ?? now.toISOString()) : null;
  const doneBy = p.done === undefined ? r.done_by : p.done ? (r.done_by ?? actor) : null;
  // Opened again by hand: it no longer points at the log entry that ticked it.
  const doneMessage = doneAt === null ? null : r.done_message_id;
  db.prepare('UPDATE case_steps SET title = ?, owner = ?, due_date = ?, done_at = ?, done_by = ?, done_message_id = ?, notes = ?, updated_at = ? WHERE id = ?').run(
    p.title ?? r.title,
    p.owner ?? r.owner,
    p.dueDate !== undefined ? p.dueDate : r.due_date,
    doneAt,
    doneBy,
    doneMessage,
    p.notes ?? r.notes,
    now.toISOString(),
    id,
  );
  return toStep(db.prepare('SELECT * FROM case_steps WHERE id = ?').get(id) as Row, localDate(now));
}

export function addStep(db: Db, caseId: string, title: string, owner: string, dueDate: string | null, now: Date): CaseStep {
  const { pos } = db.prepare('SELECT coalesce(max(position), 0) + 1 AS pos FROM case_steps WHERE case_id = ?').get(caseId) as { pos: number };
  const id = randomUUID();
  db.prepare('INSERT INTO case_steps(id, case_id, position, title, owner, due_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, caseId, pos, title, owner, dueDate, now.toISOString());
  return toStep(db.prepare('SELECT * FROM case_steps WHERE id = ?').get(id) as Row, localDate(now));
}

/**
 * Ticks the case's open steps of these kinds because log entry `messageId` records such a
 * message (issue 19 item 3): done at the time the message went, by who sent it, linked to the
 * entry. A step already done (by hand or by an earlier entry) keeps what it had.
 */
export function tickSteps(db: Db, caseId: string, ticks: readonly StepTick[], messageId: string, at: string, by: string, now: Date): CaseStep[] {
  if (ticks.length === 0) return [];
  const open = (db.prepare('SELECT * FROM case_steps WHERE case_id = ? AND done_at IS NULL ORDER BY position').all(caseId) as Row[]).filter((r) => ticks.includes(r.tick as StepTick));
  const stmt = db.prepare('UPDATE case_steps SET done_at = ?, done_by = ?, done_message_id = ?, updated_at = ? WHERE id = ?');
  for (const r of open) stmt.run(at, by, messageId, now.toISOString(), r.id);
  const today = localDate(now);
  return open.map((r) => toStep(db.prepare('SELECT * FROM case_steps WHERE id = ?').get(r.id) as Row, today));
}
