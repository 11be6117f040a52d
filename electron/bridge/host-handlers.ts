/** Host channels in the browser preview: there is no native dialog or OS browser hand-off. */
import type { HostHandlers } from '../core/handler-types';

export const bridgeHostHandlers: HostHandlers = {
  'host:choose-folder': async () => ({ path: null, supported: false }),
  // The preview runs in a normal browser tab: the renderer opens the link itself.
  'host:open-external': async () => ({ opened: false }),
  'host:choose-save-path': async () => ({ path: null, supported: false }),
  'host:choose-file': async () => ({ path: null, supported: false }),
  'host:show-in-folder': async () => ({ shown: false }),
};
