import type { InboxSourceId } from '../../../shared/inbox-types';
import { HREF_NEW_CASE, hrefFor } from '../app/router';
import { EmptyState } from '../components/ui/EmptyState';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { DashboardTotals } from '../features/dashboard/components/DashboardTotals';
import { HeldBackList } from '../features/evidence/components/HeldBackList';
import { MedianChart } from '../features/dashboard/components/MedianChart';
import { OverdueChart } from '../features/dashboard/components/OverdueChart';
import { PlatformBarsChart } from '../features/dashboard/components/PlatformBarsChart';
import { InboxPanel } from '../features/inbox/components/InboxPanel';
import { useOpenCaseCount } from '../features/dashboard/queries';
import { UnlockReminders } from '../features/retention/components/UnlockReminders';
import { platformLabel } from '../features/takedowns/platform-label';
import { useDashboard } from '../features/takedowns/queries';
import { useT } from '../i18n/i18n-context';
import { PreventionLinks } from '../features/communication/components/PreventionLinks';

/** "Overzicht": first the inbox "Vandaag" (UX key flow 3, issue 16 item 3), then the figures and charts. */
export function DashboardPage({ inbox }: { inbox: InboxSourceId | null }) {
  const t = useT();
  const stats = useDashboard(30);
  const openCases = useOpenCaseCount();
  const s = stats.data;
  const nothing = s && s.perPlatform.length === 0 && openCases.data === 0;

  if (nothing) {
    return (
      <div className="page stack">
        <PageHeading>{t('dashboard.title')}</PageHeading>
        <UnlockReminders />
        <HeldBackList />
        <EmptyState
          title={t('dashboard.empty.title')}
          body={t('dashboard.empty.body')}
          next={t('dashboard.empty.next')}
          action={
            <div className="actions">
              <a className="btn btn-primary" href={HREF_NEW_CASE}>
                {t('cases.new')}
              </a>
              <a className="btn btn-secondary" href={hrefFor('settings')}>
                {t('dashboard.empty.action')}
              </a>
            </div>
          }
        />
        {/* Prevention pointers (issue 19 item 5): before the first case, where to read up. */}
        <div className="card">
          <PreventionLinks />
        </div>
      </div>
    );
  }
  const rows = (s?.perPlatform ?? []).map((p) => ({ ...p, label: platformLabel(t, { id: p.platformId, name: p.platformName }) }));
  return (
    <div className="page page-wide stack">
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <UnlockReminders />
      <HeldBackList />
      <ErrorBanner error={stats.error ?? openCases.error} />
      <InboxPanel only={inbox} />
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
