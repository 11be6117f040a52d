/**
 * TanStack Query over the contract: a query's key is `[channel, input]`, and a mutation drops
 * what its channel changes (lib/invalidation.ts). Features build their hooks from these two,
 * so no feature writes a query key or an invalidation by hand.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Channel, Input, Output } from '../../../shared/contract';
import { call } from './api';
import { invalidatedBy } from './invalidation';

export function queryKeyOf<C extends Channel>(channel: C, input?: Input<C>): readonly unknown[] {
  return input === undefined ? [channel] : [channel, input];
}

type QueryOptions<C extends Channel, T> = Omit<UseQueryOptions<Output<C>, Error, T>, 'queryKey' | 'queryFn'>;

export function useChannelQuery<C extends Channel, T = Output<C>>(channel: C, input: Input<C>, options: QueryOptions<C, T> = {}) {
  return useQuery<Output<C>, Error, T>({ queryKey: queryKeyOf(channel, input), queryFn: () => call(channel, input), ...options });
}

export function invalidateAfter(queryClient: QueryClient, channel: Channel): void {
  for (const read of invalidatedBy(channel)) void queryClient.invalidateQueries({ queryKey: [read] });
}

export interface ChannelMutationOptions<C extends Channel, V> {
  onSuccess?: (data: Output<C>, vars: V) => void;
  /** Run even when the call failed (an export that failed is logged too). */
  invalidateOnError?: boolean;
  gcTime?: number;
}

/** A mutation of one channel; `toInput` maps what the component has to the channel's input. */
export function useChannelMutation<C extends Channel, V = Input<C>>(channel: C, toInput?: (vars: V) => Input<C>, options: ChannelMutationOptions<C, V> = {}) {
  const queryClient = useQueryClient();
  return useMutation<Output<C>, Error, V>({
    mutationFn: (vars: V) => call(channel, toInput ? toInput(vars) : (vars as unknown as Input<C>)),
    onSuccess: (data, vars) => {
      // The caller's own cache update first (what it knows is fresh), then the refetches.
      options.onSuccess?.(data, vars);
      invalidateAfter(queryClient, channel);
    },
    onError: () => {
      if (options.invalidateOnError) invalidateAfter(queryClient, channel);
    },
    ...(options.gcTime !== undefined ? { gcTime: options.gcTime } : {}),
  });
}
