/**
 * The shell's texts (menu, native dialogs) in the user's language, Dutch by default: the
 * catalogues are shell-messages-nl.ts / -en.ts. Usage: `shellText(language)('menuLock')`.
 */
import type { Language } from '../../shared/app-types';
import { translators, type KeyOf, type Translate } from '../../shared/catalogue';
import { shellEn } from './shell-messages-en';
import { shellNl } from './shell-messages-nl';

export type ShellTranslate = Translate<KeyOf<typeof shellNl>>;

const byLanguage = translators({ nl: shellNl, en: shellEn });

export function shellText(language: Language): ShellTranslate {
  return byLanguage[language];
}
