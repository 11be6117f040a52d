import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const backupKeys = {
  status: ['backup', 'status'] as const,
};

export function useBackupStatus() {
  return useQuery({ queryKey: backupKeys.status, queryFn: () => call('backup:get-status', {}), staleTime: 0 });
}
