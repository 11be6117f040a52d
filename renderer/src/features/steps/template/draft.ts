/**
 * The step-plan template as the Settings editor holds it while the user works on it.
 * Invariants: every draft step has a stable key (React list identity and focus survive moves);
 * the English text may be left empty and then takes the Dutch text, so a school that works in
 * Dutch only never has to translate (the contract wants both languages filled); due days are
 * whole numbers 0–365 or empty (no due date).
 */
import type { TemplateStep } from '../../../../../shared/step-types';
import type { StepTick } from '../../../../../shared/message-types';
import { refusedFields } from '../../../lib/contract-check';

export interface DraftStep {
  key: string;
  titleNl: string;
  titleEn: string;
  ownerNl: string;
  ownerEn: string;
  /** As typed; '' = no due date. */
  dueDays: string;
  interview: boolean;
  /** Which communication-log entries tick this step (issue 19); '' = ticked by hand only. */
  tick: StepTick | '';
}

let counter = 0;
// The time in the key: a draft kept in the vault (issue 16) brings its keys back after a reload,
// when the counter starts again; a new step must never get the key of a restored one.
const session = Date.now().toString(36);
const nextKey = () => `draft-${session}-${++counter}`;

export function toDraft(steps: TemplateStep[]): DraftStep[] {
  return steps.map((s) => ({
    key: nextKey(),
    titleNl: s.title.nl,
    titleEn: s.title.en === s.title.nl ? '' : s.title.en,
    ownerNl: s.owner.nl,
    ownerEn: s.owner.en === s.owner.nl ? '' : s.owner.en,
    dueDays: s.dueDays === null ? '' : String(s.dueDays),
    interview: !!s.interview,
    tick: s.tick ?? '',
  }));
}

export function emptyStep(): DraftStep {
  return { key: nextKey(), titleNl: '', titleEn: '', ownerNl: '', ownerEn: '', dueDays: '', interview: false, tick: '' };
}

/** Moves the step at `from` by `delta` places; out-of-range moves return the list unchanged. */
export function move<T>(list: T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

export type StepProblem = 'title' | 'dueDays';

/** What is wrong with a step, or [] when it can be saved: the contract's verdict on it (step:save-template). */
export function problems(s: DraftStep): StepProblem[] {
  const refused = refusedFields('step:save-template', { steps: [stepOf(s)] });
  const out: StepProblem[] = [];
  if (refused.has('steps.0.title.nl') || refused.has('steps.0.title.en')) out.push('title');
  if (s.dueDays.trim() !== '' && (parseDueDays(s.dueDays) === null || refused.has('steps.0.dueDays'))) out.push('dueDays');
  return out;
}

/** A typed whole number of days, or null (the range is the contract's: see problems). */
export function parseDueDays(text: string): number | null {
  const t = text.trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}

function stepOf(s: DraftStep): TemplateStep {
  const titleNl = s.titleNl.trim();
  const ownerNl = s.ownerNl.trim();
  const step: TemplateStep = {
    title: { nl: titleNl, en: s.titleEn.trim() || titleNl },
    // No owner yet is allowed: the case's step then reads "nog niemand".
    owner: { nl: ownerNl, en: s.ownerEn.trim() || ownerNl },
    dueDays: s.dueDays.trim() === '' ? null : (parseDueDays(s.dueDays) ?? -1),
  };
  if (s.interview) step.interview = true;
  if (s.tick) step.tick = s.tick;
  return step;
}

/** The template to save; null when any step has a problem or the list is empty. */
export function toTemplate(draft: DraftStep[]): TemplateStep[] | null {
  if (draft.length === 0 || draft.some((s) => problems(s).length > 0)) return null;
  return draft.map(stepOf);
}

const canonical = (steps: TemplateStep[]) =>
  JSON.stringify(steps.map((s) => [s.title.nl, s.title.en, s.owner.nl, s.owner.en, s.dueDays, !!s.interview, s.tick ?? '']));

/** True when the draft differs from what is saved (ignoring the keys). */
export function isDirty(draft: DraftStep[], saved: TemplateStep[]): boolean {
  const now = toTemplate(draft);
  return now === null || canonical(now) !== canonical(saved);
}

/** What the editor keeps as its draft in the vault (issue 16 item 1): the list, which step is open, and that step's form. */
export interface EditorDraft {
  steps: DraftStep[];
  /** The step whose form is open (null key: a new step), or null. */
  editing: { key: string | null } | null;
  form: DraftStep | null;
}

const TEXT_FIELDS = ['titleNl', 'titleEn', 'ownerNl', 'ownerEn', 'dueDays'] as const;

function asStep(v: unknown): DraftStep | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.key !== 'string' || TEXT_FIELDS.some((f) => typeof o[f] !== 'string')) return null;
  const tick = typeof o.tick === 'string' ? (o.tick as DraftStep['tick']) : '';
  return { key: o.key, titleNl: o.titleNl as string, titleEn: o.titleEn as string, ownerNl: o.ownerNl as string, ownerEn: o.ownerEn as string, dueDays: o.dueDays as string, interview: o.interview === true, tick };
}

/**
 * A draft read back from the vault, checked field by field (it was written by an older version
 * of the app, perhaps): what does not fit falls back to `start`.
 */
export function editorDraftOf(value: unknown, start: EditorDraft): EditorDraft {
  if (typeof value !== 'object' || value === null) return start;
  const o = value as Record<string, unknown>;
  const steps = Array.isArray(o.steps) ? o.steps.map(asStep) : null;
  if (!steps || steps.some((x) => x === null) || new Set(steps.map((x) => x!.key)).size !== steps.length) return start;
  const e = o.editing as { key?: unknown } | null | undefined;
  const editing = e && typeof e === 'object' && (e.key === null || (typeof e.key === 'string' && steps.some((x) => x!.key === e.key))) ? { key: e.key as string | null } : null;
  const form = editing ? asStep(o.form) : null;
  return { steps: steps as DraftStep[], editing: editing && form ? editing : null, form: editing ? form : null };
}
