/**
 * The calm "case removed" message shown on the case list after a purge. It lives in memory
 * only (never in the address, which holds route ids only) and is read once.
 */
import { useSyncExternalStore } from 'react';

let purgedRef: string | null = null;
const listeners = new Set<() => void>();

export function setPurged(ref: string | null): void {
  purgedRef = ref;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function usePurged(): string | null {
  return useSyncExternalStore(subscribe, () => purgedRef);
}
