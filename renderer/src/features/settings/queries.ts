import { useChannelQuery } from '../../lib/query';

export function useSettings() {
  return useChannelQuery('settings:get', {});
}

export function useAppInfo() {
  return useChannelQuery('app:get-info', {});
}
