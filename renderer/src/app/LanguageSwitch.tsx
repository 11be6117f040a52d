import { LANGUAGES } from '../../../shared/app-types';
import { useI18n } from '../i18n/i18n-context';

/**
 * NL / EN toggle buttons. The accessible name starts with the visible code (WCAG 2.5.3) and
 * names each language in its own language, as language pickers should.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.groupLabel')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={lang === language ? 'lang-btn lang-btn-active' : 'lang-btn'}
          aria-pressed={lang === language}
          aria-label={t('lang.buttonLabel', { code: lang.toUpperCase(), name: t(`lang.${lang}`) })}
          onClick={() => void setLanguage(lang).catch(() => undefined)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
