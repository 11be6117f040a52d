import { hrefForNewTakedown } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';

/** "Verwijderverzoek" from an evidence item: opens the new-request form pre-filled with its URL and platform. */
export function NewTakedownLink({ caseId, itemId, label, variant }: { caseId: string; itemId: string; label: string; variant: 'card' | 'page' }) {
  const t = useT();
  return (
    <a
      className={variant === 'page' ? 'btn btn-secondary' : 'small'}
      href={hrefForNewTakedown(caseId, itemId)}
      aria-label={variant === 'card' ? t('tdLink.fromItemLabel', { label }) : undefined}
    >
      {variant === 'page' ? t('tdLink.itemPage') : t('tdLink.fromItem')}
    </a>
  );
}
