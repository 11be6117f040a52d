/** Checks on file system paths that arrive in channel inputs. */
import { isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';

export function mustBeAbsolute(p: string, field: string): void {
  if (!isAbsolute(p)) throw new AppError('VALIDATION', 'Choose a full path.', { issues: [{ path: field, code: 'not-absolute' }] });
}
