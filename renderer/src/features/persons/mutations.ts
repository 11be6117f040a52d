import type { Input } from '../../../../shared/contract';
import { useChannelMutation } from '../../lib/query';

export type PersonFields = Omit<Input<'person:add'>, 'caseId'>;

export function useAddPerson(caseId: string) {
  return useChannelMutation('person:add', (fields: PersonFields) => ({ caseId, ...fields }));
}

export function useUpdatePerson() {
  return useChannelMutation('person:update');
}

export function useRemovePerson() {
  return useChannelMutation('person:remove', (personId: string) => ({ personId }));
}

export function useSetItemPeople() {
  return useChannelMutation('person:set-item-people');
}

export function useAddAccessRequest() {
  return useChannelMutation('person:add-access-request');
}

export function useUpdateAccessRequest() {
  return useChannelMutation('person:update-access-request');
}

/** Writes the access letter (PDF) to the chosen path. */
export function useAccessLetter() {
  return useChannelMutation('person:report');
}
