import { useEffect } from 'react';
import type { CommEntry } from '../../../../../shared/message-types';
import { hrefForCase } from '../../../app/router';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { useMessageLog } from '../queries';

/**
 * The case's communication log (issue 19 item 3), newest first: who was told what, when, by
 * whom and how, the agreements, and the steps each entry ticked. Append-only: there is no edit
 * or delete, a correction is a new entry. A ticked step links here (`entryId`), and that entry
 * is brought into view and marked.
 */
export function LogList({ caseId, entryId }: { caseId: string; entryId: string | null }) {
  const { t, language } = useI18n();
  const log = useMessageLog(caseId);
  const entries = [...(log.data ?? [])].reverse();
  const found = entryId !== null && entries.some((e) => e.id === entryId);
  useEffect(() => {
    if (!found || !entryId) return;
    const el = document.getElementById(`msg-${entryId}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [found, entryId]);
  return (
    <section className="stack-tight" aria-labelledby="log-title">
      <h2 id="log-title" className="section-title">
        {t('message.list.title')}
      </h2>
      <p className="muted">{t('message.list.intro')}</p>
      <ErrorBanner error={log.error} />
      {log.data && entries.length === 0 ? <p className="muted">{t('message.list.empty')}</p> : null}
      <ol className="message-log" aria-label={t('message.list.title')}>
        {entries.map((e) => (
          <Entry key={e.id} e={e} current={e.id === entryId} caseId={caseId} when={formatDateTime(e.at, language)} />
        ))}
      </ol>
    </section>
  );
}

function Entry({ e, current, caseId, when }: { e: CommEntry; current: boolean; caseId: string; when: string }) {
  const { t } = useI18n();
  return (
    <li id={`msg-${e.id}`} tabIndex={-1} className={['card', 'stack-tight', 'message-entry', current ? 'message-entry-current' : null].filter(Boolean).join(' ')} data-testid="message-entry">
      <p className="message-entry-head">
        <strong>{t('message.list.to', { audience: t(`message.audience.${e.audience}`), to: e.to })}</strong>
      </p>
      <p className="plan-step-meta">
        <span>{when}</span>
        <span>{t(`message.how.${e.how}`)}</span>
        <span>{t('message.list.by', { by: e.by })}</span>
        <span>{e.templateTitle ? t('message.list.template', { template: e.templateTitle }) : t('message.list.ownText')}</span>
        {e.followUp ? <span className="badge">{t('message.list.followUp')}</span> : null}
      </p>
      {e.note ? (
        <p>
          <span className="field-label">{t('message.list.note')}</span> {e.note}
        </p>
      ) : null}
      {e.subject || e.text ? (
        <details className="message-text">
          <summary>{t('message.list.showText')}</summary>
          {e.subject ? <p className="small">{t('message.list.subject', { subject: e.subject })}</p> : null}
          <p className="note-body">{e.text}</p>
        </details>
      ) : null}
      {e.ticked.length ? (
        <p className="small" data-testid="message-ticked">
          {t('message.list.ticked')}{' '}
          {e.ticked.map((s, i) => (
            <span key={s.stepId}>
              {i > 0 ? '; ' : ''}
              <a href={hrefForCase(caseId, 'steps')}>{s.title}</a>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
