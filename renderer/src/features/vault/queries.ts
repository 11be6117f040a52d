import { useChannelQuery } from '../../lib/query';

export function useVaultStatus() {
  return useChannelQuery('vault:get-status', {});
}
