import { useState, type FormEvent } from 'react';
import { isInvalidDateValue } from '../../../../../shared/date-text';
import type { Platform } from '../../../../../shared/platform-types';
import type { TakedownRequest, TakedownStatus } from '../../../../../shared/takedown-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { DateTimeField } from '../../../components/ui/DateTimeField';
import { Field } from '../../../components/ui/Field';
import { TextArea } from '../../../components/ui/TextArea';
import { useI18n } from '../../../i18n/i18n-context';
import { isoToLocalInput, localInputToIso } from '../../../lib/dates';
import { useSetStatus } from '../mutations';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';


/** When (default now, never in the future), the platform's reference, and a note. */
export function StatusChangeForm({
  request,
  status,
  platform,
  platformName,
  onDone,
  onCancel,
}: {
  request: TakedownRequest;
  status: TakedownStatus;
  platform: Platform | null;
  platformName: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const set = useSetStatus(request.id);
  const [now] = useState(() => isoToLocalInput(new Date().toISOString()));
  const kept = useDraft(`takedown:${request.id}:${status}`, { at: now, reference: request.reference ?? '', note: '' }, request.caseId);
  const { at, reference, note } = kept.value;
  const setAt = (v: string) => kept.set((d) => ({ ...d, at: v }));
  const setReference = (v: string) => kept.set((d) => ({ ...d, reference: v }));
  const setNote = (v: string) => kept.set((d) => ({ ...d, note: v }));
  const iso = localInputToIso(at);
  const [future, setFuture] = useState(false);
  const [tried, setTried] = useState(false);
  // An unreadable text gets the field's own format message; an empty or future time this one.
  const atError = isInvalidDateValue(at) ? null : !iso || future ? t('status.atInvalid') : null;
  const looksLike = platform?.reference.looksLike[language];
  const label = t(`td.status.${status}`);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const inFuture = iso !== null && Date.parse(iso) > Date.now() + 60_000;
    setFuture(inFuture);
    setTried(true);
    if (!iso || inFuture) return;
    const ref = reference.trim();
    set.mutate(
      { status, at: iso, reference: ref && ref !== request.reference ? ref : undefined, note: note.trim() || undefined },
      {
        onSuccess: () => {
          kept.clear();
          onDone();
        },
      },
    );
  };

  return (
    <form className="td-change stack-tight" onSubmit={submit} noValidate aria-label={t('status.chosen', { status: label })}>
      <h3 className="subsection-title">{t('status.chosen', { status: label })}</h3>
      <p className="muted">{t(`td.stepHelp.${status}`)}</p>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <DateTimeField mode="datetime" label={t('status.at')} help={t('status.atHelp')} value={at} onChange={(v) => { setAt(v); setFuture(false); }} error={atError} showErrors={tried} inputClassName="input-short" />
      <Field
        label={t('status.reference')}
        help={looksLike ? t('status.referenceLooksLike', { platform: platformName, looksLike }) : t('status.referenceGeneric')}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        inputClassName="input-mono"
        autoComplete="off"
        spellCheck={false}
      />
      <TextArea label={t('status.note')} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      <ErrorBanner error={set.error} />
      <div className="actions">
        <Button type="submit" busy={set.isPending} busyLabel={t('status.saving')}>
          {t('status.save', { status: label })}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            kept.clear();
            onCancel();
          }}
        >
          {t('status.cancel')}
        </Button>
      </div>
    </form>
  );
}
