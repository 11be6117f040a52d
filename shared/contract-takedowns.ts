/** Channels for the platform catalogue, takedown requests, notices and the dashboard. */
import { z } from 'zod';
import { CHANNELS_TAKEDOWN, TAKEDOWN_STATUSES, type DashboardStats, type Notice, type Platform, type TakedownRequest } from './takedown-types';
import { channel, empty, id, isoInstant } from './contract-kit';

const bilingual = z.strictObject({ nl: z.string().max(4000), en: z.string().max(4000) });
const httpsUrl = z.url({ protocol: /^https$/ }).max(2048);
const route = z.strictObject({
  kind: z.enum(['in-app', 'web-form', 'email', 'phone']),
  label: bilingual,
  url: httpsUrl.optional(),
  email: z.email().max(320).optional(),
  phone: z.string().max(40).optional(),
  steps: bilingual.optional(),
});
const platformEntry = z.strictObject({
  id: z.string().min(1).max(64).optional(),
  kind: z.enum(['platform', 'escalation']),
  name: z.string().trim().min(1).max(100),
  domains: z.array(z.string().trim().toLowerCase().min(1).max(253)).max(50),
  routes: z.array(route).max(20),
  reference: z.strictObject({ returned: z.boolean(), looksLike: bilingual }),
  whoMayFile: bilingual,
  followUpDays: z.number().int().min(1).max(60),
  notes: bilingual,
});
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(TAKEDOWN_STATUSES);

export const takedownChannels = {
  'platform:list': channel<Platform[]>()(empty),
  /** Edit an entry (a standard one becomes "edited" and survives seed updates) or add one (no id). */
  'platform:save': channel<Platform>()(z.strictObject({ platform: platformEntry })),
  'platform:reset': channel<Platform>()(z.strictObject({ platformId: z.string().min(1).max(64) })),

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
