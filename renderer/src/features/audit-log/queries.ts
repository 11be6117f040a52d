import { keepPreviousData } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { useChannelQuery } from '../../lib/query';

export function useAuditQuery(input: Input<'audit:query'>) {
  return useChannelQuery('audit:query', input, { staleTime: 0, placeholderData: keepPreviousData });
}
