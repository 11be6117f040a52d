/** Checks on file system paths that arrive in channel inputs. */
import { promises as fs } from 'node:fs';
import { isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';

export function mustBeAbsolute(p: string, field: string): void {
  if (!isAbsolute(p)) throw new AppError('VALIDATION', 'Choose a full path.', { issues: [{ path: field, code: 'not-absolute' }] });
}

/** Overwriting asks, everywhere: an existing file is CONFLICT 'exists' unless the caller says `overwrite`. */
export async function refuseExisting(p: string): Promise<void> {
  const exists = await fs.lstat(p).then(() => true, () => false);
  if (exists) throw new AppError('CONFLICT', 'A file with this name already exists.', { reason: 'exists' });
}
