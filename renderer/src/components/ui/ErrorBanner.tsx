import { toApiError } from '../../lib/api-error';
import { errorKey } from '../../i18n/catalogues';
import { reasonText } from '../../../../shared/error-reasons';
import { useI18n } from '../../i18n/i18n-context';
import { Banner } from './Banner';

/** Any error as a plain translated message (its reason's words when the code alone would mislead); the stable code sits in a details fold. */
export function ErrorBanner({ error }: { error: unknown }) {
  const { t, language } = useI18n();
  if (!error) return null;
  const apiError = toApiError(error);
  return (
    <Banner tone="error">
      <p className="banner-text">{reasonText(language, apiError.details) ?? t(errorKey(apiError.code))}</p>
      <details className="banner-details">
        <summary>{t('common.details')}</summary>
        <p>{t('common.errorCode', { code: apiError.code })}</p>
      </details>
    </Banner>
  );
}
