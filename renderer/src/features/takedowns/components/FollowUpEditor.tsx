import { useEffect, useRef, type FormEvent } from 'react';
import { WAITING_STATUSES, type TakedownRequest } from '../../../../../shared/takedown-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { useUpdateTakedown } from '../mutations';

/**
 * The next follow-up day, editable while the school waits for an answer. A typed day not yet
 * saved is a draft in the vault (issue 16 item 1); when the saved day moves (this form's save,
 * or a status change that sets a new one) the field follows it and the draft goes.
 */
export function FollowUpEditor({ request }: { request: TakedownRequest }) {
  const t = useT();
  const update = useUpdateTakedown(request.id);
  const kept = useDraft(`takedown:${request.id}:follow-up`, request.nextFollowUpDate ?? '', request.caseId);
  const date = kept.value;
  const { rebase } = kept;
  const shown = useRef(request.nextFollowUpDate);
  useEffect(() => {
    if (shown.current === request.nextFollowUpDate) return;
    shown.current = request.nextFollowUpDate;
    rebase(request.nextFollowUpDate ?? '');
  }, [request.nextFollowUpDate, rebase]);
  if (!WAITING_STATUSES.includes(request.status)) return <p className="muted">{t('followUp.none')}</p>;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) update.mutate({ nextFollowUpDate: date });
  };
  return (
    <form className="td-inline-form" onSubmit={submit} noValidate>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <DateTimeField
        mode="date"
        label={t('followUp.label')}
        help={t('followUp.help')}
        value={date}
        onChange={(d) => {
          kept.set(d);
          update.reset();
        }}
        inputClassName="input-short"
      />
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
