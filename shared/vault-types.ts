/** The vault's status, creation result, lock reasons and check report. */
export interface VaultStatus {
  /** The folder the app currently points at (chosen at first run, or the default). */
  vaultDir: string;
  /** Default location in the user's app-data folder, offered on first run. */
  defaultVaultDir: string;
  /** A vault header exists in vaultDir. */
  exists: boolean;
  unlocked: boolean;
  /** Display name of the person using this vault (audit "who"); null while locked. */
  ownerName: string | null;
  /**
   * A recovery key was shown (after creating the vault, or after a recovery) and not yet
   * confirmed: until it is, the vault is not used (issue 16 item 7). Null when locked or confirmed.
   */
  recoveryKeyPending: 'created' | 'recovered' | null;
}

export interface CreatedVault {
  status: VaultStatus;
  /** Shown exactly once; the core keeps only a key wrapped by it. */
  recoveryKey: string;
}

export type LockReason = 'manual' | 'idle' | 'screen-lock' | 'suspend' | 'quit';

export interface CheckItem {
  /** Stable name: 'database', 'blobs', 'audit', 'header'. */
  name: string;
  ok: boolean;
  /** Each problem names the thing that failed (a blob id, an audit sequence number, ...). */
  problems: string[];
  checked: number;
}

export interface CheckReport {
  ok: boolean;
  items: CheckItem[];
}
