/** Handlers of the retention:* channels: cases past their period, a period per case, the legal hold, and purge. */
import { requireSession, type CoreContext } from '../context';
import { getCase, setHold, setRetentionYears } from '../case/case-repo';
import type { CoreHandlers } from '../handler-types';
import { purgeCase, purgePreview, retentionDue, withPurgeDate } from '../retention/purge';
import { readSettings } from '../settings/settings';
import { actingName, activeStaff } from '../staff/staff-repo';
import { AppError } from '../../../shared/errors';

type RetentionHandlers = Pick<
  CoreHandlers,
  'retention:list-due' | 'retention:set-case-period' | 'retention:set-hold' | 'retention:release-hold' | 'retention:purge-preview' | 'retention:purge'
>;

export function retentionHandlers(ctx: CoreContext): RetentionHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  const who = (staffId: string | undefined) => {
    const ses = s();
    if (staffId) activeStaff(ses.db, staffId, 'byStaffId');
    return actingName(ses.db, ses.ownerName, staffId);
  };
  return {
    'retention:list-due': async () => retentionDue(s().db, now(), readSettings(s().db).retentionYears),
    'retention:set-case-period': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const c = setRetentionYears(ses.db, input.caseId, input.years, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'case.retention_changed', subject: c.id, details: { case: c.ref, years: input.years } });
        return withPurgeDate(ses.db, [c])[0]!;
      });
    },
    'retention:set-hold': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const setBy = who(input.byStaffId);
        const c = setHold(ses.db, input.caseId, { kind: input.kind, reason: input.reason, setAt: now().toISOString(), setBy }, now());
        // Who set it and why belong to the record of the hold (the log is encrypted and a purge redacts it).
        ses.audit.append({ actor: ses.ownerName, kind: 'case.hold_set', subject: c.id, details: { case: c.ref, hold: input.kind, reason: input.reason, by: setBy } });
        return withPurgeDate(ses.db, [c])[0]!;
      });
    },
    'retention:release-hold': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const before = getCase(ses.db, input.caseId);
        if (!before.hold) throw new AppError('CONFLICT', 'This case is not on legal hold.', { reason: 'no-hold' });
        const by = who(input.byStaffId);
        const c = setHold(ses.db, input.caseId, null, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'case.hold_released', subject: c.id, details: { case: c.ref, hold: before.hold.kind, reason: input.reason, by } });
        return withPurgeDate(ses.db, [c])[0]!;
      });
    },
    'retention:purge-preview': async (input) => purgePreview(s().db, input.caseId),
    'retention:purge': async (input) => purgeCase(s(), input.caseId, input.confirmRef),
  };
}
