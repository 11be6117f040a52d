/**
 * The one dispatch function behind every transport (IPC binder, HTTP bridge, tests).
 * Invariants: unknown channels -> UNKNOWN_CHANNEL; input parsed by the channel's strict zod
 * schema -> VALIDATION with field paths only (never the values, which may be passphrases);
 * any non-AppError becomes INTERNAL with no paths or stack, logged in full on this side only;
 * a channel answers only the transports it lists (UNAUTHORIZED otherwise); a path arriving
 * from a renderer transport must be granted by this run's dialogs (PATH_NOT_GRANTED).
 */
import { AppError, type Result } from '../../shared/errors';
import { contract, isChannel, type Channel } from '../../shared/contract';
import { RENDERER_TRANSPORTS, type PathPurpose } from '../../shared/contract-kit';
import type { PathGrants } from './files/path-grants';
import type { AllHandlers, CallContext } from './handler-types';
import type { Logger } from './logger';
import { codeOf, toAppError } from './files/os-errors';

export { toAppError };

export type Dispatch = (channel: unknown, input: unknown, ctx: CallContext) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /**
   * The paths this run's dialogs handed out. Without it nothing arriving over a renderer
   * transport may name a path (the CLI and tests, which pass none, never speak one).
   */
  grants?: PathGrants;
}

/** The path fields of a parsed input that no dialog granted for their purpose. */
function ungrantedPaths(channel: Channel, data: Record<string, unknown>, grants: PathGrants | undefined): string[] {
  const bad: string[] = [];
  for (const [field, purpose] of Object.entries(contract[channel].paths as Record<string, PathPurpose>)) {
    const value = data[field];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    if (values.some((v) => typeof v !== 'string' || !grants?.allows(v, purpose))) bad.push(field);
  }
  return bad;
}

export function createDispatcher(handlers: AllHandlers, logger: Logger, opts: DispatchOptions = {}): Dispatch {
  return async (channel, input, ctx) => {
    if (!isChannel(channel)) {
      return { ok: false, error: new AppError('UNKNOWN_CHANNEL', 'Unknown channel.').toData() };
    }
    const spec = contract[channel];
    // Each channel says who may call it (e.g. reading files by path is the command line's only).
    if (!(spec.transports as readonly string[]).includes(ctx.transport)) {
      logger.warn('channel refused on this transport', { channel, transport: ctx.transport });
      return { ok: false, error: new AppError('UNAUTHORIZED', 'This channel cannot be called from here.', { channel, transport: ctx.transport }).toData() };
    }
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code }));
      return { ok: false, error: new AppError('VALIDATION', 'The input is not valid.', { channel, issues }).toData() };
    }
    // A path from a page must be one the user chose in this run's dialogs, for that purpose.
    if (RENDERER_TRANSPORTS.includes(ctx.transport)) {
      const fields = ungrantedPaths(channel, parsed.data as Record<string, unknown>, opts.grants);
      if (fields.length) {
        logger.warn('path not granted', { channel, fields: fields.join(',') });
        return { ok: false, error: new AppError('PATH_NOT_GRANTED', 'Choose the file or folder again with the app\'s button.', { channel, fields }).toData() };
      }
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
