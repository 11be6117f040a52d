import { hrefForCase, hrefForRequest, navigateTo } from '../app/router';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { useCase } from '../features/cases/queries';
import { useEvidenceList } from '../features/evidence/queries';
import { usePlatforms } from '../features/platforms/queries';
import { NewTakedownForm } from '../features/takedowns/components/NewTakedownForm';
import { useT } from '../i18n/i18n-context';

/** "Nieuw verwijderverzoek": from one or more evidence items (the start item chosen), typed URLs, or a target without a URL. */
export function NewTakedownPage({ caseId, itemId }: { caseId: string; itemId: string | null }) {
  const t = useT();
  const platforms = usePlatforms();
  const detail = useCase(caseId);
  const items = useEvidenceList(caseId);
  const startItem = itemId ? (items.data?.find((i) => i.id === itemId) ?? null) : null;
  const back = hrefForCase(caseId, 'takedowns');
  return (
    <div className="page stack">
      <a href={back} className="back-link">
        {t('newTd.back')}
      </a>
      <PageHeading>{t('newTd.title')}</PageHeading>
      <p className="lead">{t('newTd.intro')}</p>
      {startItem ? <p className="muted">{t('newTd.fromItem', { label: startItem.label })}</p> : null}
      <ErrorBanner error={platforms.error ?? detail.error ?? items.error} />
      {platforms.data && detail.data && items.data ? (
        <NewTakedownForm
          caseId={caseId}
          caseCategory={detail.data.category}
          items={items.data}
          startItem={startItem}
          platforms={platforms.data}
          onCreated={(r) => navigateTo(hrefForRequest(r.id))}
          onCancel={() => navigateTo(back)}
        />
      ) : null}
    </div>
  );
}
