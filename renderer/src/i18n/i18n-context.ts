/** The i18n context object and its hooks (the provider lives in I18nProvider.tsx). */
import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/app-types';
import type { Translate as TranslateOf } from '../../../shared/catalogue';
import type { MessageKey } from './nl';

export type Translate = TranslateOf<MessageKey>;

export interface I18nValue {
  language: Language;
  /** Switches the UI at once and persists the choice via `app:set-prefs`. */
  setLanguage: (language: Language) => Promise<void>;
  t: Translate;
}

export const I18nContext = createContext<I18nValue | null>(null);

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
