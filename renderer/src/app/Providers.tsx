/**
 * Provider order matters: language sits above the lock boundary (a lock never resets it);
 * the session provider owns the TanStack Query client and remounts everything below on lock.
 */
import type { ReactNode } from 'react';
import { SessionProvider } from '../features/session/SessionProvider';
import { I18nProvider } from '../i18n/I18nProvider';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <SessionProvider>{children}</SessionProvider>
    </I18nProvider>
  );
}
