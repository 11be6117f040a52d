/** Handlers for steps:*, retention, case purge, backup:*, audit viewer and inspection requests. */
import { isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../core-context';
import { createBackup } from '../backup/create-backup';
import { restoreBackup, verifyBackup } from '../backup/restore-backup';
import type { BackupSecret } from '../backup/read-backup';
import { getCase } from '../cases/case-repo';
import { listPersons, getPerson } from '../cases/person-repo';
import { getSetting, setSetting } from '../db/settings-repo';
import { listItems } from '../evidence/evidence-repo';
import { writeFileAtomic } from '../fs-atomic';
import type { CoreHandlers } from '../handler-types';
import { auditCsv, queryAudit } from '../protocol/audit-export';
import { purgeCase, retentionDue } from '../protocol/purge';
import { addStep, getTemplate, listSteps, saveTemplate, updateStep } from '../protocol/step-plan';
import { listRequests } from '../takedowns/takedown-repo';
import { readSettings } from './app-handlers';

type ProtocolHandlers = Pick<
  CoreHandlers,
  | 'step:list' | 'step:update' | 'step:add' | 'step:get-template' | 'step:save-template'
  | 'retention:list-due' | 'retention:purge'
  | 'backup:get-status' | 'backup:create' | 'backup:verify' | 'backup:restore'
  | 'audit:query' | 'audit:export-csv' | 'person:report'
>;

/** Accent- and case-insensitive name key; NFD does not split ı, ł, ø, đ or ß, so map those too. */
function foldName(x: string): string {
  const extra: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };
  return x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ıłøđßæœ]/g, (ch) => extra[ch] ?? ch).replace(/\s+/g, ' ').trim();
}

function secretOf(input: { passphrase?: string; recoveryKey?: string }): BackupSecret {
  if (input.passphrase) return { passphrase: input.passphrase };
  if (input.recoveryKey) return { recoveryKey: input.recoveryKey };
  throw new AppError('VALIDATION', 'Give the passphrase or the recovery key of the backup.', { issues: [{ path: 'passphrase', code: 'required' }] });
}

function mustBeAbsolute(p: string, field: string): void {
  if (!isAbsolute(p)) throw new AppError('VALIDATION', 'Choose a full path.', { issues: [{ path: field, code: 'not-absolute' }] });
}

export function protocolHandlers(ctx: CoreContext): ProtocolHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  return {
    'step:list': async (input) => listSteps(s().db, input.caseId, now()),
    'step:update': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const step = updateStep(ses.db, input.stepId, input.patch, now(), ses.ownerName);
        ses.audit.append({ actor: ses.ownerName, kind: 'step.updated', subject: step.id, details: { caseId: step.caseId, changed: Object.keys(input.patch), done: step.doneAt !== null } });
        return step;
      });
    },
    'step:add': async (input) => {
      const ses = s();
      return ses.tx(() => {
        getCase(ses.db, input.caseId);
        const step = addStep(ses.db, input.caseId, input.title, input.owner ?? '', input.dueDate ?? null, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'step.added', subject: step.id, details: { caseId: input.caseId } });
        return step;
      });
    },
    'step:get-template': async () => getTemplate(s().db),
    'step:save-template': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const t = saveTemplate(ses.db, input.steps);
        ses.audit.append({ actor: ses.ownerName, kind: 'steps.template_saved', details: { steps: t.steps.length, edited: t.edited } });
        return t;
      });
    },
    'retention:list-due': async () => retentionDue(s().db, now(), readSettings(s().db).retentionYears),
    'retention:purge': async (input) => purgeCase(s(), input.caseId, input.confirmRef),
    'backup:get-status': async () => {
      const db = s().db;
      const last = getSetting<string>(db, 'last_backup_at') ?? null;
      const reminderDays = readSettings(db).backupReminderDays;
      return { lastBackupAt: last, reminderDays, due: !last || now().getTime() - Date.parse(last) > reminderDays * 86_400_000 };
    },
    'backup:create': async (input) => {
      const ses = s();
      mustBeAbsolute(input.outPath, 'outPath');
      const r = await createBackup(ses, input.outPath, { overwrite: input.overwrite });
      ses.tx(() => {
        setSetting(ses.db, 'last_backup_at', r.createdAt);
        ses.audit.append({ actor: ses.ownerName, kind: 'backup.created', details: { backupId: r.backupId, files: r.files, bytes: r.bytes } });
      });
      return r;
    },
    'backup:verify': async (input) => verifyBackup(input.path, secretOf(input)),
    'backup:restore': async (input) => {
      mustBeAbsolute(input.targetDir, 'targetDir');
      const r = await restoreBackup(input.path, input.targetDir, secretOf(input), ctx.clock);
      return { vaultDir: r.vaultDir, check: r.check };
    },
    'audit:query': async (input) => queryAudit(s().db, s().audit, input),
    'audit:export-csv': async (input) => {
      const ses = s();
      mustBeAbsolute(input.outPath, 'outPath');
      const { outPath, ...filter } = input;
      const entries = queryAudit(ses.db, ses.audit, { ...filter, limit: 1_000_000 });
      await writeFileAtomic(outPath, auditCsv(entries));
      ses.tx(() => ses.audit.append({ actor: ses.ownerName, kind: 'audit.exported', details: { rows: entries.length } }));
      return { path: outPath, rows: entries.length };
    },
    'person:report': async (input) => {
      const ses = s();
      const p = getPerson(ses.db, input.personId);
      // The same person can appear in several cases; match by name, case- and accent-insensitively.
      const fold = (x: string) => foldName(x);
      const all = (ses.db.prepare('SELECT DISTINCT case_id FROM persons').all() as { case_id: string }[]).flatMap((r) => listPersons(ses.db, r.case_id));
      const records = all.filter((x) => fold(x.name) === fold(p.name)).map((person) => {
        const c = getCase(ses.db, person.caseId);
        return {
          person: { ...person },
          case: { ref: c.ref, title: c.title, category: c.category, status: c.status, openedAt: c.openedAt, closedAt: c.closedAt, description: c.description },
          items: listItems(ses.db, c.id).map((i) => ({ label: i.label, kind: i.kind, platform: i.platform, url: i.url, handle: i.handle, seenAt: i.seenAt, capturedAt: i.capturedAt, description: i.description, sha256: i.sha256 })),
          takedowns: listRequests(ses.db, { caseId: c.id }, now()).map((r) => ({ platform: r.platformName, url: r.occurrence.url, status: r.status, sentAt: r.sentAt, decisionAt: r.decisionAt })),
        };
      });
      ses.tx(() => ses.audit.append({ actor: ses.ownerName, kind: 'person.report', subject: p.id, details: { records: records.length } }));
      return { generatedAt: now().toISOString(), records };
    },
  };
}
