/**
 * Locks an unlocked vault after the configured idle time (shared/idle-policy.ts), and warns
 * LOCK_WARNING_SECONDS before (event vault:lock-soon). The renderer reports user activity
 * (vault:touch); the clock is the core's, so tests move it instead of waiting.
 * Invariants: one watch per core; it runs only while a vault is open; check() is what the
 * timer calls, and tests call it directly.
 */
import { idleState } from '../../../shared/idle-policy';
import type { Clock } from '../clock';
import type { CoreEvents } from '../events';

export interface IdleWatchDeps {
  clock: Clock;
  events: CoreEvents;
  /** The configured minutes while a vault is open, else null. */
  minutes(): number | null;
  lock(): Promise<void>;
  /** How often the timer checks; 0 = no timer (tests call check()). */
  intervalMs: number;
}

export class IdleWatch {
  private last = 0;
  private warned = false;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly deps: IdleWatchDeps) {}

  start(): void {
    this.touch();
    if (this.deps.intervalMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.check(), this.deps.intervalMs);
      this.timer.unref?.();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.warned = false;
  }

  touch(): void {
    this.last = this.deps.clock.now().getTime();
    if (this.warned) {
      this.warned = false;
      this.deps.events.emit('vault:lock-postponed', {});
    }
  }

  async check(): Promise<void> {
    const minutes = this.deps.minutes();
    if (minutes === null) return;
    const st = idleState(this.last, this.deps.clock.now().getTime(), minutes);
    if (st.state === 'expired') {
      await this.deps.lock();
    } else if (st.state === 'warning' && !this.warned) {
      this.warned = true;
      this.deps.events.emit('vault:lock-soon', { secondsLeft: st.secondsLeft });
    }
  }
}
