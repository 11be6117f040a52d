import { BlobImage } from '../../../components/ui/BlobImage';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useReveal } from '../mutations';
import { useThumbnail } from '../queries';

/**
 * The blurred thumbnail, and after "Tonen" the unblurred image (each reveal is logged by the
 * core) until "Weer verbergen". `size: 'sheet'` is a video's contact sheet of keyframes,
 * blurred and revealed the same way (docs/media.md "Keyframes and contact sheet").
 * Invariant: only rendered for items that may be shown; the unblurred bytes live only in the
 * reveal mutation and are dropped on hide or unmount.
 */
export function EvidenceImage({ itemId, label, size }: { itemId: string; label: string; size: 'thumb' | 'full' | 'sheet' }) {
  const t = useT();
  const sheet = size === 'sheet';
  const thumb = useThumbnail(itemId, true, sheet ? 'sheet' : 'poster');
  const reveal = useReveal(itemId, size);
  const shown = reveal.data;
  const frame = size === 'thumb' ? 'image-frame' : sheet ? 'image-frame image-frame-large image-frame-sheet' : 'image-frame image-frame-large';
  return (
    <div className="evidence-image">
      <div className={frame}>
        {shown ? <BlobImage image={shown} alt={t(sheet ? 'video.sheetRevealedAlt' : 'evidence.revealedAlt', { label })} /> : null}
        {!shown && thumb.data ? <BlobImage image={thumb.data} alt={t(sheet ? 'video.sheetBlurredAlt' : 'evidence.blurredAlt', { label })} /> : null}
        {!shown && thumb.isPending ? <span className="muted small">{t('evidence.imageLoading')}</span> : null}
      </div>
      <div className="image-actions">
        {shown ? (
          <Button variant="secondary" onClick={() => reveal.reset()} aria-label={t(sheet ? 'video.hideSheetLabel' : 'evidence.hideLabel', { label })}>
            {t('evidence.hide')}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => reveal.mutate()} busy={reveal.isPending} disabled={!thumb.data} aria-label={t(sheet ? 'video.showSheetLabel' : 'evidence.showLabel', { label })}>
            {t('evidence.show')}
          </Button>
        )}
      </div>
      <ErrorBanner error={thumb.error ?? reveal.error} />
    </div>
  );
}
