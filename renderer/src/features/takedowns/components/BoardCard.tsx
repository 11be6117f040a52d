import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { hrefForRequest } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n-context';
import { localeOf } from '../../../lib/dates';
import { formatLocalDate, requestWhere, shortUrl } from '../logic';
import { OverdueNote, StatusBadge } from './StatusBadge';

/** One request on the board: case, platform, the URL (short; full in the title), overdue in red. */
export function BoardCard({ request: r, platformName, showStatus }: { request: TakedownRequest; platformName: string; showStatus: boolean }) {
  const { t, language } = useI18n();
  const where = requestWhere(r);
  return (
    <article className={r.overdue ? 'board-card is-overdue' : 'board-card'} data-testid="board-card" data-overdue={r.overdue ? 'true' : 'false'}>
      <p className="board-card-head">
        <a href={hrefForRequest(r.id)}>
          {t('board.caseRef', { ref: r.caseRef })} · {platformName}
        </a>
      </p>
      <p className="mono small board-url" title={where.title}>
        {shortUrl(where.label, 36)}
        {where.more > 0 ? <span className="muted"> {t('td.more', { n: where.more })}</span> : null}
      </p>
      <p className="small">{t(`td.channel.${r.channel}`)}</p>
      {showStatus ? (
        <p>
          <StatusBadge status={r.status} />
        </p>
      ) : null}
      {r.overdue ? (
        <p className="small">
          <OverdueNote request={r} />
        </p>
      ) : r.nextFollowUpDate ? (
        <p className="small muted">{t('board.followUp', { date: formatLocalDate(r.nextFollowUpDate, localeOf(language)) })}</p>
      ) : null}
    </article>
  );
}
