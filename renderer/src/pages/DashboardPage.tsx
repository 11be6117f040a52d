import { hrefFor } from '../app/router';
import { EmptyState } from '../components/ui/EmptyState';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { DashboardTotals } from '../features/dashboard/components/DashboardTotals';
import { HeldBackList } from '../features/evidence/components/HeldBackList';
import { MedianChart } from '../features/dashboard/components/MedianChart';
import { OverdueChart } from '../features/dashboard/components/OverdueChart';
import { PlatformBarsChart } from '../features/dashboard/components/PlatformBarsChart';
import { TodayList } from '../features/dashboard/components/TodayList';
import { useOpenCaseCount } from '../features/dashboard/queries';
import { usePlatforms } from '../features/platforms/queries';
import { UnlockReminders } from '../features/retention/components/UnlockReminders';
import { AccessRequestsDue } from '../features/persons/components/AccessRequestsDue';
import { platformLabel } from '../features/takedowns/platform-label';
import { useDashboard, useToday } from '../features/takedowns/queries';
import { useT } from '../i18n/i18n-context';
import { UncheckedRemovals } from '../features/capture/components/UncheckedRemovals';

/** "Overzicht": first what to chase today (UX key flow 3), then the figures and charts. */
export function DashboardPage() {
  const t = useT();
  const today = useToday();
  const stats = useDashboard(30);
  const openCases = useOpenCaseCount();
  const platforms = usePlatforms();
  const s = stats.data;
  const nothing = s && s.perPlatform.length === 0 && openCases.data === 0;

  if (nothing) {
    return (
      <div className="page stack">
        <PageHeading>{t('dashboard.title')}</PageHeading>
        <UnlockReminders />
        <HeldBackList />
        <AccessRequestsDue />
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
  const rows = (s?.perPlatform ?? []).map((p) => ({ ...p, label: platformLabel(t, { id: p.platformId, name: p.platformName }) }));
  return (
    <div className="page page-wide stack">
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <UnlockReminders />
      <HeldBackList />
      <ErrorBanner error={today.error ?? stats.error ?? openCases.error} />
      <AccessRequestsDue />
      {today.data ? <TodayList requests={today.data} platforms={platforms.data} /> : null}
      <UncheckedRemovals />
      {s ? (
        <>
          <DashboardTotals totals={s.totals} openCases={openCases.data ?? null} />
          <section className="stack" aria-labelledby="dash-charts">
            <h2 id="dash-charts" className="section-title">
              {t('dash.charts')}
            </h2>
            <PlatformBarsChart rows={rows} />
            <MedianChart rows={rows} />
            <OverdueChart points={s.overdueOverTime} now={s.totals.overdue} />
          </section>
        </>
      ) : null}
    </div>
  );
}
