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
