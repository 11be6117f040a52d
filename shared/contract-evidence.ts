/** Channels of evidence items: import files, record URL-only sightings, edit, show images, spread. */
import { z } from 'zod';
import { CASE_CATEGORIES, TRISTATE } from './case-types';
import { CAPTURE_METHODS, type EvidenceItem, type HeldBackItem, type ImageData, type ImportReport, type SpreadGroup } from './evidence-types';
import type { AuditEntry } from './audit-types';
import { bytes, channel, CLI_ONLY, empty, id, isoInstant, longText, shortText } from './contract-kit';

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
  // For takedowns (issue 14): the item's own kind of material and the description for the platform.
  category: z.enum(CASE_CATEGORIES).nullable().optional(),
  platformDescription: z.string().trim().max(4000).optional(),
  capturedByStaffId: id.nullable().optional(),
  receivedFromStaffId: id.nullable().optional(),
  receivedFromPersonId: id.nullable().optional(),
});

const fileInput = z.strictObject({ name: z.string().min(1).max(1000), bytes });
const batchId = z.string().max(100).optional();

export const evidenceChannels = {
  'evidence:list': channel<EvidenceItem[]>()(z.strictObject({ caseId: id })),
  'evidence:get': channel<{ item: EvidenceItem; audit: AuditEntry[]; matches: ImportReport['results'][number]['matches'] }>()(
    z.strictObject({ itemId: id }),
  ),
  'evidence:add-url': channel<EvidenceItem>()(z.strictObject({ caseId: id, meta: evidenceMeta })),
  'evidence:import': channel<ImportReport>()(
    z.strictObject({ caseId: id, meta: evidenceMeta, files: z.array(fileInput).min(1).max(500), hashOnly: z.boolean().optional(), batchId }),
  ),
  'evidence:import-paths': channel<ImportReport>()(
    z.strictObject({ caseId: id, meta: evidenceMeta, paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000), hashOnly: z.boolean().optional(), batchId }),
    // Reads any file by path: for the command line only, never for a page.
    { transports: CLI_ONLY },
  ),
  'evidence:cancel-import': channel<{ cancelled: boolean }>()(z.strictObject({ batchId: z.string().min(1).max(100) })),
  'evidence:update': channel<EvidenceItem>()(z.strictObject({ itemId: id, patch: evidenceMeta })),
  /** The blurred thumbnail (safe to show in lists). */
  /** The blurred poster (default) or, for a video, its blurred contact sheet of keyframes. */
  'evidence:get-thumbnail': channel<ImageData>()(z.strictObject({ itemId: id, which: z.enum(['poster', 'sheet']).optional() })),
  /** The unblurred image after the user clicked; every call is an audit entry. */
  'evidence:reveal': channel<ImageData>()(z.strictObject({ itemId: id, size: z.enum(['thumb', 'full', 'sheet']) })),
  'evidence:get-spread': channel<SpreadGroup[]>()(z.strictObject({ caseId: id })),
  /** Items the minors rule holds back until the officer decides, vault-wide. */
  'evidence:list-held-back': channel<HeldBackItem[]>()(empty),
  /** 'remove': it is (or may be) a sexual image of a minor, its bytes go; 'keep': shown again. */
  'evidence:decide-held-back': channel<EvidenceItem>()(z.strictObject({ itemId: id, decision: z.enum(['remove', 'keep']) })),
} as const;
