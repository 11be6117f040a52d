/** Handlers of the retention:* channels: cases past their retention period, and purge. */
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { purgeCase, retentionDue } from '../retention/purge';
import { readSettings } from '../settings/settings';

type RetentionHandlers = Pick<CoreHandlers, 'retention:list-due' | 'retention:purge'>;

export function retentionHandlers(ctx: CoreContext): RetentionHandlers {
  const s = () => requireSession(ctx);
  return {
    'retention:list-due': async () => retentionDue(s().db, ctx.clock.now(), readSettings(s().db).retentionYears),
    'retention:purge': async (input) => purgeCase(s(), input.caseId, input.confirmRef),
  };
}
