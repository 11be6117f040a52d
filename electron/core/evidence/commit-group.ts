/**
 * Group commit for a batch import (docs/architecture.md "Import pipeline"): the journal rows
 * of several files' blobs, and the rows of several files, share one transaction, so one WAL
 * fsync (synchronous = FULL) serves many files instead of two per file. SQLite commits run on
 * the main thread; per file they cost two synchronous fsyncs, which stalled every file in
 * flight (bench/import.ts, docs/architecture.md "Import speed").
 * What a crash can lose is unchanged: a file is reported stored only after the transaction
 * holding its row committed (synchronous = FULL); a blob's journal row is committed before the
 * first byte of the blob is written (vault/pending-files.ts), so an unlock after a crash still
 * removes every blob file no row references. Only the moment a file is reported moves later,
 * by at most the group's wait (DEFAULT_COMMIT_GROUP: 50 ms).
 * Invariants: commit bodies run in the order they were queued, each exactly once in the
 * transaction that commits it; when a group's transaction fails, the journal and every body
 * are retried each in a transaction of its own, so one file's failure never takes another
 * file down with it (a body must therefore be safe to run again after a rollback: database
 * effects only). A request waits at most maxWaitMs; it goes at once when every file still
 * running is waiting on this group, or when the group is full.
 */
import type { Session } from '../vault/session';
import { recordPending } from '../vault/pending-files';

export interface CommitGroupOptions {
  /** Most file rows in one transaction. */
  maxItems: number;
  /** Longest a request waits for others to join it. */
  maxWaitMs: number;
}

export const DEFAULT_COMMIT_GROUP: CommitGroupOptions = { maxItems: 16, maxWaitMs: 50 };

interface Waiter<T> {
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

export class CommitGroup {
  private journals: ({ ids: readonly string[] } & Waiter<void>)[] = [];
  private bodies: ({ body: () => unknown } & Waiter<unknown>)[] = [];
  /** Files started and not finished; and of those, how many are waiting (on this group or on their turn). */
  private running = 0;
  private blocked = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private soon = false;
  /** Transactions committed, for the benchmark and the tests. */
  commits = 0;

  constructor(
    private readonly session: Session,
    private readonly opts: CommitGroupOptions = DEFAULT_COMMIT_GROUP,
  ) {}

  /** A file of the batch started. */
  enter(): void {
    this.running++;
  }

  /** A file of the batch is done (stored, duplicate or rejected). */
  leave(): void {
    this.running--;
    this.consider();
  }

  /** Waits for `p` (the previous file's turn) counted as blocked, so the group need not wait for this file. */
  async wait<T>(p: Promise<T>): Promise<T> {
    this.blocked++;
    this.consider();
    try {
      return await p;
    } finally {
      this.blocked--;
    }
  }

  /** Records the blobs about to be written in the journal; resolves once that is committed. */
  journal(ids: readonly string[]): Promise<void> {
    return this.request<void>((w) => this.journals.push({ ids, ...w }));
  }

  /** Runs `body` inside the group's transaction, after every body queued before it; resolves with its result once committed. */
  commit<T>(body: () => T): Promise<T> {
    return this.request<T>((w) => this.bodies.push({ body, ...(w as Waiter<unknown>) }));
  }

  private request<T>(push: (w: Waiter<T>) => void): Promise<T> {
    const p = new Promise<T>((resolve, reject) => push({ resolve, reject }));
    this.blocked++;
    this.consider();
    return p.finally(() => {
      this.blocked--;
    });
  }

  private pending(): number {
    return this.journals.length + this.bodies.length;
  }

  private consider(): void {
    if (this.pending() === 0) return;
    if (this.bodies.length >= this.opts.maxItems || this.blocked >= this.running) {
      if (this.soon) return;
      this.soon = true;
      // On the next turn of the event loop: requests made in this one join.
      setImmediate(() => this.flush());
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.opts.maxWaitMs);
    }
  }

  private flush(): void {
    this.soon = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const journals = this.journals.splice(0);
    const bodies = this.bodies.splice(0, this.opts.maxItems);
    if (journals.length === 0 && bodies.length === 0) return;
    const ids = journals.flatMap((j) => j.ids);
    let results: unknown[];
    try {
      results = this.session.tx(() => {
        if (ids.length) recordPending(this.session.db, 'blob', ids, this.session.clock.now());
        return bodies.map((b) => b.body());
      });
      this.commits++;
    } catch {
      // One file's failure must not fail the others: each again on its own.
      this.alone(journals, bodies);
      this.consider();
      return;
    }
    for (const j of journals) j.resolve();
    bodies.forEach((b, i) => b.resolve(results[i]));
    this.consider();
  }

  private alone(journals: ({ ids: readonly string[] } & Waiter<void>)[], bodies: ({ body: () => unknown } & Waiter<unknown>)[]): void {
    for (const j of journals) {
      try {
        this.session.tx(() => recordPending(this.session.db, 'blob', j.ids, this.session.clock.now()));
        this.commits++;
        j.resolve();
      } catch (err) {
        j.reject(err);
      }
    }
    for (const b of bodies) {
      try {
        const r = this.session.tx(b.body);
        this.commits++;
        b.resolve(r);
      } catch (err) {
        b.reject(err);
      }
    }
  }
}
