import { useState } from 'react';
import { useT } from '../../../i18n/i18n-context';
import { DraftComposer, type LogPrefill } from './DraftComposer';
import { LogForm } from './LogForm';
import { LogList } from './LogList';

/**
 * The case's "Communicatie" tab (issue 19; docs/communication.md): write a message from a
 * template, log who was told what, and read the log. A logged team, class or press message or
 * a follow-up talk ticks its step of the step plan.
 */
export function CommunicationPanel({ caseId, entryId }: { caseId: string; entryId: string | null }) {
  const t = useT();
  const [prefill, setPrefill] = useState<(LogPrefill & { n: number }) | null>(null);
  const toLog = (p: LogPrefill) => {
    setPrefill((old) => ({ ...p, n: (old?.n ?? 0) + 1 }));
    // The log form is further down: bring it into view with the keyboard there.
    window.setTimeout(() => {
      const title = document.getElementById('log-form-title');
      title?.scrollIntoView({ block: 'start' });
      title?.focus({ preventScroll: true });
    }, 0);
  };
  return (
    <section className="stack" aria-label={t('message.panel.title')}>
      <p>{t('message.panel.intro')}</p>
      <DraftComposer caseId={caseId} onLog={toLog} />
      <LogForm caseId={caseId} prefill={prefill} />
      <LogList caseId={caseId} entryId={entryId} />
    </section>
  );
}
