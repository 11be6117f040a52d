import { useState, type FormEvent } from 'react';
import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { useCheckRemoval, useOpenExternal } from '../mutations';

/**
 * "Controleer of het weg is": after removal, record how the URL was checked. How it was checked,
 * typed and not yet recorded, is a draft in the vault (issue 16 item 1).
 */
export function RemovalCheck({ request }: { request: TakedownRequest }) {
  const { t, language } = useI18n();
  const check = useCheckRemoval(request.id);
  const open = useOpenExternal();
  const kept = useDraft(`takedown:${request.id}:removal-check`, '', request.caseId);
  const method = kept.value;
  const [tried, setTried] = useState(false);
  // Checked before: the form is folded away, and unfolded once for a draft put back after an unlock.
  const [unfolded, setUnfolded] = useState(false);
  if (kept.restoredAt && !unfolded) setUnfolded(true);
  const done = request.removalCheck;
  const url = request.occurrence.url;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (method.trim())
      check.mutate(method.trim(), {
        onSuccess: () => {
          kept.clear();
          setTried(false);
        },
      });
  };
  const form = (
    <>
      <p className="muted">{t('removal.intro')}</p>
      {url.startsWith('https://') ? (
        <div className="actions">
          <Button variant="secondary" onClick={() => open.mutate(url)}>
            {t('removal.openUrl')}
          </Button>
        </div>
      ) : null}
      <form className="stack-tight" onSubmit={submit} noValidate>
        <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
        <Field label={t('removal.method')} help={t('removal.methodHelp')} value={method} onChange={(e) => kept.set(e.target.value)} maxLength={500} error={tried && !method.trim() ? t('removal.required') : null} />
        <div className="actions">
          <Button type="submit" variant={done ? 'secondary' : 'primary'} busy={check.isPending} busyLabel={t('removal.submitting')}>
            {t('removal.submit')}
          </Button>
        </div>
        <ErrorBanner error={check.error ?? open.error} />
      </form>
    </>
  );
  return (
    <section className="card stack-tight" aria-labelledby="req-removal" data-testid="removal-check">
      <h2 id="req-removal" className="section-title">
        {t('removal.title')}
      </h2>
      {done ? <p className="td-checked">{t('removal.done', { date: formatDateTime(done.checkedAt, language), who: done.checkedBy, method: done.method })}</p> : null}
      {done ? (
        <details className="fold" open={unfolded || undefined}>
          <summary>{t('removal.again')}</summary>
          <div className="stack-tight">{form}</div>
        </details>
      ) : (
        form
      )}
    </section>
  );
}
