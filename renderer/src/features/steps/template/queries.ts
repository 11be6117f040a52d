/** The school's step-plan template: read and save (Instellingen > Stappenplan-sjabloon). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TemplateStep } from '../../../../../shared/step-types';
import { call } from '../../../lib/api';

const templateKey = ['steps', 'template'] as const;

export function useStepTemplate() {
  return useQuery({ queryKey: templateKey, queryFn: () => call('step:get-template', {}) });
}

/** `null` restores the shipped template. Existing cases keep their own steps (core invariant). */
export function useSaveStepTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (steps: TemplateStep[] | null) => call('step:save-template', { steps }),
    onSuccess: (saved) => {
      queryClient.setQueryData(templateKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
