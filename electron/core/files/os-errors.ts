/**
 * Errors from the operating system and from SQLite turned into the app's stable codes, so a
 * full disk reads "De schijf is vol" everywhere instead of "unexpected error". Codes from
 * Node's fs (errno names) and from better-sqlite3, which reports SQLite's extended result
 * codes as strings (SQLite "Result and Error Codes": SQLITE_FULL, SQLITE_IOERR_*).
 */
import { AppError } from '../../../shared/errors';

/** The errno / SQLite code of a thrown value ('' when it has none). */
export function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * The AppError for a thrown value, with a `reason` when it is a known OS/SQLite error.
 * `otherwise` is what the caller knows an unknown error to mean (e.g. "not a ZIP").
 */
export function toAppError(err: unknown, otherwise?: () => AppError): AppError {
  if (err instanceof AppError) return err;
  const code = codeOf(err);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return new AppError('DISK_FULL', 'The disk is full.', { reason: 'disk-full' });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_READONLY') return new AppError('IO', 'No permission to write in this folder.', { reason: 'no-permission' });
  if (code === 'ENOENT') return new AppError('IO', 'A file or folder was not found.', { reason: 'not-found' });
  if (code === 'EISDIR') return new AppError('IO', 'This is a folder, not a file.', { reason: 'is-folder' });
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return new AppError('IO', 'The disk could not be read or written.', { reason: 'io' });
  if (code === 'ENAMETOOLONG') return new AppError('IO', 'The file name or path is too long.', { reason: 'name-too-long' });
  // A page failed its authentication while the vault was open (db/page-check.ts names them at unlock).
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('INTEGRITY', 'The vault database is damaged; restore it from a backup.', { reason: 'db-damaged' });
  // better-sqlite3 throws this TypeError for a statement on a closed connection: the vault was locked meanwhile.
  if (err instanceof TypeError && /database connection is not open/.test(err.message)) return new AppError('VAULT_LOCKED', 'The vault is locked.');
  return otherwise?.() ?? new AppError('INTERNAL', 'An unexpected error occurred.');
}
