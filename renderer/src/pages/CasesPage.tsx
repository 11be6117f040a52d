import { EmptyState } from '../components/ui/EmptyState';
import { PageHeading } from '../components/ui/PageHeading';
import { useT } from '../i18n/i18n-context';

export function CasesPage() {
  const t = useT();
  return (
    <div className="page stack">
      <PageHeading>{t('cases.title')}</PageHeading>
      <EmptyState title={t('cases.empty.title')} body={t('cases.empty.body')} next={t('cases.empty.next')} />
    </div>
  );
}
