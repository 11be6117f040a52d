/**
 * Channels of retention (AVG/GDPR): which closed cases are past their period, a period per case,
 * the legal hold that blocks a purge while a police case or complaint runs, and purging a case
 * for real (with the backups that still hold it).
 */
import { z } from 'zod';
import type { CaseDetail } from './case-types';
import { HOLD_KINDS } from './case-types';
import type { PurgePreview, PurgeResult, RetentionDue } from './retention-types';
import { channel, empty, id } from './contract-kit';

const reason = z.string().trim().min(1).max(500);

export const retentionChannels = {
  'retention:list-due': channel<RetentionDue[]>()(empty),
  /** Years after closing this case is kept; null: the vault's default from the settings. */
  'retention:set-case-period': channel<CaseDetail>()(z.strictObject({ caseId: id, years: z.number().int().min(1).max(30).nullable() })),
  /** Blocks the purge (with its reason and who set it) until released. */
  'retention:set-hold': channel<CaseDetail>()(z.strictObject({ caseId: id, kind: z.enum(HOLD_KINDS), reason, byStaffId: id.optional() })),
  'retention:release-hold': channel<CaseDetail>()(z.strictObject({ caseId: id, reason, byStaffId: id.optional() })),
  /** What a purge would meet: a legal hold, and the backups that hold the case. */
  'retention:purge-preview': channel<PurgePreview>()(z.strictObject({ caseId: id })),
  /** Deletes a closed case for real; confirmRef must be the case reference typed by the user. */
  'retention:purge': channel<PurgeResult>()(z.strictObject({ caseId: id, confirmRef: z.string().max(20) })),
} as const;
