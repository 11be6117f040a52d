import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';

/** A note body with save (and cancel when editing); empty notes are not saved; the text is kept as a draft in the vault (`draftKey`) until saved or cancelled. */
export function NoteEditor({
  draftKey,
  caseId,
  label,
  submitLabel,
  initial = '',
  busy,
  error,
  onSave,
  onCancel,
}: {
  draftKey: string;
  caseId: string;
  label: string;
  submitLabel: string;
  initial?: string;
  busy: boolean;
  error: unknown;
  onSave: (body: string, reset: () => void) => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const kept = useDraft(draftKey, initial, caseId);
  const body = kept.value;
  const setBody = kept.set;
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!body.trim()) return;
    onSave(body.trim(), () => {
      kept.clear();
      setTried(false);
    });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate>
      <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
      <TextArea label={label} value={body} onChange={(e) => setBody(e.target.value)} rows={4} error={tried && !body.trim() ? t('notes.required') : null} />
      <ErrorBanner error={error} />
      <div className="actions">
        <Button type="submit" variant={onCancel ? 'primary' : 'secondary'} busy={busy} busyLabel={t('common.saving')}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button
            variant="secondary"
            onClick={() => {
              kept.clear();
              onCancel();
            }}
          >
            {t('notes.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
