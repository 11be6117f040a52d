import { useChannelQuery } from '../../lib/query';

export function usePersons(caseId: string) {
  return useChannelQuery('person:list', { caseId }, { staleTime: 0 });
}

/** Identities in the vault (to choose the same person for another case), optionally without those already in a case. */
export function useIdentities(excludeCaseId?: string) {
  return useChannelQuery('person:list-identities', excludeCaseId ? { excludeCaseId } : {}, { staleTime: 0 });
}

export function useItemPeople(caseId: string) {
  return useChannelQuery('person:list-item-people', { caseId }, { staleTime: 0 });
}

export function useAccessRequests(filter: { personId?: string; open?: boolean }) {
  return useChannelQuery('person:list-access-requests', filter, { staleTime: 0 });
}
