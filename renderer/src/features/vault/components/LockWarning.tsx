/**
 * The countdown before the idle lock (issue 16 "a visible countdown before auto-lock"):
 * shown when the core says the lock is near, counting down each second; any activity (or the
 * button) postpones it and the core then says so. It stays in view at the top of the window
 * however far the page is scrolled (a bar above a long page's scrolled-off top is no warning),
 * and it writes every pending draft at once, so the lock that may follow loses nothing.
 * Invariant: it only displays the core's decision, it never locks by itself.
 */
import { useEffect, useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { onEvent } from '../../../lib/api';
import { reportActivity } from '../use-activity-report';
import { flushDrafts } from '../../drafts/pending';

export function LockWarning() {
  const t = useT();
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    const offSoon = onEvent('vault:lock-soon', (p) => {
      setLeft(p.secondsLeft);
      void flushDrafts();
    });
    const offPostponed = onEvent('vault:lock-postponed', () => setLeft(null));
    return () => {
      offSoon();
      offPostponed();
    };
  }, []);

  useEffect(() => {
    if (left === null || left <= 0) return;
    const timer = window.setTimeout(() => setLeft((s) => (s === null ? null : s - 1)), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);

  if (left === null) return null;
  return (
    <div className="lock-warning" role="alert" data-testid="lock-warning">
      <span>{t('lockWarning.text', { seconds: Math.max(0, left) })}</span>
      <Button onClick={reportActivity}>{t('lockWarning.stay')}</Button>
    </div>
  );
}
