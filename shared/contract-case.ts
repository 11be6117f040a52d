/** Channels of cases: create, list, read, change. */
import { z } from 'zod';
import { CASE_CATEGORIES, CASE_STATUSES, type CaseDetail, type CaseSummary } from './case-types';
import { channel, id, longText, shortText } from './contract-kit';

export const category = z.enum(CASE_CATEGORIES);
export const caseStatus = z.enum(CASE_STATUSES);
const tags = z.array(z.string().trim().min(1).max(50)).max(30);

const caseFields = {
  title: z.string().trim().min(1).max(200),
  description: longText.optional(),
  category,
  assignedOfficer: shortText.optional(),
  tags: tags.optional(),
};

export const caseChannels = {
  'case:create': channel<CaseDetail>()(z.strictObject(caseFields)),
  'case:list': channel<CaseSummary[]>()(
    z.strictObject({
      status: caseStatus.optional(),
      category: category.optional(),
      sort: z.enum(['ref', 'updated', 'title', 'status']).optional(),
      order: z.enum(['asc', 'desc']).optional(),
    }),
  ),
  'case:get': channel<CaseDetail>()(z.strictObject({ caseId: id })),
  'case:update': channel<CaseDetail>()(
    z.strictObject({ caseId: id, patch: z.strictObject({ ...caseFields, title: caseFields.title.optional(), category: category.optional(), status: caseStatus.optional() }) }),
  ),
} as const;
