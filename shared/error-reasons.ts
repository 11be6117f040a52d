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
import { ERROR_REASONS } from './error-reason-list';

export { ERROR_REASONS, type ErrorReason } from './error-reason-list';

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
