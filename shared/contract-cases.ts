/** Channels for cases, persons, working notes, evidence and search (issue: cases and evidence). */
import { z } from 'zod';
import {
  AFFILIATIONS,
  CAPTURE_METHODS,
  CASE_CATEGORIES,
  CASE_STATUSES,
  PERSON_ROLES,
  TRISTATE,
  type CaseDetail,
  type CaseSummary,
  type EvidenceItem,
  type ImageData,
  type ImportReport,
  type Person,
  type SearchHit,
  type SpreadGroup,
  type WorkingNote,
} from './case-types';
import type { AuditEntry } from './domain';
import { bytes, channel, id, isoInstant, longText, shortText } from './contract-kit';

const category = z.enum(CASE_CATEGORIES);
const status = z.enum(CASE_STATUSES);
const tags = z.array(z.string().trim().min(1).max(50)).max(30);

const caseFields = {
  title: z.string().trim().min(1).max(200),
  description: longText.optional(),
  category,
  assignedOfficer: shortText.optional(),
  tags: tags.optional(),
};

const personFields = {
  role: z.enum(PERSON_ROLES),
  name: z.string().trim().min(1).max(200),
  isPseudonym: z.boolean().optional(),
  affiliation: z.enum(AFFILIATIONS).optional(),
  minor: z.enum(TRISTATE).optional(),
  contactNotes: longText.optional(),
};

export const evidenceMeta = z.strictObject({
  platform: z.string().trim().max(100).optional(),
  url: z.string().trim().max(4096).optional(),
  handle: z.string().trim().max(300).optional(),
  postedAt: isoInstant.nullable().optional(),
  seenAt: isoInstant.nullable().optional(),
  timeZone: z.string().max(64).optional(),
  capturedBy: shortText.optional(),
  captureMethod: z.enum(CAPTURE_METHODS).optional(),
  description: longText.optional(),
  sexual: z.boolean().optional(),
  violence: z.boolean().optional(),
  minor: z.enum(TRISTATE).optional(),
});

const fileInput = z.strictObject({ name: z.string().min(1).max(1000), bytes });

export const caseChannels = {
  'case:create': channel<CaseDetail>()(z.strictObject(caseFields)),
  'case:list': channel<CaseSummary[]>()(
    z.strictObject({
      status: status.optional(),
      category: category.optional(),
      sort: z.enum(['ref', 'updated', 'title', 'status']).optional(),
      order: z.enum(['asc', 'desc']).optional(),
    }),
  ),
  'case:get': channel<CaseDetail>()(z.strictObject({ caseId: id })),
  'case:update': channel<CaseDetail>()(
    z.strictObject({ caseId: id, patch: z.strictObject({ ...caseFields, title: caseFields.title.optional(), category: category.optional(), status: status.optional() }) }),
  ),

  'note:list': channel<WorkingNote[]>()(z.strictObject({ caseId: id })),
  'note:add': channel<WorkingNote>()(z.strictObject({ caseId: id, body: z.string().trim().min(1).max(20_000) })),
  'note:update': channel<WorkingNote>()(z.strictObject({ noteId: id, body: z.string().trim().min(1).max(20_000) })),

  'person:list': channel<Person[]>()(z.strictObject({ caseId: id })),
  'person:add': channel<Person>()(z.strictObject({ caseId: id, ...personFields })),
  'person:update': channel<Person>()(
    z.strictObject({ personId: id, patch: z.strictObject({ ...personFields, role: personFields.role.optional(), name: personFields.name.optional() }) }),
  ),
  'person:remove': channel<{ removed: true }>()(z.strictObject({ personId: id })),

  'evidence:list': channel<EvidenceItem[]>()(z.strictObject({ caseId: id })),
  'evidence:get': channel<{ item: EvidenceItem; audit: AuditEntry[]; matches: ImportReport['results'][number]['matches'] }>()(
    z.strictObject({ itemId: id }),
  ),
  'evidence:add-url': channel<EvidenceItem>()(z.strictObject({ caseId: id, meta: evidenceMeta })),
  'evidence:import': channel<ImportReport>()(
    z.strictObject({
      caseId: id,
      meta: evidenceMeta,
      files: z.array(fileInput).min(1).max(500),
      hashOnly: z.boolean().optional(),
      batchId: z.string().max(100).optional(),
    }),
  ),
  'evidence:import-paths': channel<ImportReport>()(
    z.strictObject({
      caseId: id,
      meta: evidenceMeta,
      paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000),
      hashOnly: z.boolean().optional(),
      batchId: z.string().max(100).optional(),
    }),
  ),
  'evidence:cancel-import': channel<{ cancelled: boolean }>()(z.strictObject({ batchId: z.string().min(1).max(100) })),
  'evidence:update': channel<EvidenceItem>()(z.strictObject({ itemId: id, patch: evidenceMeta })),
  /** The blurred thumbnail (safe to show in lists). */
  'evidence:get-thumbnail': channel<ImageData>()(z.strictObject({ itemId: id })),
  /** The unblurred image after the user clicked; every call is an audit entry. */
  'evidence:reveal': channel<ImageData>()(z.strictObject({ itemId: id, size: z.enum(['thumb', 'full']) })),
  'evidence:get-spread': channel<SpreadGroup[]>()(z.strictObject({ caseId: id })),

  'search:query': channel<SearchHit[]>()(
    z.strictObject({
      text: z.string().max(500).optional(),
      status: status.optional(),
      category: category.optional(),
      platform: z.string().max(100).optional(),
      from: isoInstant.optional(),
      to: isoInstant.optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
  ),
} as const;
