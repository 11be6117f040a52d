import { useChannelMutation } from '../../lib/query';

export function useAddStaff() {
  return useChannelMutation('staff:add');
}

export function useUpdateStaff() {
  return useChannelMutation('staff:update');
}

export function useSetDefaultStaff() {
  return useChannelMutation('staff:set-default', (staffId: string | null) => ({ staffId }));
}
