import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';

/** The calm, centred frame of every screen before the vault is open. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="auth-page">
      <header className="auth-top">
        <span className="brand" translate="no">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </span>
        <LanguageSwitch />
      </header>
      <main className="auth-layout">
        <div className="auth-card">{children}</div>
      </main>
    </div>
  );
}
