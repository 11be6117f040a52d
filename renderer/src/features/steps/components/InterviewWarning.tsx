import { useT } from '../../../i18n/i18n-context';

/** The victim-interview step: a plain warning against leading questions (docs/domain.md "The step plan"). */
export function InterviewWarning({ id }: { id?: string }) {
  const t = useT();
  return (
    <p id={id} className="interview-warning">
      {t('steps.interviewWarning')}
    </p>
  );
}
