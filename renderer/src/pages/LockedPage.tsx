import { useState } from 'react';
import type { VaultStatus } from '../../../shared/vault-types';
import { useSession } from '../features/session/session-context';
import { AuthLayout } from '../app/AuthLayout';
import { OtherVaultForm } from '../features/vault/components/OtherVaultForm';
import { RecoverForm } from '../features/vault/components/RecoverForm';
import { UnlockForm } from '../features/vault/components/UnlockForm';

type View = 'unlock' | 'recover' | 'other-folder';

export function LockedPage({ status }: { status: VaultStatus }) {
  const { lockReason } = useSession();
  const [view, setView] = useState<View>('unlock');
  return (
    <AuthLayout>
      {view === 'unlock' ? (
        <UnlockForm status={status} lockReason={lockReason} onForgot={() => setView('recover')} onOtherFolder={() => setView('other-folder')} />
      ) : null}
      {view === 'recover' ? <RecoverForm onBack={() => setView('unlock')} /> : null}
      {view === 'other-folder' ? <OtherVaultForm status={status} onDone={() => setView('unlock')} /> : null}
    </AuthLayout>
  );
}
