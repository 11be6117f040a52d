/**
 * A form's unsaved fields, kept as a draft in the encrypted vault (issue 16 item 1,
 * docs/ux.md "Nothing is lost"): saved a moment after the user stops typing, written at once
 * before a manual lock (pending.ts) and when the form goes away, put back after an unlock (the
 * lock remounts the page at the same address), and removed when the form is saved or cancelled.
 * Invariants: nothing goes to localStorage, sessionStorage or IndexedDB; the text lives in this
 * hook's state and in the vault only, so after a lock the renderer holds none of it; a form
 * that is back at its starting values has no draft; a restored draft never overwrites what the
 * user already typed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../lib/api';
import { useChannelQuery } from '../../lib/query';
import { registerFlush } from './pending';

/** How long after the last change a draft is written. */
export const DRAFT_SAVE_MS = 600;

export interface DraftHandle<T> {
  value: T;
  set: (next: T | ((prev: T) => T)) => void;
  /** The stored draft was read (or there was none). */
  ready: boolean;
  /** When the draft that was put back had been saved; null when nothing was restored. */
  restoredAt: string | null;
  /** After a save or a cancel: the stored draft goes and the form is back at `initial`. */
  clear: () => void;
  /**
   * After a save of a form that stays open with what was saved (a notice's explanation, the
   * item's fields for requests): the stored draft goes and `next` becomes the form's starting
   * values, so going back to them later leaves no draft either.
   */
  rebase: (next: T) => void;
}

/** The stored fields over the form's starting values (a field added since is kept from `initial`). */
function restore<T>(body: string, initial: T): T | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof initial === 'object' && initial !== null && !Array.isArray(initial)) {
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ...initial, ...(parsed as Partial<T>) } : null;
    }
    // A single value (which editor is open, a text): the app wrote it itself.
    return parsed as T;
  } catch {
    return null;
  }
}

export function useDraft<T>(key: string, initial: T, caseId: string | null = null): DraftHandle<T> {
  // gcTime 0: the stored text leaves the query cache as soon as the form is gone.
  const stored = useChannelQuery('draft:get', { key }, { staleTime: 0, gcTime: 0 });
  const [value, setValue] = useState<T>(initial);
  // The starting values: those of this mount (a later render's `initial` is the same form's),
  // until a save that keeps the form open makes what was saved the new start (rebase).
  const [base, setBase] = useState(() => ({ first: initial, start: JSON.stringify(initial) }));
  const { first, start } = base;
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [adopted, setAdopted] = useState(false);

  // Adopt the stored draft once, when it has been read for this mount (state derived while
  // rendering, not in an effect). Read for this mount: a page that asked whether there is a
  // draft (useHasDraft) keeps the same query in the cache, and what it read before a save
  // (TanStack Query gives the cached data while it fetches again) is not the draft of now.
  if (!adopted && ((stored.isSuccess && stored.isFetchedAfterMount) || stored.isError)) {
    setAdopted(true);
    const back = stored.data ? restore(stored.data.body, first) : null;
    // A draft that holds the form's starting values is nothing to put back (no notice either).
    if (back !== null && JSON.stringify(back) !== start && JSON.stringify(value) === start) {
      setValue(back);
      setRestoredAt(stored.data!.updatedAt);
    }
  }
  const ready = adopted;

  const latest = useRef(value);
  const written = useRef<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<number | null>(null);
  useEffect(() => {
    latest.current = value;
  });

  const flush = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const json = JSON.stringify(latest.current);
    if (json === (written.current ?? stored.data?.body ?? start)) return;
    written.current = json;
    // One write at a time, in order, so an older text never lands after a newer one.
    const next = queue.current.then(async () => {
      if (json === start) await call('draft:discard', { key });
      else await call('draft:save', { key, caseId, body: json });
    });
    queue.current = next.catch(() => undefined);
    await next;
  }, [key, caseId, start, stored.data]);

  // Debounced save while the user types; the latest flush is what a lock or an unmount runs.
  useEffect(() => {
    if (!ready) return;
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush().catch(() => undefined), DRAFT_SAVE_MS);
  }, [value, ready, flush]);
  useEffect(() => registerFlush(flush), [flush]);
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  // Leaving the page (another tab, another case) keeps what was typed.
  useEffect(() => () => void flushRef.current().catch(() => undefined), []);

  const set = useCallback((next: T | ((prev: T) => T)) => setValue(next), []);
  const clear = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    written.current = start;
    latest.current = first;
    setValue(first);
    setRestoredAt(null);
    queue.current = queue.current.then(() => call('draft:discard', { key })).catch(() => undefined);
  }, [key, start, first]);
  const rebase = useCallback(
    (next: T) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      const json = JSON.stringify(next);
      written.current = json;
      latest.current = next;
      setBase({ first: next, start: json });
      setValue(next);
      setRestoredAt(null);
      queue.current = queue.current.then(() => call('draft:discard', { key })).catch(() => undefined);
    },
    [key],
  );

  return { value, set, ready, restoredAt, clear, rebase };
}

/**
 * Whether a form has a stored draft, for a page that opens the form only on request (an edit
 * form): after an unlock it opens the form again, so what was typed is seen, not hidden.
 */
export function useHasDraft(key: string): boolean {
  const stored = useChannelQuery('draft:get', { key }, { staleTime: 0, gcTime: 0 });
  return stored.data !== undefined && stored.data !== null;
}
