import { useState, type FormEvent } from 'react';
import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';
import { useUpdateTakedown } from '../mutations';

/** Part (a) in the user's own words, folded away; empty means the category's standard text. */
export function ExplanationEditor({ request }: { request: TakedownRequest }) {
  const t = useT();
  const update = useUpdateTakedown(request.id);
  const [text, setText] = useState(request.noticeExplanation ?? '');
  const save = (value: string | null) => update.mutate({ noticeExplanation: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(text.trim() ? text.trim() : null);
  };
  return (
    <details className="fold">
      <summary>{t('explanation.edit')}</summary>
      <form className="stack-tight" onSubmit={submit} noValidate>
        <TextArea label={t('explanation.label')} help={t('explanation.help')} value={text} onChange={(e) => { setText(e.target.value); update.reset(); }} rows={4} maxLength={8000} />
        <div className="actions">
          <Button type="submit" variant="secondary" busy={update.isPending} busyLabel={t('status.saving')}>
            {t('explanation.save')}
          </Button>
          {request.noticeExplanation ? (
            <Button variant="link" onClick={() => { setText(''); save(null); }}>
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
