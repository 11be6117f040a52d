import { hrefForCase } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';
import { useSteps } from '../queries';
import { StepProgress } from './StepProgress';

/** The step plan's progress on the case "Overzicht", with a link to the tab. */
export function StepsSummary({ caseId }: { caseId: string }) {
  const t = useT();
  const steps = useSteps(caseId);
  if (!steps.data || steps.data.length === 0) return null;
  return (
    <section className="card stack-tight" aria-label={t('steps.overviewTitle')}>
      <h2 className="section-title">{t('steps.overviewTitle')}</h2>
      <StepProgress steps={steps.data} />
      <a href={hrefForCase(caseId, 'steps')}>{t('steps.overviewOpen')}</a>
    </section>
  );
}
