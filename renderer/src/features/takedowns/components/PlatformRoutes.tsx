import type { Platform, ReportRoute } from '../../../../../shared/platform-types';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { localeOf } from '../../../lib/dates';
import { formatLocalDate } from '../logic';
import { useOpenExternal } from '../mutations';

/** The platform's report routes (steps, forms, addresses), who may file, reference, notes. */
export function PlatformRoutes({ platform, platformName }: { platform: Platform | null; platformName: string }) {
  const { t, language } = useI18n();
  const open = useOpenExternal();
  return (
    <section className="card stack-tight" aria-labelledby="req-routes">
      <h2 id="req-routes" className="section-title">
        {t('routes.title', { platform: platformName })}
      </h2>
      {!platform ? <p className="muted">{t('routes.unknown')}</p> : null}
      {platform ? (
        <>
          <ul className="route-list">
            {platform.routes.map((r, i) => (
              <li key={i} className="route">
                <RouteView route={r} onOpen={(url) => open.mutate(url)} />
              </li>
            ))}
          </ul>
          <ErrorBanner error={open.error} />
          <dl className="details">
            <div className="details-row">
              <dt>{t('routes.whoMayFile')}</dt>
              <dd>{platform.whoMayFile[language]}</dd>
            </div>
            <div className="details-row">
              <dt>{t('routes.reference')}</dt>
              <dd>{platform.reference.returned ? platform.reference.looksLike[language] : t('routes.referenceNone')}</dd>
            </div>
            {platform.notes[language] ? (
              <div className="details-row">
                <dt>{t('routes.notes')}</dt>
                <dd>{platform.notes[language]}</dd>
              </div>
            ) : null}
          </dl>
          {platform.kind !== 'helpline' ? <p className="muted small">{t('routes.followUpDays', { days: platform.followUpDays })}</p> : null}
          {platform.source ? (
            <p className="muted small" data-testid="platform-source">
              {t(platform.source.liveChecked ? 'routes.sourceLive' : 'routes.sourceNotLive', { date: formatLocalDate(platform.source.checkedOn, localeOf(language)) })}{' '}
              <span className="mono break">{platform.source.url}</span>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function RouteView({ route, onOpen }: { route: ReportRoute; onOpen: (url: string) => void }) {
  const { t, language } = useI18n();
  const label = route.label[language];
  return (
    <div className="stack-tight">
      <p>
        <span className="badge">{t(`routes.kind.${route.kind}`)}</span> <strong>{label}</strong>
      </p>
      {route.steps ? <p>{route.steps[language]}</p> : null}
      {route.email ? <p className="mono">{route.email}</p> : null}
      {route.phone ? <p className="mono">{route.phone}</p> : null}
      {route.url ? (
        <div className="actions">
          <Button variant="secondary" onClick={() => onOpen(route.url ?? '')} aria-label={t('routes.openLabel', { label })}>
            {t('routes.open')}
          </Button>
          <span className="muted small mono break">{route.url}</span>
        </div>
      ) : null}
    </div>
  );
}
