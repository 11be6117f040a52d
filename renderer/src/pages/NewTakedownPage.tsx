import { hrefForCase, hrefForRequest, navigateTo } from '../app/router';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { usePlatforms } from '../features/platforms/queries';
import { NewTakedownForm } from '../features/takedowns/components/NewTakedownForm';
import { useStartItem } from '../features/takedowns/queries';
import { useT } from '../i18n/i18n-context';

/** "Nieuw verwijderverzoek": from an evidence item (pre-filled) or from a typed URL. */
export function NewTakedownPage({ caseId, itemId }: { caseId: string; itemId: string | null }) {
  const t = useT();
  const platforms = usePlatforms();
  const item = useStartItem(itemId);
  const itemReady = !itemId || item.data;
  const back = hrefForCase(caseId, 'takedowns');
  return (
    <div className="page stack">
      <a href={back} className="back-link">
        {t('newTd.back')}
      </a>
      <PageHeading>{t('newTd.title')}</PageHeading>
      <p className="lead">{t('newTd.intro')}</p>
      {item.data && itemId ? <p className="muted">{t('newTd.fromItem', { label: item.data.item.label })}</p> : null}
      <ErrorBanner error={platforms.error ?? (itemId ? item.error : null)} />
      {platforms.data && itemReady ? (
        <NewTakedownForm
          caseId={caseId}
          item={itemId ? (item.data?.item ?? null) : null}
          platforms={platforms.data}
          onCreated={(r) => navigateTo(hrefForRequest(r.id))}
          onCancel={() => navigateTo(back)}
        />
      ) : null}
    </div>
  );
}
