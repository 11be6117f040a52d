/** Channels of takedown requests: create (URLs, items, targets without a URL), follow their status, notices and reports, the Vandaag list and the dashboard. */
import { z } from 'zod';
import { CASE_CATEGORIES, TRISTATE } from './case-types';
import { CHANNELS_TAKEDOWN, TAKEDOWN_STATUSES, URLLESS_TARGET_KINDS, type DashboardStats, type Notice, type TakedownRequest } from './takedown-types';
import { channel, empty, id, isoInstant } from './contract-kit';

/** A URL exactly as seen: one line (a line break would split it in the notice). */
const targetUrl = z.string().trim().min(1).max(4096).regex(/^[^\r\n]*$/);
/** A target without a URL: an account, group or chat as the platform identifies it (issue 14 item 4). */
export const urllessTarget = z.strictObject({
  kind: z.enum(URLLESS_TARGET_KINDS),
  identifier: z.string().trim().min(1).max(300).regex(/^[^\r\n]*$/),
  inAppRoute: z.string().trim().max(1000).optional(),
});
/** The most targets one request (and so one notice) lists. */
export const MAX_TARGETS = 50;

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(TAKEDOWN_STATUSES);

export const takedownChannels = {
  /**
   * One request for one or more targets, all on one platform (issue 14 items 4 and 5): from
   * evidence items (their URL or account and platform), typed URLs, and targets without a URL.
   * For what is typed, `category` is its kind of material (default: the case's), `minor` what
   * the officer knows of the age of the person shown, `description` what the platform may read.
   */
  'takedown:create': channel<TakedownRequest>()(
    z.strictObject({
      caseId: id,
      itemId: id.optional(),
      itemIds: z.array(id).max(MAX_TARGETS).optional(),
      url: targetUrl.optional(),
      urls: z.array(targetUrl).max(MAX_TARGETS).optional(),
      targets: z.array(urllessTarget).max(MAX_TARGETS).optional(),
      platform: z.string().trim().max(100).optional(),
      channel: z.enum(CHANNELS_TAKEDOWN),
      category: z.enum(CASE_CATEGORIES).optional(),
      minor: z.enum(TRISTATE).optional(),
      description: z.string().trim().max(4000).optional(),
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
      patch: z.strictObject({
        reference: z.string().trim().max(200).optional(),
        nextFollowUpDate: localDate.optional(),
        noticeExplanation: z.string().max(8000).nullable().optional(),
        /** Leave the sender out of a notice on child sexual abuse material (refused for any other). */
        omitSender: z.boolean().optional(),
      }),
    }),
  ),
  'takedown:check-removal': channel<TakedownRequest>()(z.strictObject({ requestId: id, method: z.string().trim().min(1).max(500), at: isoInstant.optional() })),
  'takedown:get-notice': channel<Notice>()(z.strictObject({ requestId: id, lang: z.enum(['nl', 'en']) })),
  'takedown:get-dashboard': channel<DashboardStats>()(z.strictObject({ days: z.number().int().min(7).max(365).optional() })),
} as const;
