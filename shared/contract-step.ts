/** Channels of the step plan: each case's own checklist, and the school's template new cases copy. */
import { z } from 'zod';
import type { CaseStep, StepTemplate } from './step-types';
import { channel, empty, id } from './contract-kit';
import { STEP_TICKS } from './message-types';

const bilingual = z.strictObject({ nl: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) });
/** A template step may have no owner yet (the case's copy then reads "nobody yet"). */
const bilingualOptional = z.strictObject({ nl: z.string().trim().max(200), en: z.string().trim().max(200) });
const templateStep = z.strictObject({ title: bilingual, owner: bilingualOptional, dueDays: z.number().int().min(0).max(365).nullable(), interview: z.boolean().optional(), tick: z.enum(STEP_TICKS).optional() });
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const stepChannels = {
  'step:list': channel<CaseStep[]>()(z.strictObject({ caseId: id })),
  'step:update': channel<CaseStep>()(
    z.strictObject({
      stepId: id,
      patch: z.strictObject({ title: z.string().trim().min(1).max(500).optional(), owner: z.string().max(200).optional(), dueDate: localDate.nullable().optional(), done: z.boolean().optional(), notes: z.string().max(20_000).optional() }),
    }),
  ),
  'step:add': channel<CaseStep>()(z.strictObject({ caseId: id, title: z.string().trim().min(1).max(500), owner: z.string().max(200).optional(), dueDate: localDate.nullable().optional() })),
  'step:get-template': channel<StepTemplate>()(empty),
  /** Save the school's template; null restores the shipped one. Existing cases keep their copy. */
  'step:save-template': channel<StepTemplate>()(z.strictObject({ steps: z.array(templateStep).min(1).max(50).nullable() })),
} as const;
