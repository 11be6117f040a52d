/** Channels of the vault's lifecycle: choose, create, unlock, recover, lock, change the passphrase, check. */
import { z } from 'zod';
import type { CheckReport, CreatedVault, VaultStatus } from './vault-types';
import { channel, empty, pathText } from './contract-kit';

const passphrase = z.string().min(1).max(1024);
const folder = pathText;

export const vaultChannels = {
  'vault:get-status': channel<VaultStatus>()(empty),
  'vault:select': channel<VaultStatus>()(z.strictObject({ vaultDir: folder }), { paths: { vaultDir: 'folder' } }),
  'vault:create': channel<CreatedVault>()(
    z.strictObject({ vaultDir: folder.optional(), passphrase, ownerName: z.string().trim().min(1).max(200) }),
    { paths: { vaultDir: 'folder' } },
  ),
  'vault:unlock': channel<VaultStatus>()(z.strictObject({ passphrase })),
  'vault:recover': channel<CreatedVault>()(
    z.strictObject({ recoveryKey: z.string().min(1).max(200), newPassphrase: passphrase }),
  ),
  'vault:lock': channel<VaultStatus>()(z.strictObject({ reason: z.enum(['manual', 'idle']).optional() })),
  /** The user is active (the renderer reports keyboard and pointer input, throttled): postpones the idle lock. */
  'vault:touch': channel<{ ok: true }>()(empty),
  'vault:change-passphrase': channel<{ changed: true }>()(
    z.strictObject({ currentPassphrase: passphrase, newPassphrase: passphrase }),
  ),
  'vault:check': channel<CheckReport>()(empty),
  /**
   * The recovery key waiting to be confirmed, so a reload returns to that step (issue 16 item 7).
   * When the app restarted meanwhile the key is gone from memory: a new one replaces it (and the
   * unconfirmed one stops working), since a key nobody confirmed must never be the only way in.
   */
  'vault:reveal-recovery-key': channel<{ recoveryKey: string; reissued: boolean }>()(empty, { transports: ['ipc', 'http', 'test'] }),
  /** Groups of the key typed back (at least two, by position); the vault is usable after. */
  'vault:confirm-recovery-key': channel<VaultStatus>()(
    z.strictObject({ answers: z.array(z.strictObject({ group: z.number().int().min(0).max(7), text: z.string().max(20) })).min(2).max(8) }),
    { transports: ['ipc', 'http', 'test'] },
  ),
} as const;
