import type { TakedownEvent } from '../../../../../shared/takedown-types';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { StatusBadge } from './StatusBadge';

/** Every status change, newest first: when, by whom, reference and note. */
export function HistoryTimeline({ history }: { history: TakedownEvent[] }) {
  const { t, language } = useI18n();
  const events = [...history].reverse();
  return (
    <section className="card stack-tight" aria-labelledby="req-history">
      <h2 id="req-history" className="section-title">
        {t('history.title')}
      </h2>
      <ol className="timeline" data-testid="history">
        {events.map((e, i) => (
          <li key={`${e.at}-${i}`} className="timeline-item">
            <p>
              <StatusBadge status={e.to} /> <span className="muted">{formatDateTime(e.at, language)}</span> <span className="muted">{t('history.by', { who: e.by })}</span>
            </p>
            {e.reference ? <p className="mono small">{t('history.reference', { reference: e.reference })}</p> : null}
            {e.note ? <p className="note-body">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
