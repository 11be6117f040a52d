/**
 * The reasons an error's `details.reason` may name (shared/error-reasons.ts gives their words).
 * A file of its own so that the catalogues in shared/i18n/ can take the type without importing
 * the module that imports them.
 */
export const ERROR_REASONS = [
  'not-found',
  'is-folder',
  'no-permission',
  'io',
  'not-a-zip',
  'zip-damaged',
  'too-many-entries',
  'not-a-backup',
  'busy',
  'changed',
  'name-too-long',
  'db-missing',
  'db-damaged',
  'header-damaged',
  'rollback-database',
  'rollback-header',
  'original-damaged',
  'backup-damaged',
  'vault-locked',
  'dossier-too-large',
  // Takedown requests and notices (issue 14).
  'target-required',
  'target-needs-platform',
  'item-has-no-target',
  'several-platforms',
  'sender-missing',
  'sender-missing-csam',
  'omit-sender-not-csam',
  'no-notice-for-hash',
  // Web capture (issue 18).
  'no-browser',
  'capture-timeout',
  'no-capture-window',
  'check-without-capture',
  'targets-unchecked',
  'no-web-address',
  // RFC 3161 timestamps (issue 18).
  'tsa-url-invalid',
  'tsa-unreachable',
  'tsa-refused',
  'tsa-invalid',
  'tsa-chain-incomplete',
  // --- issue 15 ---
  'legal-hold',
  'no-hold',
  'person-in-case',
  // A location that is not a web address, or not http(s) (shared/url-rule.ts).
  'url-invalid',
  'url-scheme',
  // Communication (issue 19): a message to a group that names a person of the case.
  'message-names-person',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
