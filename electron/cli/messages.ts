/**
 * CLI text, Dutch (default) and English: the catalogues live in messages-nl.ts / messages-en.ts
 * (the app's one format, shared/catalogue.ts). Choose with --lang en or BEWIJSKLUIS_LANG=en.
 * Error codes have short CLI texts of their own ('error.<CODE>'); the renderer's are longer.
 */
import type { Language } from '../../shared/app-types';
import { hasKey, translators, type KeyOf, type Translate } from '../../shared/catalogue';
import type { ErrorCode } from '../../shared/errors';
import { cliEn } from './messages-en';
import { cliNl } from './messages-nl';

export type CliLang = Language;
export type CliKey = KeyOf<typeof cliNl>;
export type CliTranslate = Translate<CliKey>;

const byLanguage = translators({ nl: cliNl, en: cliEn });

export function cliText(lang: CliLang): CliTranslate {
  return byLanguage[lang];
}

export function cliErrorText(lang: CliLang, code: ErrorCode): string {
  return byLanguage[lang](`error.${code}`);
}

/**
 * A refused file in words, by the import's error reason ('import.<reason>'); `fallback` when
 * the reason has no text. A value the core did not report leaves its placeholder visible,
 * except the detected type, which reads "iets anders" / "something else".
 */
export function importReasonText(lang: CliLang, reason: string | undefined, vars: Record<string, string | number | undefined>, fallback: string): string {
  const key = `import.${reason}`;
  if (reason === undefined || !hasKey(cliNl, key)) return fallback;
  const t = byLanguage[lang];
  const known = Object.fromEntries(Object.entries(vars).filter((e): e is [string, string | number] => e[1] !== undefined));
  return t(key, { detected: t('importSomethingElse'), ...known });
}
