/**
 * The inbox's keyboard shortcuts (issue 16 item 3): 1–5 show one source, 0 all of them, j and k
 * (or ↓ and ↑ inside the list) move between entries, Enter opens one (a link). Invariant: a key
 * typed into a field is never taken, so shortcuts never eat text.
 */
import { INBOX_SOURCES, type InboxSourceId } from '../../../../shared/inbox-types';

export type InboxKey = { kind: 'source'; source: InboxSourceId | null } | { kind: 'move'; by: 1 | -1 } | null;

export function inboxKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: EventTarget | null, inList: boolean): InboxKey {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const el = target as HTMLElement | null;
  if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return null;
  if (e.key === '0') return { kind: 'source', source: null };
  const n = Number(e.key);
  if (Number.isInteger(n) && n >= 1 && n <= INBOX_SOURCES.length) return { kind: 'source', source: INBOX_SOURCES[n - 1]! };
  if (e.key === 'j' || (inList && e.key === 'ArrowDown')) return { kind: 'move', by: 1 };
  if (e.key === 'k' || (inList && e.key === 'ArrowUp')) return { kind: 'move', by: -1 };
  return null;
}
