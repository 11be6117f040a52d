/**
 * The one dispatch function behind every transport (IPC binder, HTTP bridge, tests).
 * Invariants: unknown channels -> UNKNOWN_CHANNEL; input parsed by the channel's strict zod
 * schema -> VALIDATION with field paths only (never the values, which may be passphrases);
 * any non-AppError becomes INTERNAL with no paths or stack, logged in full on this side only.
 */
import { AppError, type Result } from '../../shared/errors';
import { contract, isChannel } from '../../shared/contract';
import type { AllHandlers, CallContext } from './handler-types';
import type { Logger } from './logger';
import { codeOf, toAppError } from './files/os-errors';

export { toAppError };

export type Dispatch = (channel: unknown, input: unknown, ctx: CallContext) => Promise<Result<unknown>>;

export function createDispatcher(handlers: AllHandlers, logger: Logger): Dispatch {
  return async (channel, input, ctx) => {
    if (!isChannel(channel)) {
      return { ok: false, error: new AppError('UNKNOWN_CHANNEL', 'Unknown channel.').toData() };
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code }));
      return { ok: false, error: new AppError('VALIDATION', 'The input is not valid.', { channel, issues }).toData() };
    }
    try {
      const handler = handlers[channel] as (input: unknown, ctx: CallContext) => Promise<unknown>;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value };
    } catch (err) {
      const appErr = toAppError(err);
      // OS errors carry the file path in their message (a folder may be named after a
      // student): a known one is logged by its code only; only the unexpected in full.
      if (appErr.code === 'INTERNAL') logger.error(`channel ${channel} failed`, err);
      else if (!(err instanceof AppError)) logger.warn(`channel ${channel} failed`, { code: appErr.code, os: codeOf(err) });
      return { ok: false, error: appErr.toData() };
    }
  };
}
