/**
 * Handlers of the message:* channels (issue 19; docs/communication.md): the school's message
 * templates, drafts for a case, the minimisation check and the communication log. Writing
 * handlers run in one transaction with their audit entries; a log entry that ticks steps
 * writes a step.updated entry for each, naming the log entry.
 */
import { AppError } from '../../../shared/errors';
import { isGroupAudience, ticksOf } from '../../../shared/message-types';
import { toUtc } from '../../../shared/time';
import { requireSession, type CoreContext } from '../context';
import { getCase, touchCase } from '../case/case-repo';
import type { CoreHandlers } from '../handler-types';
import { addEntry, getEntry, listEntries } from '../message/comm-log';
import { draftMessage } from '../message/draft';
import { caseNames, namesIn, wholeNamesIn } from '../message/minimise';
import { getTemplate, getTemplates, saveTemplates } from '../message/templates';
import { actingName, getStaff } from '../staff/staff-repo';
import { tickSteps } from '../step/step-plan';

type MessageHandlers = Pick<CoreHandlers, 'message:get-templates' | 'message:save-templates' | 'message:draft' | 'message:check' | 'message:log' | 'message:list'>;

export function messageHandlers(ctx: CoreContext): MessageHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  return {
    'message:get-templates': async () => getTemplates(s().db),
    'message:save-templates': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const set = saveTemplates(ses.db, input.templates);
        ses.audit.append({ actor: ses.ownerName, kind: 'messages.templates_saved', details: { templates: set.templates.length, edited: set.edited } });
        return set;
      });
    },
    'message:draft': async (input) => {
      const db = s().db;
      getCase(db, input.caseId);
      if (input.contactStaffId) getStaff(db, input.contactStaffId);
      return draftMessage(db, input.caseId, getTemplate(db, input.templateId), input.lang, now(), input.contactStaffId);
    },
    'message:check': async (input) => {
      const db = s().db;
      getCase(db, input.caseId);
      return { hits: namesIn(input.text, caseNames(db, input.caseId)) };
    },
    'message:log': async (input) => {
      const ses = s();
      const at = now();
      return ses.tx(() => {
        const db = ses.db;
        const c = getCase(db, input.caseId);
        const template = input.templateId ? getTemplate(db, input.templateId) : null;
        const audience = input.audience ?? template?.audience ?? 'other';
        const subject = input.subject ?? '';
        const text = input.text ?? '';
        // Issue 19 item 2: a group hears no name. Either the audience or the template says "group".
        if (isGroupAudience(audience) || (template && isGroupAudience(template.audience))) {
          if (wholeNamesIn(`${subject}\n${text}`, caseNames(db, c.id)).length > 0) {
            throw new AppError('VALIDATION', 'A message to a group names a person of the case.', { reason: 'message-names-person', issues: [{ path: 'text', code: 'names-person' }] });
          }
        }
        if (input.byStaffId) getStaff(db, input.byStaffId);
        const by = actingName(db, ses.ownerName, input.byStaffId);
        const when = toUtc(input.at) ?? at.toISOString();
        // What happened is logged afterwards, never ahead (a minute's grace for clocks that differ).
        if (new Date(when).getTime() > at.getTime() + 60_000) throw new AppError('VALIDATION', 'This is in the future.', { issues: [{ path: 'at', code: 'future' }] });
        const followUp = input.followUp === true;
        const id = addEntry(
          db,
          {
            caseId: c.id,
            at: when,
            by,
            byStaffId: input.byStaffId ?? null,
            audience,
            to: input.to,
            how: input.how,
            templateId: template?.id ?? null,
            templateTitle: template ? template.title[input.lang ?? 'nl'] : null,
            lang: input.lang ?? null,
            subject,
            text,
            note: input.note ?? '',
            personId: input.personId ?? null,
            followUp,
          },
          at,
        );
        const ticked = tickSteps(db, c.id, ticksOf({ audience, followUp }), id, when, by, at);
        ses.audit.append({ actor: ses.ownerName, kind: 'message.logged', subject: id, details: { caseId: c.id, audience, how: input.how, templateId: template?.id ?? null, followUp, ticked: ticked.map((st) => st.id) } });
        for (const st of ticked) ses.audit.append({ actor: ses.ownerName, kind: 'step.updated', subject: st.id, details: { caseId: c.id, changed: ['done'], done: true, messageId: id } });
        touchCase(db, c.id, at);
        return { entry: getEntry(db, id), ticked };
      });
    },
    'message:list': async (input) => {
      const db = s().db;
      getCase(db, input.caseId);
      return listEntries(db, input.caseId);
    },
  };
}
