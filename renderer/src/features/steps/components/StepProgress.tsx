import type { CaseStep } from '../../../../../shared/step-types';
import { ProgressBar } from '../../../components/ui/ProgressBar';
import { useT } from '../../../i18n/i18n-context';
import { stepProgress } from '../day';

/** "5 van 12 stappen gedaan", as text and as a bar. */
export function StepProgress({ steps }: { steps: readonly CaseStep[] }) {
  const t = useT();
  const { done, total } = stepProgress(steps);
  return <ProgressBar label={t('steps.progressLabel')} value={done} max={total} text={t('steps.progress', { done, total })} />;
}
