/** Events pushed from the core or the shell to the renderer, on the same transport as the calls. */
import type { Prefs } from './app-types';
import type { LockReason } from './vault-types';
import type { MinorsRuleEffect } from './evidence-types';

/** Events pushed from core or shell to the renderer on the same transport. */
export interface EventMap {
  'vault:locked': { reason: LockReason };
  /** The idle lock is near (shared/idle-policy.ts LOCK_WARNING_SECONDS); any activity postpones it. */
  'vault:lock-soon': { secondsLeft: number };
  'vault:lock-postponed': Record<string, never>;
  /**
   * The vault locks in a moment without a countdown (the screen locked, the machine suspends,
   * the menu's lock, the window closes): write every pending draft now (core.lockAfterDrafts).
   */
  'vault:save-drafts': Record<string, never>;
  'app:prefs-changed': Prefs;
  'dossier:export-progress': { exportId: string; phase: 'originals' | 'pdf' | 'finishing'; done: number; total: number };
  /** The minors rule removed stored bytes or held items back: which items in which cases. */
  'evidence:minors-rule-applied': MinorsRuleEffect;
  'evidence:import-progress': { batchId: string; done: number; total: number; file: string; status: 'stored' | 'duplicate' | 'rejected' };
}

export type EventName = keyof EventMap;
