import type { EvidenceItem } from '../../../../../shared/evidence-types';
import { useT } from '../../../i18n/i18n-context';

/** Instead of an image: what kind of item this is, in words (no alarming icons). */
export function KindPlaceholder({ item, forbidden }: { item: EvidenceItem; forbidden: boolean }) {
  const t = useT();
  const text = item.hidden
    ? t('heldBack.title')
    : forbidden
    ? t('evidence.noImage.forbidden')
    : item.kind === 'url'
      ? t('evidence.noImage.url')
      : item.kind === 'hash'
        ? t('evidence.noImage.hash')
        : item.kind === 'video'
          ? t('evidence.noImage.video')
          : t('evidence.noImage.file');
  return (
    <div className={`image-frame kind-placeholder kind-${item.kind}`} data-kind={item.kind}>
      <span className="kind-mark" aria-hidden="true">
        {item.kind === 'url' ? 'URL' : item.kind === 'hash' ? '#' : item.kind === 'video' ? '▶' : item.kind === 'file' ? item.fileName?.split('.').pop()?.toUpperCase().slice(0, 4) || '…' : '—'}
      </span>
      <span className="kind-text">{text}</span>
    </div>
  );
}
