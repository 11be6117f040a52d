/**
 * Stable error codes shared by core, transports and renderer.
 * Invariant: codes never change meaning once released; the renderer maps a code to a
 * translated message and never matches on message text (docs/architecture.md "Errors").
 */
export const ERROR_CODES = [
  'VALIDATION',
  'VAULT_LOCKED',
  /** A new recovery key was shown but not yet confirmed: the vault is not used until it is (issue 16 item 7). */
  'RECOVERY_KEY_UNCONFIRMED',
  'VAULT_EXISTS',
  'VAULT_NOT_FOUND',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'WEAK_PASSPHRASE',
  'NOT_FOUND',
  'CONFLICT',
  'UNSUPPORTED_FILE',
  'FILE_TOO_LARGE',
  'FORBIDDEN_CONTENT',
  'INTEGRITY',
  'DB_FROM_FUTURE',
  'VAULT_FROM_FUTURE',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  /** A path from the page that no dialog of the app handed out in this run. */
  'PATH_NOT_GRANTED',
  'CANCELLED',
  /** A page, a platform or a timestamp authority could not be reached (capture, removal check, timestamp). */
  'NETWORK',
  'IO',
  'DISK_FULL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What crosses a transport: plain data, never an Error instance. */
export interface AppErrorData {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): AppErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Structural check that works across realms and transports (no instanceof). */
export function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string';
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
