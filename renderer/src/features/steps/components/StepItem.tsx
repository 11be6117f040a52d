import { useState } from 'react';
import type { CaseStep } from '../../../../../shared/step-types';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { hrefForMessage } from '../../../app/router';
import { formatDay } from '../day';
import { useUpdateStep } from '../mutations';
import { InterviewWarning } from './InterviewWarning';

/** One step: tick box, who and when, done at/by, notes; overdue steps are marked in calm red. */
export function StepItem({ step, onEdit }: { step: CaseStep; onEdit: () => void }) {
  const { t, language } = useI18n();
  const update = useUpdateStep();
  const done = step.doneAt !== null;
  // The tick shows at once; the saved step (with who and when) replaces it.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const toggle = () => {
    const next = !(wanted ?? done);
    setWanted(next);
    update.mutate({ stepId: step.id, patch: { done: next } }, { onSettled: () => setWanted(null) });
  };
  return (
    <article className={['plan-step', done ? 'plan-step-done' : null, step.overdue ? 'plan-step-overdue' : null].filter(Boolean).join(' ')}>
      <div className="plan-step-head">
        <Checkbox label={step.title} checked={wanted ?? done} onChange={toggle} />
        <Button variant="secondary" onClick={onEdit} aria-label={t('steps.editLabel', { title: step.title })}>
          {t('steps.edit')}
        </Button>
      </div>
      <p className="plan-step-meta">
        <span>
          {t('steps.owner')}: {step.owner || <span className="muted">{t('steps.noOwner')}</span>}
        </span>
        <span>
          {t('steps.due')}: {step.dueDate ? formatDay(step.dueDate, language) : <span className="muted">{t('steps.noDue')}</span>}
        </span>
        {step.overdue ? <span className="badge badge-overdue">{t('steps.overdue')}</span> : null}
        {step.interview ? <span className="badge">{t('steps.interviewBadge')}</span> : null}
      </p>
      {done ? <p className="muted">{t('steps.doneAt', { at: formatDateTime(step.doneAt, language), by: step.doneBy ?? '' })}</p> : null}
      {/* Ticked by a line of the communication log (issue 19 item 3): a link to that line. */}
      {done && step.doneByMessageId ? (
        <p className="small" data-testid="step-ticked-by">
          <a href={hrefForMessage(step.caseId, step.doneByMessageId)}>{t('steps.tickedByMessage')}</a>
        </p>
      ) : null}
      {step.interview ? <InterviewWarning /> : null}
      {step.notes ? (
        <div className="plan-step-notes">
          <p className="field-label">{t('steps.notes')}</p>
          <p className="note-body">{step.notes}</p>
        </div>
      ) : null}
      <ErrorBanner error={update.error} />
    </article>
  );
}
