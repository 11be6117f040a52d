/** Handlers for case:*, note:*, person:* and search:query. */
import { requireSession, type CoreContext } from '../core-context';
import { createCase, getCase, listCases, touchCase, updateCase } from '../cases/case-repo';
import { addNote, listNotes, updateNote } from '../cases/note-repo';
import { addPerson, getPerson, listPersons, removePerson, updatePerson } from '../cases/person-repo';
import { enforceMinorsRule, removeBlobFiles } from '../evidence/enforce-policy';
import type { CoreHandlers } from '../handler-types';
import { search } from '../search/search';
import { createCaseSteps } from '../protocol/step-plan';
import { purgeDateOf } from '../protocol/purge';
import { readSettings } from './app-handlers';
import type { CaseSummary } from '../../../shared/case-types';

type CaseHandlers = Pick<
  CoreHandlers,
  | 'case:create'
  | 'case:list'
  | 'case:get'
  | 'case:update'
  | 'note:list'
  | 'note:add'
  | 'note:update'
  | 'person:list'
  | 'person:add'
  | 'person:update'
  | 'person:remove'
  | 'search:query'
>;

function withPurgeDate<T extends CaseSummary>(db: Parameters<typeof readSettings>[0], list: T[]): T[] {
  const years = readSettings(db).retentionYears;
  return list.map((c) => ({ ...c, purgeDate: purgeDateOf(c.closedAt, years) }));
}

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
      const { after, removed } = ses.tx(() => {
        const { before, after } = updateCase(ses.db, input.caseId, input.patch, now());
        const changed = Object.keys(input.patch).filter((k) => JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(after[k as keyof typeof after]));
        ses.audit.append({ actor: ses.ownerName, kind: before.status !== after.status ? 'case.status_changed' : 'case.updated', subject: after.id, details: { case: after.ref, changed, status: after.status } });
        return { after, removed: enforceMinorsRule(ses, after.id, ses.ownerName) };
      });
      await removeBlobFiles(ses, removed);
      return withPurgeDate(ses.db, [getCase(ses.db, after.id)])[0]!;
    },

    'note:list': async (input) => listNotes(s().db, input.caseId),
    'note:add': async (input) => {
      const ses = s();
      return ses.tx(() => {
        getCase(ses.db, input.caseId);
        const n = addNote(ses.db, input.caseId, input.body, now(), ses.ownerName);
        // The audit entry records that a note exists, never its text.
        ses.audit.append({ actor: ses.ownerName, kind: 'note.added', subject: n.id, details: { caseId: input.caseId } });
        return n;
      });
    },
    'note:update': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const n = updateNote(ses.db, input.noteId, input.body, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'note.updated', subject: n.id, details: { caseId: n.caseId } });
        return n;
      });
    },

    'person:list': async (input) => listPersons(s().db, input.caseId),
    'person:add': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const c = getCase(ses.db, input.caseId);
        const { caseId, ...fields } = input;
        const p = addPerson(ses.db, caseId, fields, now());
        touchCase(ses.db, caseId, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'person.added', subject: p.id, details: { case: c.ref, role: p.role } });
        return p;
      });
    },
    'person:update': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const p = updatePerson(ses.db, input.personId, input.patch, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'person.updated', subject: p.id, details: { changed: Object.keys(input.patch) } });
        return p;
      });
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

    'search:query': async (input) => search(s().db, input),
  };
}
