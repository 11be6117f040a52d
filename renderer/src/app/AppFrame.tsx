/**
 * The unlocked app: left navigation, header (language, lock), and the routed page.
 * Invariants: a lock is always one click or Ctrl/Cmd+L away; activity is reported to the
 * core's idle lock from here (the renderer keeps no idle timer of its own).
 */
import { useCallback, useEffect } from 'react';
import { useLocation } from './router';
import { RoutedPage } from './routes';
import { Button } from '../components/ui/Button';
import { useT } from '../i18n/i18n-context';
import { LockWarning } from '../features/vault/components/LockWarning';
import { useSaveDraftsWhenAsked } from '../features/drafts/use-save-when-asked';
import { MinorsRuleNotice } from '../features/evidence/components/MinorsRuleNotice';
import { useActivityReport } from '../features/vault/use-activity-report';
import { useLockVault } from '../features/vault/mutations';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

export function AppFrame() {
  const t = useT();
  const location = useLocation();
  const lock = useLockVault();
  const { mutate } = lock;
  const lockNow = useCallback((reason: 'manual' | 'idle') => mutate(reason), [mutate]);

  useActivityReport();
  useSaveDraftsWhenAsked();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        lockNow('manual');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lockNow]);

  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <span className="brand" translate="no">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </span>
        <MainNav current={location.route} />
      </aside>
      <div className="frame-body">
        <header className="topbar">
          <LanguageSwitch />
          <Button variant="secondary" onClick={() => lockNow('manual')} title={t('header.lockShortcut')} aria-keyshortcuts="Control+L Meta+L" busy={lock.isPending}>
            {t('header.lock')}
          </Button>
        </header>
        <LockWarning />
        <MinorsRuleNotice />
        <main id="main" className="content" tabIndex={-1}>
          <RoutedPage location={location} />
        </main>
      </div>
    </div>
  );
}
