import type { Input } from '../../../../shared/contract';
import { useChannelMutation } from '../../lib/query';

export function useLogMessage(caseId: string) {
  return useChannelMutation('message:log', (input: Omit<Input<'message:log'>, 'caseId'>) => ({ caseId, ...input }));
}

export function useSaveMessageTemplates() {
  return useChannelMutation('message:save-templates', (templates: Input<'message:save-templates'>['templates']) => ({ templates }));
}

export function usePolicyUrl() {
  return useChannelMutation('settings:set', (policyUrl: string) => ({ policyUrl }));
}
