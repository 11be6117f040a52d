import { Banner } from '../../../components/ui/Banner';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';
import { useSaveRemovalSchedule } from '../mutations';

const CHOICES = [
  { days: 0, key: 'schedule.off' },
  { days: 1, key: 'schedule.daily' },
  { days: 7, key: 'schedule.weekly' },
] as const;

/** Scheduled removal checks (issue 18 item 3): off by default; every check is logged. */
export function RemovalScheduleSetting({ current }: { current: number }) {
  const t = useT();
  const save = useSaveRemovalSchedule();
  const value = save.data?.removalCheckDays ?? current;
  return (
    <div className="stack-tight" data-testid="schedule-setting">
      <SelectField
        label={t('schedule.label')}
        help={t('schedule.help')}
        value={String(CHOICES.some((c) => c.days === value) ? value : 0)}
        options={CHOICES.map((c) => ({ value: String(c.days), label: t(c.key) }))}
        onChange={(e) => save.mutate(Number(e.target.value))}
      />
      {save.isSuccess ? <Banner tone="success">{t('schedule.saved')}</Banner> : null}
      <ErrorBanner error={save.error} />
    </div>
  );
}
