/** Handlers of the case:* channels. */
import { requireSession, type CoreContext } from '../context';
import { createCase, getCase, listCases, updateCase, updatePolice } from '../case/case-repo';
import { enforceMinorsRule, finishMinorsRule } from '../evidence/minors-rule';
import type { CoreHandlers } from '../handler-types';
import { withPurgeDate } from '../retention/purge';
import { findStaff } from '../staff/staff-repo';
import { AppError } from '../../../shared/errors';
import { createCaseSteps } from '../step/step-plan';

type CaseHandlers = Pick<CoreHandlers, 'case:create' | 'case:list' | 'case:get' | 'case:update' | 'case:update-police'>;

export function caseHandlers(ctx: CoreContext): CaseHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  return {
    'case:create': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const c = createCase(ses.db, input, now(), ses.ownerName);
        // Each case gets its own copy of the step plan, in the language the user works in.
        createCaseSteps(ses.db, c.id, ctx.prefs.get().language, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'case.created', subject: c.id, details: { case: c.ref, category: c.category } });
        return c;
      });
    },
    'case:list': async (input) => withPurgeDate(s().db, listCases(s().db, input)),
    'case:get': async (input) => withPurgeDate(s().db, [getCase(s().db, input.caseId)])[0]!,
    'case:update': async (input) => {
      const ses = s();
      const { after, outcome } = ses.tx(() => {
        const { before, after } = updateCase(ses.db, input.caseId, input.patch, now());
        const changed = Object.keys(input.patch).filter((k) => JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(after[k as keyof typeof after]));
        ses.audit.append({ actor: ses.ownerName, kind: before.status !== after.status ? 'case.status_changed' : 'case.updated', subject: after.id, details: { case: after.ref, changed, status: after.status, ...(before.status !== after.status ? { from: before.status } : {}) } });
        return { after, outcome: enforceMinorsRule(ses, after.id, ses.ownerName, 'case-category') };
      });
      await finishMinorsRule(ses, ctx.events, [outcome]);
      return withPurgeDate(ses.db, [getCase(ses.db, after.id)])[0]!;
    },
    'case:update-police': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const staffId = input.patch.contactStaffId;
        if (staffId && !findStaff(ses.db, staffId)) throw new AppError('VALIDATION', 'This staff member does not exist.', { issues: [{ path: 'patch.contactStaffId', code: 'unknown-staff' }] });
        const after = updatePolice(ses.db, input.caseId, input.patch, now());
        // Which fields changed, never their text (it names people).
        ses.audit.append({ actor: ses.ownerName, kind: 'case.police_updated', subject: after.id, details: { case: after.ref, changed: Object.keys(input.patch) } });
        return withPurgeDate(ses.db, [after])[0]!;
      });
    },
  };
}
