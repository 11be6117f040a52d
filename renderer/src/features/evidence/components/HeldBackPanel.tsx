import { useState } from 'react';
import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { Button } from '../../../components/ui/Button';
import { ConfirmDestructive } from '../../../components/ui/ConfirmDestructive';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useDecideHeldBack } from '../mutations';

/**
 * An item the minors rule holds back (docs/domain.md "The minors rule"): why, and the officer's
 * two answers. Removing asks for the typed word; the image is never shown to decide (and never
 * next to the known one, which has no image at all).
 */
export function HeldBackPanel({ item }: { item: EvidenceItem }) {
  const t = useT();
  const decide = useDecideHeldBack(item.id);
  const [confirming, setConfirming] = useState(false);
  if (!item.hidden) return null;
  const reason = item.hidden;
  return (
    <section className="card minors-panel stack-tight" aria-labelledby="held-back-title" data-testid="held-back">
      <h2 id="held-back-title" className="section-title">
        {t('heldBack.title')}
      </h2>
      <p>{t(`heldBack.${reason}`)}</p>
      {confirming ? (
        <ConfirmDestructive
          title={t(`heldBack.remove.${reason}`)}
          body={t('heldBack.removeConfirm')}
          confirmLabel={t(`heldBack.remove.${reason}`)}
          busy={decide.isPending}
          onConfirm={() => decide.mutate('remove', { onSuccess: () => setConfirming(false) })}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="actions">
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t(`heldBack.remove.${reason}`)}
          </Button>
          <Button variant="secondary" busy={decide.isPending} onClick={() => decide.mutate('keep')}>
            {t(`heldBack.keep.${reason}`)}
          </Button>
        </div>
      )}
      <ErrorBanner error={decide.error} />
    </section>
  );
}
