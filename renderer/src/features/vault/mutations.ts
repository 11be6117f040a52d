/**
 * Vault mutations. Invariant: create and recover do NOT write the new status into the
 * cache themselves: the screen first shows the recovery key, and only once the core accepted
 * the typed-back groups (vault:confirm-recovery-key) does the status move on.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VaultStatus } from '../../../../shared/vault-types';
import { call } from '../../lib/api';
import { useSession } from '../session/session-context';
import { flushDrafts } from '../drafts/pending';
import { queryKeyOf, useChannelMutation } from '../../lib/query';

export function useSetVaultStatus() {
  const queryClient = useQueryClient();
  return (status: VaultStatus) => queryClient.setQueryData(queryKeyOf('vault:get-status', {}), status);
}

export function useCreateVault() {
  return useChannelMutation('vault:create');
}

export function useRecoverVault() {
  return useChannelMutation('vault:recover');
}

export function useUnlockVault() {
  const setStatus = useSetVaultStatus();
  const { clearLockReason } = useSession();
  return useMutation({
    mutationFn: (passphrase: string) => call('vault:unlock', { passphrase }),
    onSuccess: (status) => {
      clearLockReason();
      setStatus(status);
    },
  });
}

export function useSelectVault() {
  const setStatus = useSetVaultStatus();
  return useMutation({
    mutationFn: (vaultDir: string) => call('vault:select', { vaultDir }),
    onSuccess: setStatus,
  });
}

export function useLockVault() {
  const { markLocked } = useSession();
  return useMutation({
    mutationFn: async (reason: 'manual' | 'idle') => {
      // What was typed a moment ago reaches the vault before the keys go (issue 16 item 1).
      await flushDrafts();
      return call('vault:lock', { reason });
    },
    // The bridge also pushes `vault:locked`; handling it here too means a missed event
    // can never leave vault content on screen.
    onSuccess: (_status, reason) => markLocked(reason),
  });
}

/** Shows the recovery key that waits for confirmation (a new one if the app restarted meanwhile). */
export function useRevealRecoveryKey() {
  return useChannelMutation('vault:reveal-recovery-key', (_: void) => ({}), { gcTime: 0 });
}

/** Two groups typed back; on success the core's status (no longer pending) becomes the app's. */
export function useConfirmRecoveryKey() {
  const setStatus = useSetVaultStatus();
  return useChannelMutation('vault:confirm-recovery-key', (answers: { group: number; text: string }[]) => ({ answers }), { onSuccess: (status) => setStatus(status) });
}

export function useChangePassphrase() {
  return useChannelMutation('vault:change-passphrase');
}

export function useCheckVault() {
  return useChannelMutation('vault:check', (_: void) => ({}));
}
