/**
 * Handlers of the person:* channels: persons as identities across cases, their links to items,
 * requests for access and the access letter (art. 15 AVG).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { requireSession, type CoreContext } from '../context';
import { getCase, touchCase } from '../case/case-repo';
import { fsyncDir, tempPathFor } from '../files/fs-atomic';
import type { CoreHandlers } from '../handler-types';
import { addAccessRequest, getAccessRequest, listAccessRequests, markLetter, updateAccessRequest } from '../person/access-requests';
import { gatherLetter } from '../person/access-letter';
import { itemPeople, listItemPeople, setItemPeople } from '../person/item-people';
import { renderLetterPdf } from '../person/letter-pdf';
import { addPerson, getPerson, listIdentities, listPersons, removePerson, updatePerson } from '../person/person-repo';
import { clearPending, recordPending } from '../vault/pending-files';
import { mustBeAbsolute, refuseExisting } from './paths';
import { finishMinorsRule, mergeOutcomes, noEffect, reviewAgesForPerson } from '../evidence/minors-rule';
import type { Person } from '../../../shared/person-types';

type PersonHandlers = Pick<
  CoreHandlers,
  | 'person:list'
  | 'person:add'
  | 'person:update'
  | 'person:remove'
  | 'person:list-identities'
  | 'person:list-item-people'
  | 'person:set-item-people'
  | 'person:list-access-requests'
  | 'person:add-access-request'
  | 'person:update-access-request'
  | 'person:report'
>;

export function personHandlers(ctx: CoreContext): PersonHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  // A person who is (or may be) a minor: the sexual items that show them, or say nothing about
  // who they show, are re-evaluated in every case of this person (the minors rule; the age
  // when the image was made decides).
  const agesToReview = (p: Person) => (p.minor === 'no' ? noEffect() : reviewAgesForPerson(s(), p.id, s().ownerName));
  return {
    'person:list': async (input) => listPersons(s().db, input.caseId),
    'person:add': async (input) => {
      const ses = s();
      const { p, outcome } = ses.tx(() => {
        const c = getCase(ses.db, input.caseId);
        const { caseId, identityId, ...fields } = input;
        const p = addPerson(ses.db, caseId, fields, now(), identityId);
        touchCase(ses.db, caseId, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'person.added', subject: p.id, details: { case: c.ref, role: p.role, identity: p.identityId, known: identityId !== undefined } });
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
    'person:list-identities': async (input) => listIdentities(s().db, input.excludeCaseId),
    'person:list-item-people': async (input) => {
      getCase(s().db, input.caseId);
      return listItemPeople(s().db, input.caseId);
    },
    'person:set-item-people': async (input) => {
      const ses = s();
      const { result, outcome } = ses.tx(() => {
        const { itemId, ...patch } = input;
        const { people, changed } = setItemPeople(ses.db, itemId, patch, now());
        if (changed.length) ses.audit.append({ actor: ses.ownerName, kind: 'evidence.people_changed', subject: itemId, details: { changed } });
        // Saying who an image shows may bring the minors rule to it (a minor shown on a sexual image).
        const shown = people.links.filter((l) => l.link === 'shown').map((l) => getPerson(ses.db, l.personId));
        const outcome = changed.length ? shown.map(agesToReview).reduce(mergeOutcomes, noEffect()) : noEffect();
        return { result: changed.length ? people : itemPeople(ses.db, itemId), outcome };
      });
      await finishMinorsRule(ses, ctx.events, [outcome]);
      return result;
    },
    'person:list-access-requests': async (input) => listAccessRequests(s().db, input, now()),
    'person:add-access-request': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const r = addAccessRequest(ses.db, input.personId, input.receivedOn, now());
        // About the person (so it is in their case's log), no name: the request and its dates.
        ses.audit.append({ actor: ses.ownerName, kind: 'person.access_request_added', subject: input.personId, details: { request: r.id, receivedOn: r.receivedOn, dueOn: r.dueOn } });
        return r;
      });
    },
    'person:update-access-request': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const r = updateAccessRequest(ses.db, input.requestId, input.patch, now());
        const subject = r.cases[0]?.personId ?? null;
        ses.audit.append({ actor: ses.ownerName, kind: 'person.access_request_updated', subject, details: { request: r.id, changed: Object.keys(input.patch), dueOn: r.dueOn, answeredOn: r.answeredOn } });
        return r;
      });
    },
    'person:report': async (input) => {
      const ses = s();
      mustBeAbsolute(input.outPath, 'outPath');
      if (!input.overwrite) await refuseExisting(input.outPath);
      const request = input.requestId ? getAccessRequest(ses.db, input.requestId, now()) : null;
      const person = getPerson(ses.db, input.personId);
      if (request && request.identityId !== person.identityId) throw new AppError('VALIDATION', 'This request is about another person.', { issues: [{ path: 'requestId', code: 'other-person' }] });
      const letter = gatherLetter(ses.db, input.personId, ses.ownerName, input.lang, now(), request, input.withholdPolice ?? false);
      const { pdf, pages } = await renderLetterPdf(letter, ctx.fontDir);
      // The letter goes to the requester (plaintext by design): its temporary file is
      // journalled first, so a crash's leftover goes at the next unlock (vault/pending-files.ts).
      const tmp = tempPathFor(input.outPath);
      recordPending(ses.db, 'export', [tmp], now());
      try {
        const fh = await fs.open(tmp, 'wx', 0o600);
        try {
          await fh.writeFile(pdf);
          await fh.sync();
        } finally {
          await fh.close();
        }
        await fs.rename(tmp, input.outPath);
        await fsyncDir(dirname(input.outPath));
      } catch (err) {
        await fs.rm(tmp, { force: true });
        throw err;
      } finally {
        if (!ses.isClosed()) clearPending(ses.db, 'export', [tmp]);
      }
      const items = letter.cases.reduce((n, c) => n + c.items.length, 0);
      ses.tx(() => {
        if (request) markLetter(ses.db, request.id, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'person.report', subject: input.personId, details: { cases: letter.cases.length, items, request: request?.id ?? null, lang: input.lang, pages, withholdPolice: input.withholdPolice ?? false } });
      });
      return { path: input.outPath, pages, bytes: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex'), cases: letter.cases.length, items };
    },
  };
}
