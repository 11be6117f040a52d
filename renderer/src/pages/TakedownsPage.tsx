import { EmptyState } from '../components/ui/EmptyState';
import { PageHeading } from '../components/ui/PageHeading';
import { useT } from '../i18n/i18n-context';

export function TakedownsPage() {
  const t = useT();
  return (
    <div className="page stack">
      <PageHeading>{t('takedowns.title')}</PageHeading>
      <EmptyState title={t('takedowns.empty.title')} body={t('takedowns.empty.body')} next={t('takedowns.empty.next')} />
    </div>
  );
}
