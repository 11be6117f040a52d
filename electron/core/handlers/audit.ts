/** Handlers of the audit:* channels: the log, its verification, the filtered viewer and the CSV export. */
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { auditCsv } from '../audit/audit-csv';
import { queryAudit } from '../audit/audit-query';
import { describeSubjects } from '../audit/audit-subjects';
import { writeFileAtomic } from '../files/fs-atomic';
import { mustBeAbsolute, refuseExisting } from './paths';

type AuditHandlers = Pick<CoreHandlers, 'audit:list' | 'audit:verify' | 'audit:query' | 'audit:export-csv'>;

export function auditHandlers(ctx: CoreContext): AuditHandlers {
  const s = () => requireSession(ctx);
  return {
    'audit:list': async (input) => s().audit.list({ limit: input.limit ?? 100, beforeSeq: input.beforeSeq }),
    'audit:verify': async () => s().audit.verify(),
    'audit:query': async (input) => {
      const db = s().db;
      const entries = queryAudit(db, input);
      // Targets by label, not by id (issue 16 item 6).
      const about = describeSubjects(db, entries.map((e) => e.subject).filter((x): x is string => !!x));
      return entries.map((e) => (e.subject ? { ...e, about: about.get(e.subject) ?? null } : e));
    },
    'audit:export-csv': async (input) => {
      const ses = s();
      mustBeAbsolute(input.outPath, 'outPath');
      const { outPath, overwrite, ...filter } = input;
      if (!overwrite) await refuseExisting(outPath);
      const entries = queryAudit(ses.db, { ...filter, limit: 1_000_000 });
      // The labels follow the app's language (the device prefs), like the viewer the user exports from.
      await writeFileAtomic(outPath, auditCsv(entries, ctx.prefs.get().language));
      ses.tx(() => ses.audit.append({ actor: ses.ownerName, kind: 'audit.exported', details: { rows: entries.length } }));
      return { path: outPath, rows: entries.length };
    },
  };
}
