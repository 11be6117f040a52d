import { EmptyState } from '../components/ui/EmptyState';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { usePlatforms } from '../features/platforms/queries';
import { Board } from '../features/takedowns/components/Board';
import { useTakedowns } from '../features/takedowns/queries';
import { useT } from '../i18n/i18n-context';

/** "Verwijderverzoeken": the board across all cases. */
export function TakedownBoardPage() {
  const t = useT();
  const list = useTakedowns({});
  const platforms = usePlatforms();
  if (list.data && list.data.length === 0) {
    return (
      <div className="page stack">
        <PageHeading>{t('takedowns.title')}</PageHeading>
        <EmptyState title={t('takedowns.empty.title')} body={t('takedowns.empty.body')} next={t('takedowns.empty.next')} />
      </div>
    );
  }
  return (
    <div className="page page-board stack">
      <PageHeading>{t('takedowns.title')}</PageHeading>
      <p className="lead">{t('board.intro')}</p>
      <ErrorBanner error={list.error ?? platforms.error} />
      {list.isPending ? <p className="muted">{t('board.loading')}</p> : null}
      {list.data && platforms.data ? <Board requests={list.data} platforms={platforms.data} /> : null}
    </div>
  );
}
