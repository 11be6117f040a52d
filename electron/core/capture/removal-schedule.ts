/**
 * Removal checks on a schedule the officer turned on (setting removalCheckDays, 0 = off, the
 * default): every `intervalMs` the core looks for requests due a check and runs them, each one
 * a row and an audit entry like a check the officer asked for (trigger 'schedule').
 * Invariants: one tick at a time; nothing runs while the vault is locked or the setting is 0;
 * only hosts that ask for it start the timer (the app and the preview; never a CLI command,
 * which must not open a browser the user did not ask for); tests call tick().
 */
export interface RemovalScheduleDeps {
  /** 0 = no timer. */
  intervalMs: number;
  /** Runs the due checks; resolves to how many ran. */
  runDue(): Promise<number>;
}

export class RemovalSchedule {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly deps: RemovalScheduleDeps) {}

  start(): void {
    if (this.deps.intervalMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.tick().catch(() => undefined), this.deps.intervalMs);
      this.timer.unref?.();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  tick(): Promise<number> {
    if (this.running) return Promise.resolve(0);
    this.running = this.deps.runDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
