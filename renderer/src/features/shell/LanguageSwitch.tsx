import { LANGUAGES } from '../../../../shared/domain';
import { useI18n } from '../../i18n/i18n-context';

/** NL / EN toggle buttons; each is labelled in its own language, as language pickers should be. */
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
          aria-label={t(`lang.${lang}`)}
          onClick={() => void setLanguage(lang).catch(() => undefined)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
