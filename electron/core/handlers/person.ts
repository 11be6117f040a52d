/** Handlers of the person:* channels, the inspection report included. */
import { requireSession, type CoreContext } from '../context';
import { getCase, touchCase } from '../case/case-repo';
import type { CoreHandlers } from '../handler-types';
import { addPerson, getPerson, listPersons, removePerson, updatePerson } from '../person/person-repo';
import { personReport } from '../person/person-report';
import { finishMinorsRule, noEffect, reviewAgesInCase } from '../evidence/minors-rule';
import type { Person } from '../../../shared/person-types';

type PersonHandlers = Pick<CoreHandlers, 'person:list' | 'person:add' | 'person:update' | 'person:remove' | 'person:report'>;

export function personHandlers(ctx: CoreContext): PersonHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  // A person who is (or may be) a minor: the case's sexual items said to show an adult are
  // held back for the officer to confirm (the age when the image was made decides).
  const agesToReview = (p: Person) => (p.minor === 'no' ? noEffect() : reviewAgesInCase(s(), p.caseId, s().ownerName));
  return {
    'person:list': async (input) => listPersons(s().db, input.caseId),
    'person:add': async (input) => {
      const ses = s();
      const { p, outcome } = ses.tx(() => {
        const c = getCase(ses.db, input.caseId);
        const { caseId, ...fields } = input;
        const p = addPerson(ses.db, caseId, fields, now());
        touchCase(ses.db, caseId, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'person.added', subject: p.id, details: { case: c.ref, role: p.role } });
        return { p, outcome: agesToReview(p) };
      });
      await finishMinorsRule(ses, ctx.events, [outcome]);
      return p;
    },
    'person:update': async (input) => {
      const ses = s();
      const { p, outcome } = ses.tx(() => {
        const p = updatePerson(ses.db, input.personId, input.patch, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'person.updated', subject: p.id, details: { changed: Object.keys(input.patch) } });
        return { p, outcome: input.patch.minor !== undefined ? agesToReview(p) : noEffect() };
      });
      await finishMinorsRule(ses, ctx.events, [outcome]);
      return p;
    },
    'person:remove': async (input) => {
      const ses = s();
      return ses.tx(() => {
        getPerson(ses.db, input.personId);
        const p = removePerson(ses.db, input.personId);
        ses.audit.append({ actor: ses.ownerName, kind: 'person.removed', subject: p.id, details: { caseId: p.caseId, role: p.role } });
        return { removed: true as const };
      });
    },
    'person:report': async (input) => {
      const ses = s();
      const report = personReport(ses.db, input.personId, now());
      ses.tx(() => ses.audit.append({ actor: ses.ownerName, kind: 'person.report', subject: input.personId, details: { records: report.records.length } }));
      return report;
    },
  };
}
