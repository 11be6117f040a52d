import { useId } from 'react';
import { LANGUAGES, type Language } from '../../../../../shared/app-types';
import { useI18n } from '../../../i18n/i18n-context';

/** The same choice as the header switch, as labelled radio buttons. */
export function LanguageSetting() {
  const { language, setLanguage, t } = useI18n();
  const name = useId();
  return (
    <fieldset className="radio-group">
      {/* The section heading already shows "Taal"; the legend is for screen readers. */}
      <legend className="sr-only">{t('settings.language.title')}</legend>
      <p className="field-help">{t('settings.language.help')}</p>
      {LANGUAGES.map((lang: Language) => (
        <label key={lang} className="radio" lang={lang}>
          <input type="radio" name={name} value={lang} checked={language === lang} onChange={() => void setLanguage(lang).catch(() => undefined)} />
          {t(`lang.${lang}`)}
        </label>
      ))}
    </fieldset>
  );
}
