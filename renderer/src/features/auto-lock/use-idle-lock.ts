/**
 * Locks the vault after `autoLockMinutes` without pointer or keyboard activity.
 * Invariants: activity only updates a timestamp (no re-render per mouse move); the check
 * runs on a coarse interval; a hidden window keeps counting, so a laptop left open locks;
 * a lock that fails (the core did not answer) is retried after RETRY_MS, not forgotten.
 */
import { useEffect, useRef } from 'react';
import { useSettings } from '../settings/queries';

const DEFAULT_MINUTES = 10;
const CHECK_EVERY_MS = 5_000;
const RETRY_MS = 30_000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleLock(lock: (reason: 'idle') => void): void {
  const settings = useSettings();
  const minutes = settings.data?.autoLockMinutes ?? DEFAULT_MINUTES;
  const lastActivity = useRef(0);

  useEffect(() => {
    lastActivity.current = Date.now();
    const idleMs = minutes * 60_000;
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= idleMs) {
        // On success this component unmounts; otherwise try again in RETRY_MS.
        lastActivity.current = Date.now() - idleMs + RETRY_MS;
        lock('idle');
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch);
    };
  }, [minutes, lock]);
}
