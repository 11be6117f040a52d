/**
 * Enforcement of the takedown status machine; the table itself lives in shared/ so the UI
 * offers exactly these steps. Invariant: anything not listed is refused with CONFLICT.
 */
import { TRANSITIONS, type TakedownStatus } from '../../../shared/takedown-types';
import { AppError } from '../../../shared/errors';

export { TRANSITIONS };

export function canTransition(from: TakedownStatus, to: TakedownStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: TakedownStatus, to: TakedownStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('CONFLICT', `A request cannot go from "${from}" to "${to}".`, { reason: 'illegal-transition', from, to, allowed: [...TRANSITIONS[from]] });
  }
}
