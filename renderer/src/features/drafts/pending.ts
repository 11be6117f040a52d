/**
 * The drafts that still wait for their debounced save, so a lock can write them first
 * (issue 16 item 1: "Ctrl+L, unlock, gone"). Invariant: it holds only the save functions of
 * mounted forms (no text of its own); a form removes its entry when it unmounts, and the lock
 * remounts every form, so nothing typed stays here after a lock.
 */
type Flush = () => Promise<void>;

const waiting = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  waiting.add(flush);
  return () => waiting.delete(flush);
}

/** Writes every pending draft now; failures are ignored (the lock must happen regardless). */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...waiting].map((f) => f().catch(() => undefined)));
}
