/** Channels of the platform catalogue: where and how each platform (or escalation body) takes reports. */
import { z } from 'zod';
import { PLATFORM_KINDS, type Platform } from './platform-types';
import { channel, empty } from './contract-kit';

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
  kind: z.enum(PLATFORM_KINDS),
  name: z.string().trim().min(1).max(100),
  domains: z.array(z.string().trim().toLowerCase().min(1).max(253)).max(50),
  routes: z.array(route).max(20),
  reference: z.strictObject({ returned: z.boolean(), looksLike: bilingual }),
  whoMayFile: bilingual,
  followUpDays: z.number().int().min(1).max(60),
  notes: bilingual,
  source: z.strictObject({ url: httpsUrl, checkedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), liveChecked: z.boolean() }).optional(),
});

export const platformChannels = {
  'platform:list': channel<Platform[]>()(empty),
  /** Edit an entry (a standard one becomes "edited" and survives seed updates) or add one (no id). */
  'platform:save': channel<Platform>()(z.strictObject({ platform: platformEntry })),
  'platform:reset': channel<Platform>()(z.strictObject({ platformId: z.string().min(1).max(64) })),
} as const;
