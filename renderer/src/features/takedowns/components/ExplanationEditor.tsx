import { useState, type FormEvent } from 'react';
import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { DraftNotice } from '../../drafts/components/DraftNotice';
import { useDraft } from '../../drafts/use-draft';
import { useUpdateTakedown } from '../mutations';

/**
 * Part (a) in the user's own words, folded away; empty means the category's standard text.
 * The unsaved text is a draft in the vault (issue 16 item 1); a draft put back after an unlock
 * unfolds the editor so it is seen.
 */
export function ExplanationEditor({ request }: { request: TakedownRequest }) {
  const t = useT();
  const update = useUpdateTakedown(request.id);
  const kept = useDraft(`notice:${request.id}:explanation`, request.noticeExplanation ?? '', request.caseId);
  const text = kept.value;
  // Unfolded once for a restored draft, and left to the user after that (a save keeps it open).
  const [unfolded, setUnfolded] = useState(false);
  if (kept.restoredAt && !unfolded) setUnfolded(true);
  const save = (value: string | null) => update.mutate({ noticeExplanation: value }, { onSuccess: () => kept.rebase(value ?? '') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(text.trim() ? text.trim() : null);
  };
  return (
    <details className="fold" open={unfolded || undefined}>
      <summary>{t('explanation.edit')}</summary>
      <form className="stack-tight" onSubmit={submit} noValidate>
        <DraftNotice restoredAt={kept.restoredAt} onDiscard={kept.clear} />
        <TextArea
          label={t('explanation.label')}
          help={t('explanation.help')}
          value={text}
          onChange={(e) => {
            kept.set(e.target.value);
            update.reset();
          }}
          rows={4}
          maxLength={8000}
        />
        <div className="actions">
          <Button type="submit" variant="secondary" busy={update.isPending} busyLabel={t('status.saving')}>
            {t('explanation.save')}
          </Button>
          {request.noticeExplanation ? (
            <Button
              variant="link"
              onClick={() => {
                kept.set('');
                save(null);
              }}
            >
              {t('explanation.useDefault')}
            </Button>
          ) : null}
        </div>
        {update.isSuccess ? <Banner tone="success">{t('explanation.saved')}</Banner> : null}
        <ErrorBanner error={update.error} />
      </form>
    </details>
  );
}
