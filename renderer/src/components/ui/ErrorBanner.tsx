import { toApiError } from '../../lib/api-error';
import { errorKey } from '../../i18n/catalogues';
import { useT } from '../../i18n/i18n-context';
import { Banner } from './Banner';

/** Any error as a plain translated message; the stable code sits in a details fold. */
export function ErrorBanner({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const apiError = toApiError(error);
  return (
    <Banner tone="error">
      <p className="banner-text">{t(errorKey(apiError.code))}</p>
      <details className="banner-details">
        <summary>{t('common.details')}</summary>
        <p>{t('common.errorCode', { code: apiError.code })}</p>
      </details>
    </Banner>
  );
}
