import { hrefFor } from '../app/router';
import { EmptyState } from '../components/ui/EmptyState';
import { PageHeading } from '../components/ui/PageHeading';
import { UnlockReminders } from '../features/retention/components/UnlockReminders';
import { useT } from '../i18n/i18n-context';

export function DashboardPage() {
  const t = useT();
  return (
    <div className="page stack">
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <UnlockReminders />
      <EmptyState
        title={t('dashboard.empty.title')}
        body={t('dashboard.empty.body')}
        next={t('dashboard.empty.next')}
        action={
          <a className="btn btn-secondary" href={hrefFor('settings')}>
            {t('dashboard.empty.action')}
          </a>
        }
      />
    </div>
  );
}
