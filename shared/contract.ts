/**
 * The one table of channels between renderer and core (docs/architecture.md "The contract").
 * Each domain declares its channels in its own file, shared/contract-<domain>.ts, answered by
 * electron/core/handlers/<domain>.ts over electron/core/<domain>/.
 * Invariants: every channel is named `domain:verb` with a singular domain; every channel has
 * a strict zod input schema (unknown keys are rejected) and a declared output type; handlers
 * take one object; every transport dispatches through the same function, so a channel
 * behaves the same on every transport.
 */
import type { z } from 'zod';
import { appChannels } from './contract-app';
import { auditChannels } from './contract-audit';
import { backupChannels } from './contract-backup';
import { captureChannels } from './contract-capture';
import { caseChannels } from './contract-case';
import { dossierChannels } from './contract-dossier';
import { draftChannels } from './contract-draft';
import { inboxChannels } from './contract-inbox';
import { messageChannels } from './contract-message';
import { evidenceChannels } from './contract-evidence';
import { hostChannels } from './contract-host';
import { noteChannels } from './contract-note';
import { personChannels } from './contract-person';
import { platformChannels } from './contract-platform';
import { retentionChannels } from './contract-retention';
import { searchChannels } from './contract-search';
import { settingsChannels } from './contract-settings';
import { staffChannels } from './contract-staff';
import { stepChannels } from './contract-step';
import { takedownChannels } from './contract-takedown';
import { vaultChannels } from './contract-vault';

export const contract = {
  ...appChannels,
  ...vaultChannels,
  ...settingsChannels,
  ...auditChannels,
  ...hostChannels,
  ...caseChannels,
  ...noteChannels,
  ...personChannels,
  ...evidenceChannels,
  ...searchChannels,
  ...platformChannels,
  ...takedownChannels,
  ...stepChannels,
  ...retentionChannels,
  ...backupChannels,
  ...dossierChannels,
  ...captureChannels,
  ...staffChannels,
  ...draftChannels,
  ...inboxChannels,
  ...messageChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];
export const HOST_CHANNELS = Object.keys(hostChannels) as (keyof typeof hostChannels)[];
export type HostChannel = keyof typeof hostChannels;
export type CoreChannel = Exclude<Channel, HostChannel>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
