import { BlobImage } from '../../../components/ui/BlobImage';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useReveal } from '../mutations';
import { useThumbnail } from '../queries';

/**
 * The blurred thumbnail, and after "Tonen" the unblurred image (each reveal is logged by the
 * core) until "Weer verbergen". Invariant: only rendered for items that may be shown; the
 * unblurred bytes live only in the reveal mutation and are dropped on hide or unmount.
 */
export function EvidenceImage({ itemId, label, size }: { itemId: string; label: string; size: 'thumb' | 'full' }) {
  const t = useT();
  const thumb = useThumbnail(itemId, true);
  const reveal = useReveal(itemId, size);
  const shown = reveal.data;
  return (
    <div className="evidence-image">
      <div className={size === 'full' ? 'image-frame image-frame-large' : 'image-frame'}>
        {shown ? <BlobImage image={shown} alt={t('evidence.revealedAlt', { label })} /> : null}
        {!shown && thumb.data ? <BlobImage image={thumb.data} alt={t('evidence.blurredAlt', { label })} /> : null}
        {!shown && thumb.isPending ? <span className="muted small">{t('evidence.imageLoading')}</span> : null}
      </div>
      <div className="image-actions">
        {shown ? (
          <Button variant="secondary" onClick={() => reveal.reset()} aria-label={t('evidence.hideLabel', { label })}>
            {t('evidence.hide')}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => reveal.mutate()} busy={reveal.isPending} disabled={!thumb.data} aria-label={t('evidence.showLabel', { label })}>
            {t('evidence.show')}
          </Button>
        )}
      </div>
      <ErrorBanner error={thumb.error ?? reveal.error} />
    </div>
  );
}
