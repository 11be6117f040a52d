import { useChannelMutation } from '../../lib/query';

export function useAddNote(caseId: string) {
  return useChannelMutation('note:add', (body: string) => ({ caseId, body }));
}

export function useUpdateNote() {
  return useChannelMutation('note:update');
}
