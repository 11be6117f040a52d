import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { hrefForRequest } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDate, localeOf } from '../../../lib/dates';
import { formatLocalDate, requestWhere, shortUrl } from '../logic';
import { OverdueNote, StatusBadge } from './StatusBadge';

/** One platform's requests in a case: where, status, channel, sent, reference, next follow-up. */
export function RequestTable({ requests, platformName }: { requests: TakedownRequest[]; platformName: string }) {
  const { t, language } = useI18n();
  const none = <span className="muted">{t('td.notYet')}</span>;
  return (
    <table className="table td-table">
      <thead>
        <tr>
          <th scope="col">{t('td.col.url')}</th>
          <th scope="col">{t('td.col.status')}</th>
          <th scope="col">{t('td.col.channel')}</th>
          <th scope="col">{t('td.col.sent')}</th>
          <th scope="col">{t('td.col.reference')}</th>
          <th scope="col">{t('td.col.followUp')}</th>
          <th scope="col">{t('td.col.open')}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((r) => {
          const where = requestWhere(r);
          return (
          <tr key={r.id} className={r.overdue ? 'is-overdue' : undefined} data-testid="case-request">
            <td className="mono break" title={where.title}>
              {shortUrl(where.label)}
              {where.more > 0 ? <span className="muted"> {t('td.more', { n: where.more })}</span> : null}
            </td>
            <td>
              <span className="td-status-cell">
                <StatusBadge status={r.status} />
                <OverdueNote request={r} />
              </span>
            </td>
            <td>{t(`td.channel.${r.channel}`)}</td>
            <td className="nowrap">{r.sentAt ? formatDate(r.sentAt, language) : none}</td>
            <td className="mono">{r.reference ?? none}</td>
            <td className="nowrap">{r.nextFollowUpDate ? formatLocalDate(r.nextFollowUpDate, localeOf(language)) : none}</td>
            <td>
              <a href={hrefForRequest(r.id)} aria-label={t('td.openLabel', { caseRef: r.caseRef, platform: platformName, channel: t(`td.channel.${r.channel}`) })}>
                {t('td.open')}
              </a>
            </td>
          </tr>
          );
        })}
      </tbody>
    </table>
  );
}
