/**
 * The calm "case removed" message shown on the case list after a purge, with the backups that
 * still hold the case (issue 15 item 5). It lives in memory only (never in the address, which
 * holds route ids only) and is read once.
 */
import { useSyncExternalStore } from 'react';
import type { BackupRecord } from '../../../../shared/retention-types';

export interface Purged {
  ref: string;
  backups: BackupRecord[];
}

let purged: Purged | null = null;
const listeners = new Set<() => void>();

export function setPurged(next: Purged | null): void {
  purged = next;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function usePurged(): Purged | null {
  return useSyncExternalStore(subscribe, () => purged);
}
