/**
 * What each channel changes, so the renderer knows which cached answers to drop after a
 * call: the one map, instead of hand-written invalidations in every mutation.
 * Invariants: every channel is listed (the type makes a missing one a compile error); 'read'
 * changes nothing; a list names the read channels whose answers may have changed; every
 * change also writes the audit log, so the audit reads are always refreshed after one.
 * Query keys are `[channel, input]` (lib/query.ts), so a channel name is a key prefix.
 */
import type { Channel } from '../../../shared/contract';

export type Effect = 'read' | readonly Channel[];

const CASE_VIEWS = ['case:list', 'case:get', 'search:query', 'retention:list-due', 'takedown:get-dashboard', 'inbox:get'] as const;
const EVIDENCE_VIEWS = ['evidence:list', 'evidence:get', 'evidence:get-thumbnail', 'evidence:get-spread', 'evidence:list-held-back', 'case:get', 'case:list', 'search:query'] as const;
const TAKEDOWN_VIEWS = ['takedown:list', 'takedown:get', 'takedown:list-today', 'takedown:get-notice', 'takedown:get-dashboard', 'case:get', 'case:list', 'inbox:get'] as const;
/** Everything that shows vault data: after a purge or a restore nothing cached can be trusted. */
/** A web capture is an evidence item; a removal check adds one and may change its request. */
const CAPTURE_VIEWS = ['capture:get', 'capture:list-checks', 'capture:list-unchecked'] as const;
const EVERYTHING = [
  ...CASE_VIEWS,
  ...EVIDENCE_VIEWS,
  ...TAKEDOWN_VIEWS,
  ...CAPTURE_VIEWS,
  'person:list',
  'note:list',
  'step:list',
  'platform:list',
  'backup:get-status',
  'person:list-identities',
  'person:list-item-people',
  'person:list-access-requests',
  'retention:purge-preview',
  'staff:list',
  'message:list',
] as const;
/** What persons, their items and staff show up in. */
const PERSON_VIEWS = ['person:list', 'person:list-identities', 'person:list-item-people', 'person:list-access-requests', 'case:get', 'case:list', 'search:query', 'message:check', 'message:draft'] as const;
const HOLD_VIEWS = [...CASE_VIEWS, 'retention:purge-preview'] as const;

export const AUDIT_READS = ['audit:list', 'audit:query', 'audit:verify'] as const satisfies readonly Channel[];

