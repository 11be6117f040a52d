/**
 * The one table of channels between renderer and core (ARCHITECTURE.md "The contract").
 * Invariants: every channel has a strict zod input schema (unknown keys are rejected) and a
 * declared output type; handlers take one object; both IPC and the HTTP bridge dispatch
 * through the same function, so a channel behaves the same on every transport.
 */
import { z } from 'zod';
import type {
  AppInfo,
  AuditEntry,
  AuditVerification,
  CheckReport,
  CreatedVault,
  Prefs,
  Settings,
  VaultStatus,
} from './domain';

import { channel, empty } from './contract-kit';
import { caseChannels } from './contract-cases';
import { takedownChannels } from './contract-takedowns';
import { dossierChannels } from './contract-dossier';
import { protocolChannels } from './contract-protocol';

const passphrase = z.string().min(1).max(1024);
const folder = z.string().min(1).max(4096);
const language = z.enum(['nl', 'en']);

export const contract = {
  'app:get-info': channel<AppInfo>()(empty),
  'app:get-prefs': channel<Prefs>()(empty),
  'app:set-prefs': channel<Prefs>()(z.strictObject({ language })),

  'vault:get-status': channel<VaultStatus>()(empty),
  'vault:select': channel<VaultStatus>()(z.strictObject({ vaultDir: folder })),
  'vault:create': channel<CreatedVault>()(
    z.strictObject({ vaultDir: folder.optional(), passphrase, ownerName: z.string().trim().min(1).max(200) }),
  ),
  'vault:unlock': channel<VaultStatus>()(z.strictObject({ passphrase })),
  'vault:recover': channel<CreatedVault>()(
    z.strictObject({ recoveryKey: z.string().min(1).max(200), newPassphrase: passphrase }),
  ),
  'vault:lock': channel<VaultStatus>()(z.strictObject({ reason: z.enum(['manual', 'idle']).optional() })),
  'vault:change-passphrase': channel<{ changed: true }>()(
    z.strictObject({ currentPassphrase: passphrase, newPassphrase: passphrase }),
  ),
  'vault:check': channel<CheckReport>()(empty),

  'settings:get': channel<Settings>()(empty),
  'settings:set': channel<Settings>()(
    z.strictObject({
      autoLockMinutes: z.number().int().min(1).max(240).optional(),
      maxImportMb: z.number().int().min(1).max(2000).optional(),
      senderName: z.string().trim().max(200).optional(),
      senderEmail: z.union([z.email().max(320), z.literal('')]).optional(),
      senderOrganisation: z.string().trim().max(200).optional(),
      retentionYears: z.number().int().min(1).max(30).optional(),
      backupReminderDays: z.number().int().min(1).max(365).optional(),
    }),
  ),

  'audit:list': channel<AuditEntry[]>()(
    z.strictObject({ limit: z.number().int().min(1).max(1000).optional(), beforeSeq: z.number().int().min(1).optional() }),
  ),
  'audit:verify': channel<AuditVerification>()(empty),

  /** Host channels: answered by the Electron shell (native dialogs, OS browser) or the bridge. */
  'host:choose-folder': channel<{ path: string | null; supported: boolean }>()(empty),
  'host:open-external': channel<{ opened: boolean }>()(z.strictObject({ url: z.url({ protocol: /^https$/ }).max(2048) })),
  /** Native save dialog for an export; unsupported in the browser preview (type a path there). */
  'host:choose-save-path': channel<{ path: string | null; supported: boolean }>()(z.strictObject({ defaultName: z.string().min(1).max(255) })),
  /** Native open dialog for a bundle to verify. */
  'host:choose-file': channel<{ path: string | null; supported: boolean }>()(z.strictObject({ extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10) })),
  'host:show-in-folder': channel<{ shown: boolean }>()(z.strictObject({ path: z.string().min(1).max(4096) })),

  ...caseChannels,
  ...takedownChannels,
  ...dossierChannels,
  ...protocolChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];
export const HOST_CHANNELS = ['host:choose-folder', 'host:open-external', 'host:choose-save-path', 'host:choose-file', 'host:show-in-folder'] as const satisfies readonly Channel[];
export type HostChannel = (typeof HOST_CHANNELS)[number];
export type CoreChannel = Exclude<Channel, HostChannel>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
