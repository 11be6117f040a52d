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
} as const;
