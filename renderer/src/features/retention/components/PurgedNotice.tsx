import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { setPurged, usePurged } from '../purge-flash';

/** On the case list after a purge: which case is gone, calmly, until closed. */
export function PurgedNotice() {
  const t = useT();
  const ref = usePurged();
  if (!ref) return null;
  return (
    <Banner tone="success">
      <p className="banner-text">{t('retention.purged', { ref })}</p>
      <Button variant="link" onClick={() => setPurged(null)}>
        {t('retention.purgedClose')}
      </Button>
    </Banner>
  );
}
