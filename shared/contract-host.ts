/**
 * Host channels: answered by the Electron shell (native dialogs, the OS browser) or, in the
 * browser preview, by the bridge; never by the core.
 */
import { z } from 'zod';
import { channel, empty, pathText, RENDERER_ONLY } from './contract-kit';
import { MAX_MAILTO_LENGTH, parseExternalUrl } from './external-url';

export const hostChannels = {
  'host:choose-folder': channel<{ path: string | null; supported: boolean }>()(empty, { transports: RENDERER_ONLY }),
  /** An https link, or a mailto: message (issue 19), by the rule of shared/external-url.ts; the shell asks first. */
  'host:open-external': channel<{ opened: boolean }>()(
    z.strictObject({ url: z.string().max(Math.max(2048, MAX_MAILTO_LENGTH)).refine((u) => parseExternalUrl(u) !== null, { message: 'not an https or mailto address' }) }),
    { transports: RENDERER_ONLY },
  ),
  /** Native save dialog for an export; unsupported in the browser preview (type a path there). */
  'host:choose-save-path': channel<{ path: string | null; supported: boolean }>()(z.strictObject({ defaultName: z.string().min(1).max(255) }), { transports: RENDERER_ONLY }),
  /** Native open dialog for a bundle to verify. */
  'host:choose-file': channel<{ path: string | null; supported: boolean }>()(z.strictObject({ extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10) }), { transports: RENDERER_ONLY }),
  /** Reveals a file the user chose (to save or open) in the OS file manager. */
  'host:show-in-folder': channel<{ shown: boolean }>()(z.strictObject({ path: pathText }), { transports: RENDERER_ONLY, paths: { path: 'read' } }),
  /**
   * The browser preview's stand-in for a native dialog: the user typed a full path in the
   * preview's own field; the bridge hands it out as a grant, as a dialog would. The desktop
   * app has real dialogs and refuses this channel.
   */
  'host:grant-typed-path': channel<{ path: string }>()(z.strictObject({ path: pathText, purpose: z.enum(['read', 'write', 'folder']) }), { transports: ['http'] }),
} as const;
