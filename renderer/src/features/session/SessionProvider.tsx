/**
 * Owns the TanStack Query client and the lock boundary.
 * Invariants: on every `vault:locked` event (any cause: button, shortcut, idle timer, screen
 * lock, suspend) the whole query cache is cleared and everything below is remounted, so no
 * decrypted data stays in memory or on screen.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LockReason } from '../../../../shared/vault-types';
import { onEvent } from '../../lib/api';
import { SessionContext, type SessionValue } from './session-context';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The core is local: no background refetching, no retries on a wrong passphrase.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [epoch, setEpoch] = useState(0);
  const [lockReason, setLockReason] = useState<LockReason | null>(null);

  const markLocked = useCallback(
    (reason: LockReason) => {
      queryClient.clear();
      setLockReason(reason);
      setEpoch((e) => e + 1);
    },
    [queryClient],
  );
  const clearLockReason = useCallback(() => setLockReason(null), []);

  useEffect(() => onEvent('vault:locked', (payload) => markLocked(payload.reason)), [markLocked]);

  const value = useMemo<SessionValue>(() => ({ lockReason, markLocked, clearLockReason }), [lockReason, markLocked, clearLockReason]);

  return (
    <QueryClientProvider client={queryClient}>
      <SessionContext.Provider value={value}>
        <Fragment key={epoch}>{children}</Fragment>
      </SessionContext.Provider>
    </QueryClientProvider>
  );
}
