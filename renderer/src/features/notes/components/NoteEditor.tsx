import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';

/** A note body with save (and cancel when editing); empty notes are not saved. */
export function NoteEditor({
  label,
  submitLabel,
  initial = '',
  busy,
  error,
  onSave,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  busy: boolean;
  error: unknown;
  onSave: (body: string, reset: () => void) => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const [body, setBody] = useState(initial);
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!body.trim()) return;
    onSave(body.trim(), () => {
      setBody('');
      setTried(false);
    });
  };
  return (
    <form className="stack-tight" onSubmit={submit} noValidate>
      <TextArea label={label} value={body} onChange={(e) => setBody(e.target.value)} rows={4} error={tried && !body.trim() ? t('notes.required') : null} />
      <ErrorBanner error={error} />
      <div className="actions">
        <Button type="submit" variant={onCancel ? 'primary' : 'secondary'} busy={busy} busyLabel={t('common.saving')}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('notes.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
