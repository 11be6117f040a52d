import { useState, type FormEvent } from 'react';
import { isInvalidDateValue } from '../../../../../shared/date-text';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { Field } from '../../../components/ui/Field';
import { useT } from '../../../i18n/i18n-context';
import { useAddStep } from '../mutations';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';


/** "Stap toevoegen": what, who and by when; the step goes at the end of the plan. */
export function AddStepForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const t = useT();
  const add = useAddStep(caseId);
  const kept = useDraft(`step:${caseId}:new`, { title: '', owner: '', dueDate: '' }, caseId);
  const { title, owner, dueDate } = kept.value;
  const setTitle = (v: string) => kept.set((d) => ({ ...d, title: v }));
  const setOwner = (v: string) => kept.set((d) => ({ ...d, owner: v }));
  const setDueDate = (v: string) => kept.set((d) => ({ ...d, dueDate: v }));
  const done = () => {
    kept.clear();
    onDone();
  };
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!title.trim() || isInvalidDateValue(dueDate)) return;
    add.mutate({ title: title.trim(), owner: owner.trim(), dueDate: dueDate || null }, { onSuccess: done });
  };
  return (
    <form className="card stack-tight" onSubmit={submit} noValidate aria-label={t('steps.addTitle')}>
      <h3 className="subsection-title">{t('steps.addTitle')}</h3>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <Field label={t('steps.titleField')} value={title} onChange={(e) => setTitle(e.target.value)} error={tried && !title.trim() ? t('steps.titleRequired') : null} maxLength={500} autoFocus />
      <div className="form-grid">
        <Field label={t('steps.ownerField')} help={t('steps.ownerHelp')} value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={200} />
        <DateTimeField mode="date" label={t('steps.dueField')} value={dueDate} onChange={setDueDate} showErrors={tried} />
      </div>
      <div className="actions">
        <Button type="submit" busy={add.isPending} busyLabel={t('common.saving')}>
          {t('steps.addSubmit')}
        </Button>
        <Button variant="secondary" onClick={done}>
          {t('steps.cancel')}
        </Button>
      </div>
      <ErrorBanner error={add.error} />
    </form>
  );
}
