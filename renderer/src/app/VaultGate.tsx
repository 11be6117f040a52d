/**
 * Chooses the top-level screen from `vault:get-status`: first run, locked, or the app.
 * Invariant: vault content (AppFrame) renders only when the core says `unlocked` and no
 * recovery key waits for confirmation.
 */
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { useVaultStatus } from '../features/vault/queries';
import { useT } from '../i18n/i18n-context';
import { AppFrame } from './AppFrame';
import { AuthLayout } from './AuthLayout';
import { FirstRunPage } from '../pages/FirstRunPage';
import { LockedPage } from '../pages/LockedPage';
import { RecoveryKeyPage } from '../pages/RecoveryKeyPage';

export function VaultGate() {
  const t = useT();
  const status = useVaultStatus();

  if (status.isPending) {
    return (
      <AuthLayout>
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      </AuthLayout>
    );
  }
  if (status.isError) {
    return (
      <AuthLayout>
        <ErrorBanner error={status.error} />
      </AuthLayout>
    );
  }
  const vault = status.data;
  if (!vault.exists) return <FirstRunPage status={vault} />;
  if (!vault.unlocked) return <LockedPage status={vault} />;
  // A recovery key shown but not confirmed: the vault is not used before it is (issue 16 item 7).
  if (vault.recoveryKeyPending) return <RecoveryKeyPage status={vault} />;
  return <AppFrame />;
}
