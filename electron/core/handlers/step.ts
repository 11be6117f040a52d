/** Handlers of the step:* channels: each case's step plan and the school's template. */
import { requireSession, type CoreContext } from '../context';
import { getCase } from '../case/case-repo';
import type { CoreHandlers } from '../handler-types';
import { addStep, getTemplate, listSteps, saveTemplate, updateStep } from '../step/step-plan';

type StepHandlers = Pick<CoreHandlers, 'step:list' | 'step:update' | 'step:add' | 'step:get-template' | 'step:save-template'>;

export function stepHandlers(ctx: CoreContext): StepHandlers {
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
  };
}
