/**
 * The error the renderer throws when a channel answers `{ ok: false }`.
 * Invariant: `code` is always one of shared/errors ERROR_CODES; UI text comes from the
 * i18n catalogue by code, never from `message` (which is English, for logs only).
 */
import { isAppErrorData, type AppErrorData, type ErrorCode } from '../../../shared/errors';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  static from(data: AppErrorData): ApiError {
    return new ApiError(data.code, data.message, data.details);
  }
}

/** Any thrown value as an ApiError: unknown failures become INTERNAL. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (isAppErrorData(err)) return ApiError.from(err);
  return new ApiError('INTERNAL', err instanceof Error ? err.message : 'Unknown error');
}

export function hasCode(err: unknown, code: ErrorCode): boolean {
  return err instanceof ApiError && err.code === code;
}

/** The core's `details.reason` of a failed call (e.g. "exists", "target-not-empty"), if any. */
export function reasonOf(err: unknown): string | null {
  return err instanceof ApiError && typeof err.details?.reason === 'string' ? err.details.reason : null;
}
