import { useState, type FormEvent } from 'react';
import { isInvalidDateValue } from '../../../../../shared/date-text';
import type { CaseStep } from '../../../../../shared/step-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { Field } from '../../../components/ui/Field';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { useUpdateStep } from '../mutations';
import { InterviewWarning } from './InterviewWarning';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';


/** Title, owner, due date and notes of one step; the interview step warns above its notes. */
export function StepEditForm({ step, onDone }: { step: CaseStep; onDone: () => void }) {
  const t = useT();
  const update = useUpdateStep();
  // Interview notes can be long: kept in the vault until saved or cancelled (issue 16 item 1).
  const kept = useDraft(`step:${step.id}:edit`, { title: step.title, owner: step.owner, dueDate: step.dueDate ?? '', notes: step.notes }, step.caseId);
  const { title, owner, dueDate, notes } = kept.value;
  const setTitle = (v: string) => kept.set((d) => ({ ...d, title: v }));
  const setOwner = (v: string) => kept.set((d) => ({ ...d, owner: v }));
  const setDueDate = (v: string) => kept.set((d) => ({ ...d, dueDate: v }));
  const setNotes = (v: string) => kept.set((d) => ({ ...d, notes: v }));
  const done = () => {
    kept.clear();
    onDone();
  };
  const [tried, setTried] = useState(false);
  const titleError = tried && !title.trim() ? t('steps.titleRequired') : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!title.trim() || isInvalidDateValue(dueDate)) return;
    update.mutate({ stepId: step.id, patch: { title: title.trim(), owner: owner.trim(), dueDate: dueDate || null, notes } }, { onSuccess: done });
  };

  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={t('steps.editTitle')}>
      <h3 className="subsection-title">{t('steps.editTitle')}</h3>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <Field label={t('steps.titleField')} value={title} onChange={(e) => setTitle(e.target.value)} error={titleError} maxLength={500} />
      <div className="form-grid">
        <Field label={t('steps.ownerField')} help={t('steps.ownerHelp')} value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} />
        <DateTimeField mode="date" label={t('steps.dueField')} value={dueDate} onChange={setDueDate} showErrors={tried} />
      </div>
      {step.interview ? <InterviewWarning /> : null}
      <TextArea label={t('steps.notesField')} value={notes} onChange={(e) => setNotes(e.target.value)} rows={step.interview ? 8 : 4} maxLength={20_000} />
      <div className="actions">
        <Button type="submit" busy={update.isPending} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={done}>
          {t('steps.cancel')}
        </Button>
      </div>
      <ErrorBanner error={update.error} />
    </form>
  );
}
