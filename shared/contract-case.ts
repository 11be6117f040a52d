/** Channels of cases: create, list, read, change. */
import { z } from 'zod';
import { CASE_CATEGORIES, CASE_STATUSES, REPORT_KINDS, type CaseDetail, type CaseSummary } from './case-types';
import { OFFENCES } from './offences';
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
  /** The facts the police dossier's first page prints (issue 15 item 6). */
  'case:update-police': channel<CaseDetail>()(
    z.strictObject({
      caseId: id,
      patch: z.strictObject({
        summary: z.string().trim().max(4000).optional(),
        offences: z.array(z.enum(OFFENCES)).max(OFFENCES.length).optional(),
        victimWishes: z.string().trim().max(4000).optional(),
        reportKind: z.enum(REPORT_KINDS).optional(),
        reportDate: z.iso.date().nullable().optional(),
        policeReference: z.string().trim().max(100).optional(),
        victimAwareOn: z.iso.date().nullable().optional(),
        contactStaffId: id.nullable().optional(),
      }),
    }),
  ),
} as const;
