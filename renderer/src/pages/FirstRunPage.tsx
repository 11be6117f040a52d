import { useState } from 'react';
import type { VaultStatus } from '../../../shared/vault-types';
import { AuthLayout } from '../app/AuthLayout';
import { FirstRunWizard } from '../features/vault/components/FirstRunWizard';
import { OtherVaultForm } from '../features/vault/components/OtherVaultForm';

export function FirstRunPage({ status }: { status: VaultStatus }) {
  const [openExisting, setOpenExisting] = useState(false);
  return (
    <AuthLayout>
      {openExisting ? (
        <OtherVaultForm status={status} onDone={() => setOpenExisting(false)} />
      ) : (
        <FirstRunWizard status={status} onOpenExisting={() => setOpenExisting(true)} />
      )}
    </AuthLayout>
  );
}
