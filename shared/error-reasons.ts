/**
 * Words for the errors whose code alone would mislead: "file type not supported" for a
 * bundle that is simply missing, or "choose a screenshot" when verifying a ZIP. The core
 * puts a `reason` in an error's details; the app's error banner and the CLI both look it up
 * here and fall back to the code's message. The words are catalogues in shared/i18n/
 * (error-reasons-nl.ts, error-reasons-en.ts); both languages are complete by type.
 */
import type { Language } from './app-types';
import { translators } from './catalogue';
import { errorReasonsEn } from './i18n/error-reasons-en';
import { errorReasonsNl } from './i18n/error-reasons-nl';
import { isOneOf } from './one-of';

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

const t = translators({ nl: errorReasonsNl, en: errorReasonsEn });

/** The message for an error's `details.reason`, or null when the code's own message fits. */
export function reasonText(lang: Language, details: Record<string, unknown> | undefined): string | null {
  const reason = details?.reason;
  if (!isOneOf(ERROR_REASONS, reason)) return null;
  // Some reasons name what they are about (a damaged item, the pages): their words take it.
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(details ?? {})) if (typeof v === 'string' || typeof v === 'number') vars[k] = v;
  return t[lang](reason, vars);
}
