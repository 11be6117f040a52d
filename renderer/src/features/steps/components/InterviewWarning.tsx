import { useT } from '../../../i18n/i18n-context';

/** The victim-interview step: a plain warning against leading questions (DOMAIN.md "Step plan"). */
export function InterviewWarning({ id }: { id?: string }) {
  const t = useT();
  return (
    <p id={id} className="interview-warning">
      {t('steps.interviewWarning')}
    </p>
  );
}
