/**
 * Holds the UI language. Invariants: starts in Dutch, then follows `app:get-prefs`; a choice is
 * persisted with `app:set-prefs`; `app:prefs-changed` events (another window, the CLI) are followed;
 * `<html lang>` always matches. Lives above the lock boundary so a lock never resets it.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/app-types';
import { call, onEvent } from '../lib/api';
import { catalogues, DEFAULT_LANGUAGE } from './catalogues';
import { I18nContext, type I18nValue } from './i18n-context';
import { translator } from '../../../shared/catalogue';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(DEFAULT_LANGUAGE);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    call('app:get-prefs', {})
      .then((prefs) => {
        if (!cancelled) setLanguageState(prefs.language);
      })
      .catch(() => undefined) // keep Dutch: the app must stay usable without prefs
      .finally(() => {
        if (!cancelled) setReady(true);
      });
    const off = onEvent('app:prefs-changed', (prefs) => setLanguageState(prefs.language));
    return () => {
      cancelled = true;
      off();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(async (next: Language) => {
    setLanguageState(next);
    await call('app:set-prefs', { language: next });
  }, []);

  const value = useMemo<I18nValue>(() => {
    return { language, setLanguage, t: translator(catalogues[language]) };
  }, [language, setLanguage]);

  // Render nothing until prefs are known, so an English user never sees a Dutch flash.
  return <I18nContext.Provider value={value}>{ready ? children : null}</I18nContext.Provider>;
}
