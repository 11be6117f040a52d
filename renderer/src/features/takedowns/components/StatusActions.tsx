import { useState } from 'react';
import type { Platform } from '../../../../../shared/platform-types';
import type { TakedownRequest, TakedownStatus } from '../../../../../shared/takedown-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { NEXT_STEPS } from '../logic';
import { StatusChangeForm } from './StatusChangeForm';
import { StatusBadge } from './StatusBadge';
import { useDraft } from '../../drafts/use-draft';

/** "Status bijwerken": only the legal next steps as buttons; a chosen step opens its form. */
export function StatusActions({ request, platform, platformName }: { request: TakedownRequest; platform: Platform | null; platformName: string }) {
  const t = useT();
  // The chosen step survives a lock, so its form (and its draft) is back after unlock (issue 16 item 1).
  const chosenDraft = useDraft<TakedownStatus | null>(`takedown:${request.id}:chosen`, null, request.caseId);
  const chosen = chosenDraft.value;
  const setChosen = (s: TakedownStatus | null) => (s === null ? chosenDraft.clear() : chosenDraft.set(s));
  const [saved, setSaved] = useState<TakedownStatus | null>(null);
  const steps = NEXT_STEPS[request.status];
  return (
    <section className="card stack-tight" aria-labelledby="status-title" data-testid="status-actions">
      <h2 id="status-title" className="section-title">
        {t('status.title')}
      </h2>
      <p>
        <StatusBadge status={request.status} />
      </p>
      {saved ? <Banner tone="success">{t('status.saved', { status: t(`td.status.${saved}`) })}</Banner> : null}
      {request.status === 'to-send' ? <p>{t('status.toSend')}</p> : null}
      {steps.length === 0 ? <p>{t('status.final')}</p> : <p>{t('status.question')}</p>}
      {steps.length > 0 ? (
        <div className="actions" role="group" aria-label={t('status.question')}>
          {steps.map((s) => (
            <Button
              key={s}
              variant={chosen === s ? 'primary' : 'secondary'}
              aria-pressed={chosen === s}
              onClick={() => {
                setChosen(s);
                setSaved(null);
              }}
            >
              {t(`td.status.${s}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {chosen ? (
        <StatusChangeForm
          key={chosen}
          request={request}
          status={chosen}
          platform={platform}
          platformName={platformName}
          onDone={() => {
            setSaved(chosen);
            setChosen(null);
          }}
          onCancel={() => setChosen(null)}
        />
      ) : null}
    </section>
  );
}
