/**
 * The message templates as the Settings editor holds them while the school works on them
 * (issue 19 item 1). Invariants: every draft template keeps a stable key; the English fields
 * may be left empty and then take the Dutch text (the contract wants both filled), as in the
 * step-plan editor; what may be saved is what the contract's schema accepts (lib/contract-check.ts),
 * so a placeholder that is not a fact is refused here exactly as in the core.
 */
import { MESSAGE_FACTS, TEMPLATE_AUDIENCES, TEMPLATE_ID, unknownFacts, type MessageTemplate, type TemplateAudience } from '../../../../../shared/message-types';
import { refusedFields } from '../../../lib/contract-check';

export const TEMPLATE_FIELDS = ['title', 'purpose', 'neverContains', 'subject', 'body'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export interface DraftTemplate {
  key: string;
  id: string;
  audience: TemplateAudience;
  nl: Record<TemplateField, string>;
  en: Record<TemplateField, string>;
}

let counter = 0;
// The time in the key: a draft kept in the vault (issue 16 item 1) brings its keys back after a
// reload, when the counter starts again; a new template must never get the key of a restored one.
const session = Date.now().toString(36);
const nextKey = () => `tpl-${session}-${++counter}`;

export function toDraft(templates: readonly MessageTemplate[]): DraftTemplate[] {
  return templates.map((m) => {
    const nl = Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, m[f].nl])) as Record<TemplateField, string>;
    const en = Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, m[f].en === m[f].nl ? '' : m[f].en])) as Record<TemplateField, string>;
    return { key: nextKey(), id: m.id, audience: m.audience, nl, en };
  });
}

/** A new template of the school's own, with an id no other template has ("eigen-3"). */
export function newTemplate(existing: readonly DraftTemplate[], audience: TemplateAudience): DraftTemplate {
  let n = 1;
  while (existing.some((t) => t.id === `eigen-${n}`)) n++;
  const blank = Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, ''])) as Record<TemplateField, string>;
  return { key: nextKey(), id: `eigen-${n}`, audience, nl: { ...blank }, en: { ...blank } };
}

export function templateOf(d: DraftTemplate): MessageTemplate {
  const pair = (f: TemplateField) => ({ nl: d.nl[f].trim(), en: d.en[f].trim() || d.nl[f].trim() });
  return { id: d.id, audience: d.audience, title: pair('title'), purpose: pair('purpose'), neverContains: pair('neverContains'), subject: pair('subject'), body: pair('body') };
}

export interface TemplateProblem {
  field: TemplateField;
  /** 'required' (no Dutch text), 'unknown' (a placeholder that is not a fact), 'long'. */
  kind: 'required' | 'unknown' | 'long';
  /** For 'unknown': the placeholders, as typed. */
  names?: string[];
}

export function problems(d: DraftTemplate): TemplateProblem[] {
  const t = templateOf(d);
  const refused = refusedFields('message:save-templates', { templates: [t] });
  const out: TemplateProblem[] = [];
  for (const f of TEMPLATE_FIELDS) {
    if (![...refused].some((p) => p === `templates.0.${f}` || p.startsWith(`templates.0.${f}.`))) continue;
    const unknown = [...new Set([...unknownFacts(t[f].nl), ...unknownFacts(t[f].en)])];
    out.push(unknown.length ? { field: f, kind: 'unknown', names: unknown } : { field: f, kind: t[f].nl === '' ? 'required' : 'long' });
  }
  return TEMPLATE_ID.test(d.id) ? out : [...out, { field: 'title', kind: 'required' }];
}

/** The set to save; null when a template has a problem or the list is empty. */
export function toTemplates(drafts: readonly DraftTemplate[]): MessageTemplate[] | null {
  if (drafts.length === 0 || drafts.some((d) => problems(d).length > 0)) return null;
  return drafts.map(templateOf);
}

export function isDirty(drafts: readonly DraftTemplate[], saved: readonly MessageTemplate[]): boolean {
  const now = toTemplates(drafts);
  return now === null || JSON.stringify(now) !== JSON.stringify(saved);
}

/** "{ref}, {openedOn}, ...": the placeholders a template may use, for the help text. */
export const FACT_LIST = MESSAGE_FACTS.map((f) => `{${f}}`).join(', ');

/** What the editor keeps as its draft in the vault: the list, which template's form is open (null key: a new one), and that form. */
export interface TemplatesEditorDraft {
  templates: DraftTemplate[];
  open: { key: string | null } | null;
  form: DraftTemplate | null;
}

function texts(v: unknown): Record<TemplateField, string> | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  return TEMPLATE_FIELDS.every((f) => typeof o[f] === 'string') ? (Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, o[f]])) as Record<TemplateField, string>) : null;
}

function asTemplate(v: unknown): DraftTemplate | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const nl = texts(o.nl);
  const en = texts(o.en);
  if (typeof o.key !== 'string' || typeof o.id !== 'string' || !(TEMPLATE_AUDIENCES as readonly unknown[]).includes(o.audience) || !nl || !en) return null;
  return { key: o.key, id: o.id, audience: o.audience as TemplateAudience, nl, en };
}

/** A draft read back from the vault, checked field by field: what does not fit falls back to `start`. */
export function templatesDraftOf(value: unknown, start: TemplatesEditorDraft): TemplatesEditorDraft {
  if (typeof value !== 'object' || value === null) return start;
  const o = value as Record<string, unknown>;
  const list = Array.isArray(o.templates) ? o.templates.map(asTemplate) : null;
  if (!list || list.length === 0 || list.some((x) => x === null) || new Set(list.map((x) => x!.key)).size !== list.length) return start;
  const templates = list as DraftTemplate[];
  const op = o.open as { key?: unknown } | null | undefined;
  const open = op && typeof op === 'object' && (op.key === null || (typeof op.key === 'string' && templates.some((x) => x.key === op.key))) ? { key: op.key as string | null } : null;
  const form = open ? asTemplate(o.form) : null;
  return { templates, open: open && form ? open : null, form: open ? form : null };
}
