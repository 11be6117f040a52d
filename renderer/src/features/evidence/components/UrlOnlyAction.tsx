import { useState } from 'react';
import type { EvidenceMeta } from '../../../../../shared/evidence-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useAddUrl } from '../mutations';

/** "Alleen vindplaats vastleggen": stores the batch details as a sighting without a file. */
export function UrlOnlyAction({ caseId, meta, blocked, onBlocked, onSaved }: { caseId: string; meta: EvidenceMeta; blocked: boolean; onBlocked: () => void; onSaved: (label: string) => void }) {
  const t = useT();
  const add = useAddUrl(caseId);
  const [tried, setTried] = useState(false);
  const enough = Boolean(meta.url || meta.handle || meta.description);
  const save = () => {
    setTried(true);
    // The form shows what is wrong (a URL that is not a web address) next to the field.
    // Without a file there is no screenshot of one's own: the form's default becomes "seen, not
    // saved" (issue 15 item 1); a method the user chose (received from a reporter) stays.
    const asSeen = !meta.captureMethod || meta.captureMethod === 'own-screenshot' ? { ...meta, captureMethod: 'seen-not-saved' as const } : meta;
    if (blocked) onBlocked();
    else if (enough) add.mutate(asSeen, { onSuccess: (item) => onSaved(item.label) });
  };
  return (
    <section className="url-only stack-tight" aria-labelledby="url-only-title">
      <h3 id="url-only-title" className="subsection-title">
        {t('urlOnly.title')}
      </h3>
      <p className="muted">{t('urlOnly.intro')}</p>
      {tried && !enough ? <p className="field-error">{t('urlOnly.needOne')}</p> : null}
      <div className="actions">
        <Button onClick={save} busy={add.isPending} busyLabel={t('urlOnly.submitting')}>
          {t('urlOnly.submit')}
        </Button>
      </div>
      <ErrorBanner error={add.error} />
    </section>
  );
}
