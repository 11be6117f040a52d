/** Handlers of the settings:* channels. */
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { readSettings, writeSettings } from '../settings/settings';

type SettingsHandlers = Pick<CoreHandlers, 'settings:get' | 'settings:set'>;

export function settingsHandlers(ctx: CoreContext): SettingsHandlers {
  return {
    'settings:get': async () => readSettings(requireSession(ctx).db),
    'settings:set': async (input) => {
      const s = requireSession(ctx);
      return s.tx(() => {
        const after = writeSettings(s.db, input);
        // Which settings changed, not their values: the sender's name and e-mail stay out of the log.
        s.audit.append({ actor: s.ownerName, kind: 'settings.changed', details: { changed: Object.keys(input).sort() } });
        return after;
      });
    },
  };
}
