/** The school's step-plan template: read and save (Instellingen > Stappenplan-sjabloon). */
import type { TemplateStep } from '../../../../../shared/step-types';
import { useChannelMutation, useChannelQuery } from '../../../lib/query';

export function useStepTemplate() {
  return useChannelQuery('step:get-template', {});
}

/** `null` restores the shipped template. Existing cases keep their own steps (core invariant). */
export function useSaveStepTemplate() {
  return useChannelMutation('step:save-template', (steps: TemplateStep[] | null) => ({ steps }));
}
