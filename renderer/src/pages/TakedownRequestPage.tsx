import { hrefFor } from '../app/router';
import { Banner } from '../components/ui/Banner';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { usePlatforms } from '../features/platforms/queries';
import { HistoryTimeline } from '../features/takedowns/components/HistoryTimeline';
import { NoticePanel } from '../features/takedowns/components/NoticePanel';
import { PlatformRoutes } from '../features/takedowns/components/PlatformRoutes';
import { RemovalCheck } from '../features/takedowns/components/RemovalCheck';
import { RequestFacts } from '../features/takedowns/components/RequestFacts';
import { StatusActions } from '../features/takedowns/components/StatusActions';
import { formatLocalDate, targetPlatform } from '../features/takedowns/logic';
import { occurrencePlatformLabel, platformLabel } from '../features/takedowns/platform-label';
import { useTakedown } from '../features/takedowns/queries';
import { useI18n } from '../i18n/i18n-context';
import { RemovalCapture } from '../features/capture/components/RemovalCapture';
import { localeOf } from '../lib/dates';

/**
 * One request (UX key flow 3): overdue first, the next step, the platform's route and the
 * notice ready to copy, then the facts and the history.
 */
export function TakedownRequestPage({ requestId }: { requestId: string }) {
  const { t, language } = useI18n();
  const got = useTakedown(requestId);
  const platforms = usePlatforms();
  const r = got.data;
  const platform = r && platforms.data ? targetPlatform(r, platforms.data) : null;
  const name = platform ? platformLabel(t, platform) : (r?.platformName ?? '');
  return (
    <div className="page page-wide stack">
      <a href={hrefFor('takedowns')} className="back-link">
        {t('req.back')}
      </a>
      {got.isPending ? <p className="muted">{t('req.loading')}</p> : null}
      <ErrorBanner error={got.error ?? platforms.error} />
      {r && platforms.data ? (
        <>
          <div className="stack-tight">
            <PageHeading>{t('req.title', { platform: name })}</PageHeading>
            <p className="muted">
              {t('board.caseRef', { ref: r.caseRef })} · {t(`td.channel.${r.channel}`)}
            </p>
          </div>
          {r.overdue ? (
            <Banner className="banner-overdue">
              {t('req.overdue', { date: formatLocalDate(r.nextFollowUpDate, localeOf(language)) })}
            </Banner>
          ) : null}
          <StatusActions request={r} platform={platform} platformName={name} />
          <RemovalCapture request={r} />
          {r.status === 'removed' ? <RemovalCheck request={r} /> : null}
          <PlatformRoutes platform={platform} platformName={name} />
          <NoticePanel request={r} platform={platform} />
          <RequestFacts request={r} platformName={occurrencePlatformLabel(t, r, platforms.data)} addressee={name} />
          <HistoryTimeline history={r.history} />
        </>
      ) : null}
    </div>
  );
}
