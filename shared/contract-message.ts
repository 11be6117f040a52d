/**
 * Channels of communication (issue 19; docs/communication.md): the school's message
 * templates, a draft of one for a case, the minimisation check of a typed text, and the
 * case's communication log.
 */
import { z } from 'zod';
import type { CaseStep } from './step-types';
import { AUDIENCES, CONTACT_WAYS, TEMPLATE_AUDIENCES, TEMPLATE_ID, unknownFacts, type CommEntry, type MessageDraft, type MessageTemplateSet, type NameHit } from './message-types';
import { channel, empty, id, isoInstant } from './contract-kit';

const bilingual = (max: number) => z.strictObject({ nl: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
/** A text with `{fact}` placeholders: only the facts a draft fills in (MESSAGE_FACTS). */
const withFacts = (max: number) => bilingual(max).refine((b) => unknownFacts(b.nl).length === 0 && unknownFacts(b.en).length === 0, { message: 'unknown placeholder' });

/** One template, as the seed (resources/message-templates.json) and a save accept it. */
export const messageTemplateSchema = z.strictObject({
  id: z.string().regex(TEMPLATE_ID),
  audience: z.enum(TEMPLATE_AUDIENCES),
  title: bilingual(200),
  purpose: bilingual(1000),
  neverContains: bilingual(1000),
  subject: withFacts(300),
  body: withFacts(10_000),
});

export const templateListSchema = z
  .array(messageTemplateSchema)
  .min(1)
  .max(50)
  .refine((list) => new Set(list.map((t) => t.id)).size === list.length, { message: 'duplicate id' });

const lang = z.enum(['nl', 'en']);

export const messageChannels = {
  'message:get-templates': channel<MessageTemplateSet>()(empty),
  /** Saves the school's templates; null restores the shipped ones. The log keeps the titles used. */
  'message:save-templates': channel<MessageTemplateSet>()(z.strictObject({ templates: templateListSchema.nullable() })),
  /** One template filled with the case's facts; `contactStaffId` picks the contact person (default: the case's police contact, else the vault's default staff member). */
  'message:draft': channel<MessageDraft>()(z.strictObject({ caseId: id, templateId: z.string().regex(TEMPLATE_ID), lang, contactStaffId: id.nullable().optional() })),
  /** Which persons of the case a text names (the warning while the officer types). */
  'message:check': channel<{ hits: NameHit[] }>()(z.strictObject({ caseId: id, text: z.string().max(20_000) })),
  /**
   * Logs that someone was told something. The audience defaults to the template's; a message
   * to a group (or from a group template) that names a person of the case is refused. Returns
   * the steps it ticked.
   */
  'message:log': channel<{ entry: CommEntry; ticked: CaseStep[] }>()(
    z.strictObject({
      caseId: id,
      audience: z.enum(AUDIENCES).optional(),
      to: z.string().trim().min(1).max(500),
      how: z.enum(CONTACT_WAYS),
      at: isoInstant.optional(),
      templateId: z.string().regex(TEMPLATE_ID).optional(),
      lang: lang.optional(),
      subject: z.string().max(500).optional(),
      text: z.string().max(20_000).optional(),
      note: z.string().max(5000).optional(),
      personId: id.optional(),
      followUp: z.boolean().optional(),
      byStaffId: id.optional(),
    }),
  ),
  /** The case's log, oldest first. */
  'message:list': channel<CommEntry[]>()(z.strictObject({ caseId: id })),
} as const;
