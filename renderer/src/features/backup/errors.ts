import { ApiError } from '../../lib/api-error';

/** The core's `details.reason` of a failed call (e.g. "exists", "target-not-empty"), if any. */
export function reasonOf(err: unknown): string | null {
  return err instanceof ApiError && typeof err.details?.reason === 'string' ? err.details.reason : null;
}
