/** Channels of takedown requests: create, follow their status, notices, the Vandaag list and the dashboard. */
import { z } from 'zod';
import { CHANNELS_TAKEDOWN, TAKEDOWN_STATUSES, type DashboardStats, type Notice, type TakedownRequest } from './takedown-types';
import { channel, empty, id, isoInstant } from './contract-kit';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(TAKEDOWN_STATUSES);

export const takedownChannels = {
  /** From an evidence item (its URL and platform), or from a typed URL and platform name. */
  'takedown:create': channel<TakedownRequest>()(
    z.strictObject({
      caseId: id,
      itemId: id.optional(),
      url: z.string().trim().min(1).max(4096).optional(),
      platform: z.string().trim().max(100).optional(),
      channel: z.enum(CHANNELS_TAKEDOWN),
    }),
  ),
  'takedown:get': channel<TakedownRequest>()(z.strictObject({ requestId: id })),
  'takedown:list': channel<TakedownRequest[]>()(
    z.strictObject({ caseId: id.optional(), status: status.optional(), platformId: z.string().max(64).optional(), overdue: z.boolean().optional() }),
  ),
  /** Follow-ups due today or earlier (the "Vandaag" list shown after unlock). */
  'takedown:list-today': channel<TakedownRequest[]>()(empty),
  'takedown:set-status': channel<TakedownRequest>()(
    z.strictObject({ requestId: id, status, reference: z.string().trim().max(200).optional(), note: z.string().max(4000).optional(), at: isoInstant.optional() }),
  ),
  'takedown:update': channel<TakedownRequest>()(
    z.strictObject({
      requestId: id,
      patch: z.strictObject({ reference: z.string().trim().max(200).optional(), nextFollowUpDate: localDate.optional(), noticeExplanation: z.string().max(8000).nullable().optional() }),
    }),
  ),
  'takedown:check-removal': channel<TakedownRequest>()(z.strictObject({ requestId: id, method: z.string().trim().min(1).max(500), at: isoInstant.optional() })),
  'takedown:get-notice': channel<Notice>()(z.strictObject({ requestId: id, lang: z.enum(['nl', 'en']) })),
  'takedown:get-dashboard': channel<DashboardStats>()(z.strictObject({ days: z.number().int().min(7).max(365).optional() })),
} as const;
