import { useEffect } from 'react';
import type { VaultStatus } from '../../../shared/vault-types';
import { AuthLayout } from '../app/AuthLayout';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { Steps } from '../components/ui/Steps';
import { RecoveryKeyCeremony } from '../features/vault/components/RecoveryKeyCeremony';
import { useRevealRecoveryKey, useSetVaultStatus } from '../features/vault/mutations';
import { useT } from '../i18n/i18n-context';

/**
 * An unlocked vault whose recovery key was shown but never confirmed (issue 16 item 7: "reload
 * on step 3 lands in an unlocked vault with the key never confirmed"): the wizard resumes at
 * that step, and the vault is not used before the key is confirmed.
 */
export function RecoveryKeyPage({ status }: { status: VaultStatus }) {
  const t = useT();
  const reveal = useRevealRecoveryKey();
  const setStatus = useSetVaultStatus();
  const { mutate } = reveal;
  useEffect(() => mutate(), [mutate]);
  const created = status.recoveryKeyPending === 'created';
  const data = reveal.data;
  return (
    <AuthLayout>
      <div className="stack">
        {created ? (
          <>
            <PageHeading focus={false}>{t('firstRun.title')}</PageHeading>
            <Steps labels={[t('firstRun.step.place'), t('firstRun.step.passphrase'), t('firstRun.step.recoveryKey')]} current={2} />
          </>
        ) : null}
        <ErrorBanner error={reveal.error} />
        {data ? <RecoveryKeyCeremony recoveryKey={data.recoveryKey} isNew={!created} reissued={data.reissued} level={created ? 2 : 1} onDone={setStatus} /> : null}
      </div>
    </AuthLayout>
  );
}
