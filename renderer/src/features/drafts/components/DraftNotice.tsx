import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';

/** "Niet opgeslagen tekst van ... is teruggezet": after an unlock, above the form it belongs to. */
export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard: () => void }) {
  const { t, language } = useI18n();
  if (!restoredAt) return null;
  return (
    <Banner className="draft-notice">
      <p className="banner-text" data-testid="draft-restored">
        {t('draft.restored', { date: formatDateTime(restoredAt, language) })}
      </p>
      <Button variant="link" onClick={onDiscard}>
        {t('draft.discard')}
      </Button>
    </Banner>
  );
}
