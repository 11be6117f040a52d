import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { setPurged, usePurged } from '../purge-flash';
import { BackupsHolding } from './BackupsHolding';

/** On the case list after a purge: which case is gone, calmly, and which backups still hold it, until closed. */
export function PurgedNotice() {
  const t = useT();
  const purged = usePurged();
  if (!purged) return null;
  return (
    <Banner tone="success">
      <p className="banner-text">{t('retention.purged', { ref: purged.ref })}</p>
      <BackupsHolding backups={purged.backups} after />
      <Button variant="link" onClick={() => setPurged(null)}>
        {t('retention.purgedClose')}
      </Button>
    </Banner>
  );
}
