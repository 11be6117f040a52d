/**
 * Host channels: answered by the Electron shell (native dialogs, the OS browser) or, in the
 * browser preview, by the bridge; never by the core.
 */
import { z } from 'zod';
import { channel, empty } from './contract-kit';

export const hostChannels = {
  'host:choose-folder': channel<{ path: string | null; supported: boolean }>()(empty),
  'host:open-external': channel<{ opened: boolean }>()(z.strictObject({ url: z.url({ protocol: /^https$/ }).max(2048) })),
  /** Native save dialog for an export; unsupported in the browser preview (type a path there). */
  'host:choose-save-path': channel<{ path: string | null; supported: boolean }>()(z.strictObject({ defaultName: z.string().min(1).max(255) })),
  /** Native open dialog for a bundle to verify. */
  'host:choose-file': channel<{ path: string | null; supported: boolean }>()(z.strictObject({ extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10) })),
  'host:show-in-folder': channel<{ shown: boolean }>()(z.strictObject({ path: z.string().min(1).max(4096) })),
} as const;
