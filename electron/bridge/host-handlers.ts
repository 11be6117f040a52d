/**
 * Host channels in the browser preview: there is no native dialog or OS browser hand-off.
 * The preview's own path field stands in for a dialog: what the user typed there is handed
 * out as a grant (host:grant-typed-path), the way a native dialog's answer is in the app.
 */
import { AppError } from '../../shared/errors';
import type { PathGrants } from '../core/files/path-grants';
import type { HostHandlers } from '../core/handler-types';
import { isAbsolute } from 'node:path';

export function createBridgeHostHandlers(grants: PathGrants): HostHandlers {
  return {
    'host:choose-folder': async () => ({ path: null, supported: false }),
    // The preview runs in a normal browser tab: the renderer opens the link itself.
    'host:open-external': async () => ({ opened: false }),
    'host:choose-save-path': async () => ({ path: null, supported: false }),
    'host:choose-file': async () => ({ path: null, supported: false }),
    'host:show-in-folder': async () => ({ shown: false }),
    'host:grant-typed-path': async ({ path, purpose }) => {
      if (!isAbsolute(path)) throw new AppError('VALIDATION', 'Choose a full path.', { issues: [{ path: 'path', code: 'not-absolute' }] });
      return { path: grants.grant(path, purpose) };
    },
  };
}
