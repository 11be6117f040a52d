import { useEffect, useRef } from 'react';
import { INBOX_SOURCES, type InboxSourceId } from '../../../../../shared/inbox-types';
import { hrefForInbox, navigateTo } from '../../../app/router';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { usePlatforms } from '../../platforms/queries';
import { inboxKey } from '../inbox-keys';
import { useInbox } from '../queries';
import { InboxEntryRow } from './InboxEntryRow';

/**
 * "Vandaag", the officer's inbox (issue 16 item 3): the counts per kind of work are links that
 * show only that kind (their own address, #/dashboard/<kind>), the entries below say why each is
 * here and open where the work is done. Keyboard: 1–5 pick a kind, 0 shows all, j and k (or ↓ ↑
 * in the list) move between entries, Enter opens.
 */
export function InboxPanel({ only }: { only: InboxSourceId | null }) {
  const t = useT();
  const inbox = useInbox();
  const platforms = usePlatforms();
  const list = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const sections = inbox.data?.sections ?? [];
  const total = sections.reduce((n, s) => n + s.entries.length, 0);
  const shown = sections.filter((s) => (only ? s.source === only : s.entries.length > 0));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inList = !!list.current?.contains(document.activeElement);
      const k = inboxKey(e, e.target, inList);
      if (!k) return;
      e.preventDefault();
      if (k.kind === 'source') {
        navigateTo(hrefForInbox(k.source));
        return;
      }
      const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.inbox-open') ?? [])];
      if (!links.length) return;
      const at = links.findIndex((a) => a === document.activeElement);
      links[Math.min(links.length - 1, Math.max(0, at === -1 ? (k.by === 1 ? 0 : links.length - 1) : at + k.by))]!.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // Following a count lands on the list it opened.
  const followed = useRef(false);
  useEffect(() => {
    if (followed.current) heading.current?.focus();
    followed.current = true;
  }, [only]);

  return (
    <section className="card stack-tight today" aria-labelledby="today-title" data-testid="today">
      <h2 id="today-title" className="section-title" ref={heading} tabIndex={-1}>
        {only ? t('inbox.titleOnly', { kind: t(`inbox.source.${only}`) }) : t('today.title')}
      </h2>
      <p className="muted">{t('inbox.intro')}</p>
      <ErrorBanner error={inbox.error} />
      {inbox.data ? (
        <nav aria-label={t('inbox.counts')} className="inbox-counts">
          <ul>
            <li>
              <a href={hrefForInbox(null)} aria-current={only === null ? 'page' : undefined} className="inbox-count">
                <span>{t('inbox.all')}</span> <span className="inbox-count-n">{total}</span>
              </a>
            </li>
            {INBOX_SOURCES.map((source) => {
              const n = sections.find((s) => s.source === source)?.entries.length ?? 0;
              return (
                <li key={source}>
                  <a
                    href={hrefForInbox(source)}
                    aria-current={only === source ? 'page' : undefined}
                    className={['inbox-count', n && (source === 'overdue' || source === 'steps-due' || source === 'access-due' || source === 'back-online') ? 'inbox-count-alarm' : null].filter(Boolean).join(' ')}
                    data-source={source}
                  >
                    <span>{t(`inbox.source.${source}`)}</span> <span className="inbox-count-n">{n}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      {inbox.data && total === 0 ? <p>{t('today.none')}</p> : null}
      <div ref={list} className="stack-tight">
        {shown.map((s) => (
          <section key={s.source} aria-labelledby={`inbox-${s.source}`} className="stack-tight">
            <h3 id={`inbox-${s.source}`} className="subsection-title">
              {t(`inbox.source.${s.source}`)} ({s.entries.length})
            </h3>
            {s.entries.length === 0 ? <p className="muted">{t('inbox.noneOfKind')}</p> : null}
            <ul className="today-list">
              {s.entries.map((e) => (
                <InboxEntryRow key={e.kind === 'request' ? `${s.source}-${e.request.id}` : e.kind === 'access' ? `access-${e.access.id}` : `step-${e.step.id}`} entry={e} platforms={platforms.data} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="muted small">{t('inbox.keys', { n: INBOX_SOURCES.length })}</p>
    </section>
  );
}
