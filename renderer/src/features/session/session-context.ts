/** Lock-session context: what the unlock screen shows and how a lock resets the UI. */
import { createContext, useContext } from 'react';
import type { LockReason } from '../../../../shared/vault-types';

export interface SessionValue {
  /** Why the vault was last locked while this window was open; null after unlock. */
  lockReason: LockReason | null;
  /** Clears every cached query and remounts the UI below the session boundary. */
  markLocked: (reason: LockReason) => void;
  clearLockReason: () => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