export const EFFECTS: { readonly [C in Channel]: Effect } = {
  'app:get-info': 'read',
  'app:get-prefs': 'read',
  'app:set-prefs': ['app:get-prefs'],
  'vault:get-status': 'read',
  // Lifecycle calls: a lock clears the whole cache (SessionProvider); these refresh the status.
  'vault:select': ['vault:get-status'],
  // Not the status: the new recovery key is shown (and confirmed) first, then the wizard
  // sets the status itself (features/vault/mutations.ts).
  'vault:create': [],
  'vault:unlock': ['vault:get-status'],
  'vault:recover': [],
  'vault:lock': ['vault:get-status'],
  'vault:touch': [],
  'vault:change-passphrase': [],
  'vault:check': [],
  // Shows the waiting key (a new one after a restart): the status stays pending.
  'vault:reveal-recovery-key': [],
  'vault:confirm-recovery-key': ['vault:get-status'],
  'settings:get': 'read',
  // Purge dates, the backup reminder and the notices' sender follow the settings.
  'settings:set': ['settings:get', 'case:list', 'case:get', 'retention:list-due', 'backup:get-status', 'takedown:get-notice', 'message:draft'],
  'audit:list': 'read',
  'audit:verify': 'read',
  'audit:query': 'read',
  'audit:export-csv': [],
  'host:choose-folder': 'read',
  'host:open-external': 'read',
  'host:choose-save-path': 'read',
  'host:choose-file': 'read',
  'host:show-in-folder': 'read',
  'host:grant-typed-path': 'read',
  'case:create': CASE_VIEWS,
  'case:list': 'read',
  'case:get': 'read',
  // A re-categorised case may lose its images (the minors rule).
  'case:update': [...CASE_VIEWS, ...EVIDENCE_VIEWS, ...TAKEDOWN_VIEWS, ...CAPTURE_VIEWS],
  'note:list': 'read',
  'note:add': ['note:list'],
  'note:update': ['note:list'],
  'person:list': 'read',
  // A person marked minor may hold the case's sexual items back (the minors rule).
  'person:add': [...PERSON_VIEWS, ...EVIDENCE_VIEWS],
  'person:update': [...PERSON_VIEWS, ...EVIDENCE_VIEWS],
  'person:remove': PERSON_VIEWS,
  'person:list-identities': 'read',
  'person:list-item-people': 'read',
  'person:set-item-people': ['person:list-item-people', 'evidence:get', 'evidence:list'],
  'person:list-access-requests': 'read',
  'person:add-access-request': ['person:list-access-requests'],
  'person:update-access-request': ['person:list-access-requests'],
  // Writes the letter and marks the request as answered-with-letter.
  'person:report': ['person:list-access-requests'],
  'staff:list': 'read',
  'staff:add': ['staff:list', 'message:draft'],
  'staff:update': ['staff:list', 'person:list-item-people', 'evidence:get', 'message:draft'],
  'staff:set-default': ['staff:list', 'message:draft'],
  'case:update-police': ['case:get'],
  'retention:set-case-period': HOLD_VIEWS,
  'retention:set-hold': HOLD_VIEWS,
  'retention:release-hold': HOLD_VIEWS,
  'retention:purge-preview': 'read',
  'evidence:list': 'read',
  'evidence:get': 'read',
  'evidence:add-url': [...EVIDENCE_VIEWS, 'person:list-item-people'],
  'evidence:import': [...EVIDENCE_VIEWS, 'person:list-item-people'],
  'evidence:import-paths': [...EVIDENCE_VIEWS, 'person:list-item-people'],
  'evidence:cancel-import': [],
  // A re-label may strip a capture's screenshots (the minors rule).
  'evidence:update': [...EVIDENCE_VIEWS, ...TAKEDOWN_VIEWS, 'capture:get', 'person:list-item-people'],
  'evidence:get-thumbnail': 'read',
  // Every unblurred view is an audit entry.
  'evidence:reveal': [],
  'evidence:get-spread': 'read',
  'evidence:list-held-back': 'read',
  'evidence:decide-held-back': EVIDENCE_VIEWS,
  'search:query': 'read',
  'platform:list': 'read',
  'platform:save': ['platform:list', ...TAKEDOWN_VIEWS],
  'platform:reset': ['platform:list', ...TAKEDOWN_VIEWS],
  'takedown:create': TAKEDOWN_VIEWS,
  'takedown:get': 'read',
  'takedown:list': 'read',
  'takedown:list-today': 'read',
  // A request marked removed may join the dashboard's "never checked" list.
  'takedown:set-status': [...TAKEDOWN_VIEWS, 'capture:list-unchecked'],
  'takedown:update': TAKEDOWN_VIEWS,
  'takedown:check-removal': [...TAKEDOWN_VIEWS, 'capture:list-unchecked'],
  'takedown:get-notice': 'read',
  'takedown:get-dashboard': 'read',
  'step:list': 'read',
  'step:update': ['step:list', 'inbox:get'],
  'step:add': ['step:list', 'inbox:get'],
  'step:get-template': 'read',
  'step:save-template': ['step:get-template'],
  'retention:list-due': 'read',
  'retention:purge': EVERYTHING,
  'backup:get-status': 'read',
  'backup:create': ['backup:get-status'],
  'backup:verify': [],
  'backup:restore': [],
  'dossier:export': [],
  'dossier:cancel-export': [],
  'dossier:verify': 'read',
  'dossier:get-signing-key': 'read',
  'capture:get-status': 'read',
  'capture:open-window': ['capture:get-status'],
  'capture:close-window': ['capture:get-status'],
  'capture:take': [...EVIDENCE_VIEWS, 'capture:get'],
  'capture:get': 'read',
  'capture:check-removal': [...EVIDENCE_VIEWS, ...TAKEDOWN_VIEWS, ...CAPTURE_VIEWS],
  'capture:list-checks': 'read',
  'capture:confirm-removed': [...TAKEDOWN_VIEWS, ...CAPTURE_VIEWS],
  'capture:list-unchecked': 'read',
  // Drafts are the form's own business (features/drafts/use-draft.ts): no other view shows them.
  'draft:get': 'read',
  'draft:save': [],
  'draft:discard': [],
  'inbox:get': 'read',
  // Communication (issue 19): a log entry may tick steps of the plan.
  'message:get-templates': 'read',
  'message:save-templates': ['message:get-templates', 'message:draft'],
  'message:draft': 'read',
  'message:check': 'read',
  'message:log': ['message:list', 'step:list', 'inbox:get', 'case:get', 'case:list'],
  'message:list': 'read',
};

/** The read channels whose cached answers a call of `channel` may have changed (audit reads included). */
export function invalidatedBy(channel: Channel): readonly Channel[] {
  const effect = EFFECTS[channel];
  if (effect === 'read') return [];
  return [...new Set([...effect, ...AUDIT_READS])];
}
