/**
 * Form checks from the contract: a form builds the input it would send and asks the
 * channel's own zod schema (shared/contract-<domain>.ts) which fields it would refuse, so the
 * screen and the core can never disagree about what is valid, and no rule is written twice.
 */
import { contract, type Channel, type Input } from '../../../shared/contract';

/** The dotted paths ("title", "platform.routes.0.url") of the fields the channel would refuse. */
export function refusedFields<C extends Channel>(channel: C, input: Input<C> | Record<string, unknown>): Set<string> {
  const r = contract[channel].input.safeParse(input);
  return new Set(r.success ? [] : r.error.issues.map((i) => i.path.map(String).join('.')));
}
