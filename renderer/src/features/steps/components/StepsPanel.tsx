import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useSteps } from '../queries';
import { AddStepForm } from './AddStepForm';
import { StepEditForm } from './StepEditForm';
import { StepItem } from './StepItem';
import { StepProgress } from './StepProgress';
import { useDraft } from '../../drafts/use-draft';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

/** The "Stappenplan" tab: progress, the steps in order, one form at a time. */
export function StepsPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const steps = useSteps(caseId);
  // Which form is open survives a lock, so its draft is seen again after unlock (issue 16 item 1).
  const modeDraft = useDraft<Mode>(`steps:${caseId}:mode`, { kind: 'list' }, caseId);
  const mode = modeDraft.value;
  const setMode = modeDraft.set;
  const back = () => modeDraft.clear();
  const list = steps.data ?? [];
  return (
    <section className="stack" aria-label={t('steps.title')}>
      <div className="heading-row">
        <div className="stack-tight">
          <h2 className="section-title">{t('steps.title')}</h2>
          <p className="muted">{t('steps.intro')}</p>
        </div>
        {mode.kind !== 'add' ? <Button onClick={() => setMode({ kind: 'add' })}>{t('steps.add')}</Button> : null}
      </div>
      {steps.isPending ? <p className="muted">{t('steps.loading')}</p> : null}
      <ErrorBanner error={steps.error} />
      {steps.data && list.length > 0 ? <StepProgress steps={list} /> : null}
      {steps.data && list.length === 0 && mode.kind !== 'add' ? <p className="empty-next">{t('steps.empty')}</p> : null}
      <ol className="plan-list" aria-label={t('steps.list')}>
        {list.map((step) => (
          <li key={step.id}>{mode.kind === 'edit' && mode.id === step.id ? <StepEditForm step={step} onDone={back} /> : <StepItem step={step} onEdit={() => setMode({ kind: 'edit', id: step.id })} />}</li>
        ))}
      </ol>
      {mode.kind === 'add' ? <AddStepForm caseId={caseId} onDone={back} /> : null}
    </section>
  );
}
