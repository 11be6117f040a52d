/**
 * Reports the user's keyboard and pointer activity to the core's idle watch
 * (electron/core/vault/idle-watch.ts, policy in shared/idle-policy.ts): at once, then at most
 * every ACTIVITY_REPORT_MS, with one trailing report so the last activity always counts.
 * Invariants: the renderer keeps no idle timer or default of its own; a mouse move only
 * updates a timestamp (no re-render); a failed report is ignored (the core then locks on time).
 */
import { useEffect } from 'react';
import { ACTIVITY_REPORT_MS } from '../../../../shared/idle-policy';
import { call } from '../../lib/api';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function reportActivity(): void {
  void call('vault:touch', {}).catch(() => undefined);
}

export function useActivityReport(): void {
  useEffect(() => {
    let last = 0;
    let trailing: number | null = null;
    const send = () => {
      trailing = null;
      last = Date.now();
      reportActivity();
    };
    const onActivity = () => {
      const since = Date.now() - last;
      if (since >= ACTIVITY_REPORT_MS) send();
      else trailing ??= window.setTimeout(send, ACTIVITY_REPORT_MS - since);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      if (trailing !== null) window.clearTimeout(trailing);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
    };
  }, []);
}
