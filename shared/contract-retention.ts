/** Channels of retention (AVG/GDPR): which closed cases are past their period, and purging one for real. */
import { z } from 'zod';
import type { RetentionDue } from './retention-types';
import { channel, empty, id } from './contract-kit';

export const retentionChannels = {
  'retention:list-due': channel<RetentionDue[]>()(empty),
  /** Deletes a closed case for real; confirmRef must be the case reference typed by the user. */
  'retention:purge': channel<{ ref: string; redacted: number; blobsDeleted: number }>()(z.strictObject({ caseId: id, confirmRef: z.string().max(20) })),
} as const;
