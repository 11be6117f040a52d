/**
 * A mistake in how a command was called (a missing option, a bad value), already in the
 * user's words; the CLI prints it as is and exits 2. Told apart from the core's errors by its
 * class, never by its message text (docs/architecture.md "Errors").
 */
import { AppError } from '../../shared/errors';

export class UsageError extends AppError {
  constructor(text: string) {
    super('VALIDATION', text);
    this.name = 'UsageError';
  }
}
