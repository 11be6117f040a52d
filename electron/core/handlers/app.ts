/** Handlers of the app:* channels: what the app is, and the device's preferences. */
import { VAULT_FORMAT_VERSION } from '../vault/header';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { APP_NAME, APP_VERSION } from '../app/version';
import type { CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';

type AppHandlers = Pick<CoreHandlers, 'app:get-info' | 'app:get-prefs' | 'app:set-prefs'>;

export function appHandlers(ctx: CoreContext): AppHandlers {
  return {
    'app:get-info': async () => ({ name: APP_NAME, version: APP_VERSION, vaultFormatVersion: VAULT_FORMAT_VERSION, dbSchemaVersion: LATEST_SCHEMA_VERSION }),
    'app:get-prefs': async () => ({ language: ctx.prefs.get().language }),
    'app:set-prefs': async (input) => {
      const p = await ctx.prefs.update({ language: input.language });
      ctx.events.emit('app:prefs-changed', { language: p.language });
      return { language: p.language };
    },
  };
}
