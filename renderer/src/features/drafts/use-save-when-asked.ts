/**
 * Writes every pending draft when the core asks (event vault:save-drafts): before a lock that
 * comes without the idle countdown (screen lock, suspend, the menu's lock, closing the window;
 * electron/core/vault/lock.ts lockAfterDrafts). The countdown (LockWarning) and the lock button
 * (features/vault/mutations.ts) write them themselves.
 */
import { useEffect } from 'react';
import { onEvent } from '../../lib/api';
import { flushDrafts } from './pending';

export function useSaveDraftsWhenAsked(): void {
  useEffect(() => onEvent('vault:save-drafts', () => void flushDrafts()), []);
}
