/** Channels of the audit log (chain of custody): read, verify, filter and export as CSV. */
import { z } from 'zod';
import type { AuditEntry, AuditVerification } from './audit-types';
import { channel, empty, id, isoInstant, pathText } from './contract-kit';

const auditFilter = {
  caseId: id.optional(),
  kind: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
};

export const auditChannels = {
  'audit:list': channel<AuditEntry[]>()(
    z.strictObject({ limit: z.number().int().min(1).max(1000).optional(), beforeSeq: z.number().int().min(1).optional() }),
  ),
  'audit:verify': channel<AuditVerification>()(empty),
  'audit:query': channel<AuditEntry[]>()(z.strictObject({ ...auditFilter, limit: z.number().int().min(1).max(10_000).optional() })),
  /** Never replaces an existing file unless `overwrite` (the save dialog or the screen asked). */
  'audit:export-csv': channel<{ path: string; rows: number }>()(z.strictObject({ ...auditFilter, outPath: pathText, overwrite: z.boolean().optional() }), { paths: { outPath: 'write' } }),
} as const;
