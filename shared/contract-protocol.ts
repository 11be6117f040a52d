/** Channels for the step plan, retention and purge, backup, the audit viewer and inspection requests. */
import { z } from 'zod';
import type { AuditEntry, CheckReport } from './domain';
import type { BackupCheck, BackupInfo, BackupStatus, CaseStep, RetentionDue, StepTemplate } from './protocol-types';
import { channel, empty, id, isoInstant } from './contract-kit';

const bilingual = z.strictObject({ nl: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) });
/** A template step may have no owner yet (the case's copy then reads "nobody yet"). */
const bilingualOptional = z.strictObject({ nl: z.string().trim().max(200), en: z.string().trim().max(200) });
const templateStep = z.strictObject({ title: bilingual, owner: bilingualOptional, dueDays: z.number().int().min(0).max(365).nullable(), interview: z.boolean().optional() });
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const path = z.string().min(1).max(4096);
const secret = { passphrase: z.string().min(1).max(1024).optional(), recoveryKey: z.string().min(1).max(200).optional() };
const auditFilter = {
  caseId: id.optional(),
  kind: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
};

export interface PersonReport {
  generatedAt: string;
  records: { person: Record<string, unknown>; case: Record<string, unknown>; items: Record<string, unknown>[]; takedowns: Record<string, unknown>[] }[];
}

export const protocolChannels = {
  'step:list': channel<CaseStep[]>()(z.strictObject({ caseId: id })),
  'step:update': channel<CaseStep>()(
    z.strictObject({
      stepId: id,
      patch: z.strictObject({ title: z.string().trim().min(1).max(500).optional(), owner: z.string().max(200).optional(), dueDate: localDate.nullable().optional(), done: z.boolean().optional(), notes: z.string().max(20_000).optional() }),
    }),
  ),
  'step:add': channel<CaseStep>()(z.strictObject({ caseId: id, title: z.string().trim().min(1).max(500), owner: z.string().max(200).optional(), dueDate: localDate.nullable().optional() })),
  'step:get-template': channel<StepTemplate>()(empty),
  /** Save the school's template; null restores the shipped one. Existing cases keep their copy. */
  'step:save-template': channel<StepTemplate>()(z.strictObject({ steps: z.array(templateStep).min(1).max(50).nullable() })),

  'retention:list-due': channel<RetentionDue[]>()(empty),
  /** Deletes a closed case for real; confirmRef must be the case reference typed by the user. */
  'retention:purge': channel<{ ref: string; redacted: number; blobsDeleted: number }>()(z.strictObject({ caseId: id, confirmRef: z.string().max(20) })),

  'backup:get-status': channel<BackupStatus>()(empty),
  'backup:create': channel<BackupInfo>()(z.strictObject({ outPath: path, overwrite: z.boolean().optional() })),
  /** Works without an unlocked vault: needs the passphrase or recovery key of the backup. */
  'backup:verify': channel<BackupCheck>()(z.strictObject({ path, ...secret })),
  'backup:restore': channel<{ vaultDir: string; check: CheckReport }>()(z.strictObject({ path, targetDir: path, ...secret })),

  'audit:query': channel<AuditEntry[]>()(z.strictObject({ ...auditFilter, limit: z.number().int().min(1).max(10_000).optional() })),
  'audit:export-csv': channel<{ path: string; rows: number }>()(z.strictObject({ ...auditFilter, outPath: path })),

  /** Everything the vault holds about one person, for an inspection request (no working notes). */
  'person:report': channel<PersonReport>()(z.strictObject({ personId: id })),
} as const;
