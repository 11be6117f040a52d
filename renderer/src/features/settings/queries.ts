import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const settingsKeys = {
  settings: ['settings'] as const,
  appInfo: ['app', 'info'] as const,
};

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.settings, queryFn: () => call('settings:get', {}) });
}

export function useAppInfo() {
  return useQuery({ queryKey: settingsKeys.appInfo, queryFn: () => call('app:get-info', {}) });
}
