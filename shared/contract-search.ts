/** The search channel: full text over cases, persons and items, with filters. */
import { z } from 'zod';
import type { SearchHit } from './search-types';
import { category, caseStatus } from './contract-case';
import { channel, isoInstant } from './contract-kit';

export const searchChannels = {
  'search:query': channel<SearchHit[]>()(
    z.strictObject({
      text: z.string().max(500).optional(),
      status: caseStatus.optional(),
      category: category.optional(),
      platform: z.string().max(100).optional(),
      from: isoInstant.optional(),
      to: isoInstant.optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
  ),
} as const;
