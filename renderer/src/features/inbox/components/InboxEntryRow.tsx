import type { Platform } from '../../../../../shared/platform-types';
import type { InboxEntry } from '../../../../../shared/inbox-types';
import { hrefForCase, hrefForRequest } from '../../../app/router';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDay } from '../../steps/day';
import { shortUrl } from '../../takedowns/logic';
import { requestPlatformLabel } from '../../takedowns/platform-label';
import { OverdueNote, StatusBadge } from '../../takedowns/components/StatusBadge';
import { targetLabel } from '../../../../../shared/takedown-types';

/** One thing to do today: a request (case, platform, status, URL, why it is here) or a step of the plan. */
export function InboxEntryRow({ entry, platforms }: { entry: InboxEntry; platforms: Platform[] | undefined }) {
  const { t, language } = useI18n();
  if (entry.kind === 'access') {
    // No names (the dashboard may be read over a shoulder): the cases and the role say enough.
    const a = entry.access;
    const first = a.cases[0];
    return (
      <li className={a.overdue ? 'today-item is-overdue' : 'today-item'} data-testid="today-item" data-source={entry.source}>
        <div className="today-main">
          <p>
            <strong>{t('accessDue.item', { refs: a.cases.map((c) => c.caseRef).join(', '), role: first ? t(`person.role.${first.role}`).toLowerCase() : '' })}</strong>
          </p>
          <p className="small">{a.overdue ? t('accessDue.overdue', { date: formatDay(a.dueOn, language) }) : t('accessDue.due', { date: formatDay(a.dueOn, language) })}</p>
        </div>
        {first ? (
          <a className="btn btn-secondary inbox-open" href={hrefForCase(first.caseId, 'persons')} aria-label={t('accessDue.openLabel', { ref: first.caseRef })}>
            {t('inbox.open')}
          </a>
        ) : null}
      </li>
    );
  }
  if (entry.kind === 'step') {
    const s = entry.step;
    return (
      // A late step says so in words; only a late request (the platform's deadline) gets the red frame.
      <li className="today-item" data-testid="today-item" data-source={entry.source}>
        <div className="today-main">
          <p>
            <strong>{t('inbox.step', { title: s.title })}</strong>
          </p>
          <p className="small">
            {t('board.caseRef', { ref: entry.caseRef })} · {s.owner || t('steps.noOwner')} ·{' '}
            {s.overdue ? <span className="overdue">{t('inbox.stepOverdue', { date: formatDay(s.dueDate, language) })}</span> : t('inbox.stepToday')}
          </p>
        </div>
        <a className="btn btn-secondary inbox-open" href={hrefForCase(s.caseId, 'steps')} aria-label={t('inbox.openStep', { title: s.title, caseRef: entry.caseRef })}>
          {t('inbox.open')}
        </a>
      </li>
    );
  }
  const r = entry.request;
  const name = requestPlatformLabel(t, r, platforms);
  return (
    <li className={r.overdue ? 'today-item is-overdue' : 'today-item'} data-testid="today-item" data-source={entry.source}>
      <div className="today-main">
        <p>
          <strong>
            {t('board.caseRef', { ref: r.caseRef })} · {name}
          </strong>{' '}
          <StatusBadge status={r.status} />
        </p>
        <p className="mono small break" title={targetLabel(r.occurrence)}>
          {shortUrl(targetLabel(r.occurrence), 60)}
          {r.occurrences.length > 1 ? <span className="muted"> {t('inbox.moreTargets', { n: r.occurrences.length - 1 })}</span> : null}
        </p>
        <p className="small">{r.overdue ? <OverdueNote request={r} /> : t(`inbox.why.${entry.source}`)}</p>
      </div>
      <a className="btn btn-secondary inbox-open" href={hrefForRequest(r.id)} aria-label={t('today.openLabel', { caseRef: r.caseRef, platform: name, channel: t(`td.channel.${r.channel}`) })}>
        {t('inbox.open')}
      </a>
    </li>
  );
}
