import { useState, type FormEvent } from 'react';
import { WAITING_STATUSES, type TakedownRequest } from '../../../../../shared/takedown-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { useT } from '../../../i18n/i18n-context';
import { useUpdateTakedown } from '../mutations';

/** The next follow-up day, editable while the school waits for an answer. */
export function FollowUpEditor({ request }: { request: TakedownRequest }) {
  const t = useT();
  const update = useUpdateTakedown(request.id);
  const [date, setDate] = useState(request.nextFollowUpDate ?? '');
  const [shown, setShown] = useState(request.nextFollowUpDate);
  if (shown !== request.nextFollowUpDate) {
    // The date moved (a status change): follow it.
    setShown(request.nextFollowUpDate);
    setDate(request.nextFollowUpDate ?? '');
  }
  if (!WAITING_STATUSES.includes(request.status)) return <p className="muted">{t('followUp.none')}</p>;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) update.mutate({ nextFollowUpDate: date });
  };
  return (
    <form className="td-inline-form" onSubmit={submit} noValidate>
      <DateTimeField mode="date" label={t('followUp.label')} help={t('followUp.help')} value={date} onChange={(d) => { setDate(d); update.reset(); }} inputClassName="input-short" />
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={!valid || date === request.nextFollowUpDate} busy={update.isPending} busyLabel={t('status.saving')}>
          {t('followUp.save')}
        </Button>
      </div>
      {update.isSuccess ? <Banner tone="success">{t('followUp.saved')}</Banner> : null}
      <ErrorBanner error={update.error} />
    </form>
  );
}
