/** Handlers of the platform:* channels: the catalogue of platforms and escalation bodies. */
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { listPlatforms, resetPlatform, savePlatform } from '../platform/catalogue-repo';

type PlatformHandlers = Pick<CoreHandlers, 'platform:list' | 'platform:save' | 'platform:reset'>;

export function platformHandlers(ctx: CoreContext): PlatformHandlers {
  const s = () => requireSession(ctx);
  const now = () => ctx.clock.now();
  return {
    'platform:list': async () => listPlatforms(s().db),
    'platform:save': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const p = savePlatform(ses.db, input.platform, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'platform.saved', subject: p.id, details: { origin: p.origin } });
        return p;
      });
    },
    'platform:reset': async (input) => {
      const ses = s();
      return ses.tx(() => {
        const p = resetPlatform(ses.db, input.platformId, now());
        ses.audit.append({ actor: ses.ownerName, kind: 'platform.reset', subject: p.id });
        return p;
      });
    },
  };
}
