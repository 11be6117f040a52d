import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';

/**
 * The timestamp authority failed or sent a timestamp that does not hold (issue 18 item 4):
 * nothing was written. The officer may try again, or say "without a timestamp" — only then
 * is the dossier made without one.
 */
export function TimestampFailure({ error, onWithout, onAgain }: { error: unknown; onWithout: () => void; onAgain: () => void }) {
  const t = useT();
  return (
    <div className="stack-tight" data-testid="export-timestamp-failed">
      <ErrorBanner error={error} />
      <Banner tone="info">
        <p className="banner-text">
          <strong>{t('dossier.tsa.failedTitle')}</strong>
        </p>
        <p className="banner-text">{t('dossier.tsa.failedBody')}</p>
      </Banner>
      <div className="actions">
        <Button variant="secondary" onClick={onAgain}>
          {t('dossier.tsa.again')}
        </Button>
        <Button onClick={onWithout}>{t('dossier.tsa.without')}</Button>
      </div>
    </div>
  );
}
