/**
 * The takedown request status machine (issue: takedown tracker):
 *   to-send -> sent -> acknowledged -> removed | refused -> appealed | escalated
 * A platform may also remove or refuse without acknowledging first; an appeal or an
 * escalation ends in removed or refused. Removed is final: a repost is a new request.
 * Invariant: only transitions listed here are possible; anything else is a CONFLICT.
 */
import type { TakedownStatus } from '../../../shared/takedown-types';
import { AppError } from '../../../shared/errors';

export const TRANSITIONS: Readonly<Record<TakedownStatus, readonly TakedownStatus[]>> = {
  'to-send': ['sent'],
  sent: ['acknowledged', 'removed', 'refused', 'escalated'],
  acknowledged: ['removed', 'refused', 'escalated'],
  refused: ['appealed', 'escalated'],
  appealed: ['removed', 'refused', 'escalated'],
  escalated: ['removed', 'refused'],
  removed: [],
};

export function canTransition(from: TakedownStatus, to: TakedownStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: TakedownStatus, to: TakedownStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('CONFLICT', `A request cannot go from "${from}" to "${to}".`, { reason: 'illegal-transition', from, to, allowed: [...TRANSITIONS[from]] });
  }
}
