/**
 * Dossier queries: the vault's signing key (its fingerprint is in every dossier) and the
 * case's takedown requests for the summary. The requests use the takedown key family
 * (['takedowns', 'list', filter]), so every takedown change refreshes them too.
 */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const dossierKeys = {
  signingKey: ['dossier', 'signing-key'] as const,
};

export function useCaseRequests(caseId: string) {
  return useQuery({ queryKey: ['takedowns', 'list', { caseId }] as const, queryFn: () => call('takedown:list', { caseId }), staleTime: 0 });
}

export function useSigningKey() {
  return useQuery({ queryKey: dossierKeys.signingKey, queryFn: () => call('dossier:get-signing-key', {}), staleTime: Infinity });
}
