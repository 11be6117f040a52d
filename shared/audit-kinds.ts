/**
 * Every kind of audit entry the app writes: the one list. The core's AuditLog.append takes
 * only these; the log viewer's filter lists them. Their labels are one shared catalogue
 * (shared/i18n/audit-kinds-nl.ts / -en.ts, typed so every kind has one) that the viewer,
 * the dossier PDF and the CSV's label column all print.
 * Invariant: a kind is stored in vaults (and covered by the audit chain): never rename one.
 */
export const AUDIT_KINDS = [
  'vault.created',
  'vault.unlocked',
  'vault.locked',
  'vault.recovered',
  'vault.passphrase_changed',
  'vault.checked',
  /** The new recovery key was typed back correctly (issue 16 item 7). */
  'vault.recovery_key_confirmed',
  /** An unconfirmed recovery key was replaced by a new one (the app restarted before it was confirmed). */
  'vault.recovery_key_reissued',
  'settings.changed',
  'audit.exported',
  'case.created',
  'case.updated',
  'case.status_changed',
  'case.purged',
  'note.added',
  'note.updated',
  'person.added',
  'person.updated',
  'person.removed',
  'person.report',
  'evidence.added',
  'evidence.hashed',
  'evidence.sighting_added',
  'evidence.updated',
  'evidence.viewed',
  'evidence.bytes_removed',
  /** The minors rule held an item back until the officer decides (near copy of known material, an age to confirm). */
  'evidence.held_back',
  'evidence.held_back_decided',
  /** An import refused by the minors rule: what, where, when and by which path; never the bytes or the file name. */
  'evidence.refused',
  'platform.saved',
  'platform.reset',
  'takedown.created',
  'takedown.status_changed',
  'takedown.updated',
  'takedown.removal_checked',
  'step.added',
  'step.updated',
  'steps.template_saved',
  'backup.created',
  'backup.restored',
  'dossier.export_started',
  'dossier.exported',
  'dossier.export_failed',
  'capture.taken',
  'capture.removal_checked',
  'capture.removal_confirmed',
  'audit.timestamped',
  // --- issue 15 (people, retention per case, legal hold, access requests) ---
  'staff.added',
  'staff.updated',
  'staff.default_set',
  'evidence.people_changed',
  'person.access_request_added',
  'person.access_request_updated',
  'case.police_updated',
  'case.retention_changed',
  'case.hold_set',
  'case.hold_released',
  // --- end issue 15 ---
  // --- issue 19 (communication) ---
  /** Someone was told something: a line of the case's communication log. */
  'message.logged',
  'messages.templates_saved',
] as const;

export type AuditKind = (typeof AUDIT_KINDS)[number];

/** What a purge leaves of an entry it redacted (audit-log.ts redact()). */
export const REDACTED_KIND = 'redacted';

export function isAuditKind(kind: string): kind is AuditKind {
  return (AUDIT_KINDS as readonly string[]).includes(kind);
}
