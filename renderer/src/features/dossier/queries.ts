/** Dossier queries: the vault's signing key (its fingerprint is in every dossier) and the case's requests for the summary. */
import { useChannelQuery } from '../../lib/query';

export function useCaseRequests(caseId: string) {
  return useChannelQuery('takedown:list', { caseId }, { staleTime: 0 });
}

export function useSigningKey() {
  return useChannelQuery('dossier:get-signing-key', {}, { staleTime: Infinity });
}
