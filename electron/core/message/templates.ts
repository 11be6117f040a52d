/**
 * The school's message templates (issue 19 item 1; docs/communication.md "Templates and
 * drafts"): shipped in resources/message-templates.json, editable by the school and then kept
 * in the vault (the key 'message_templates'), like the step-plan template (step/step-plan.ts).
 * Invariants: the seed is validated strictly at load (unique ids, both languages, only known
 * facts as placeholders); an edited set replaces the shipped one as a whole and survives an
 * update of the shipped texts; a case's log keeps the title a template had when it was used.
 */
import { z } from 'zod';
import { templateListSchema } from '../../../shared/contract-message';
import shipped from '../../../resources/message-templates.json';
import type { MessageTemplate, MessageTemplateSet } from '../../../shared/message-types';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/kv-store';

const KEY = 'message_templates';

const seedSchema = z.object({ version: z.number().int(), source: z.string(), templates: templateListSchema });

/** The bundled templates, validated. Throws when resources/message-templates.json is broken. */
export function shippedTemplates(): { version: number; templates: MessageTemplate[] } {
  const s = seedSchema.parse(shipped);
  return { version: s.version, templates: s.templates };
}

export function getTemplates(db: Db): MessageTemplateSet {
  const edited = getSetting<MessageTemplate[]>(db, KEY);
  const s = shippedTemplates();
  return edited ? { version: s.version, templates: edited, edited: true } : { version: s.version, templates: s.templates, edited: false };
}

/** Saves the school's templates (validated by the contract); null restores the shipped ones. */
export function saveTemplates(db: Db, templates: MessageTemplate[] | null): MessageTemplateSet {
  if (templates === null) db.prepare('DELETE FROM settings WHERE key = ?').run(KEY);
  else setSetting(db, KEY, templates);
  return getTemplates(db);
}

export function getTemplate(db: Db, id: string): MessageTemplate {
  const t = getTemplates(db).templates.find((x) => x.id === id);
  if (!t) throw new AppError('NOT_FOUND', 'This message template does not exist.', { entity: 'message-template' });
  return t;
}
