/** The catalogues by language, plus the ErrorCode -> key mapping used by ErrorMessage. */
import type { Language } from '../../../shared/app-types';
import { hasKey } from '../../../shared/catalogue';
import type { ErrorCode } from '../../../shared/errors';
import { en } from './en';
import { nl, type Catalogue, type MessageKey } from './nl';

export const catalogues: Record<Language, Catalogue> = { nl, en };
export const DEFAULT_LANGUAGE: Language = 'nl';

export function errorKey(code: ErrorCode): MessageKey {
  return `errors.${code}`;
}

export function isMessageKey(key: string): key is MessageKey {
  return hasKey(nl, key);
}
