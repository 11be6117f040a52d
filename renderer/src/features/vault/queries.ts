/** Vault status queries. Invariant: one cache key per channel, exported for mutations. */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const vaultKeys = {
  status: ['vault', 'status'] as const,
};

export function useVaultStatus() {
  return useQuery({ queryKey: vaultKeys.status, queryFn: () => call('vault:get-status', {}) });
}
