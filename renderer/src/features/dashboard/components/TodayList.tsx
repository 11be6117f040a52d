import type { Platform } from '../../../../../shared/platform-types';
import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { hrefForRequest } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';
import { requestWhere, shortUrl } from '../../takedowns/logic';
import { requestPlatformLabel } from '../../takedowns/platform-label';
import { OverdueNote, StatusBadge } from '../../takedowns/components/StatusBadge';

/** "Vandaag": follow-ups due today or overdue; each opens the request with route and notice ready. */
export function TodayList({ requests, platforms }: { requests: TakedownRequest[]; platforms: Platform[] | undefined }) {
  const t = useT();
  return (
    <section className="card stack-tight today" aria-labelledby="today-title" data-testid="today">
      <h2 id="today-title" className="section-title">
        {t('today.title')}
      </h2>
      <p className="muted">{t('today.intro')}</p>
      {requests.length === 0 ? <p>{t('today.none')}</p> : null}
      <ul className="today-list">
        {requests.map((r) => {
          const name = requestPlatformLabel(t, r, platforms);
          const where = requestWhere(r);
          return (
            <li key={r.id} className={r.overdue ? 'today-item is-overdue' : 'today-item'} data-testid="today-item">
              <div className="today-main">
                <p>
                  <strong>{t('board.caseRef', { ref: r.caseRef })} · {name}</strong> <StatusBadge status={r.status} />
                </p>
                <p className="mono small" title={where.title}>
                  {shortUrl(where.label, 60)}
                  {where.more > 0 ? <span className="muted"> {t('td.more', { n: where.more })}</span> : null}
                </p>
                <p className="small">{r.overdue ? <OverdueNote request={r} /> : t('today.due')}</p>
              </div>
              <a className="btn btn-secondary" href={hrefForRequest(r.id)} aria-label={t('today.openLabel', { caseRef: r.caseRef, platform: name, channel: t(`td.channel.${r.channel}`) })}>
                {t('today.open')}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
