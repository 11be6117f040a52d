import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useSigningKey } from '../queries';
import { HashCode } from './HashCode';

/** Settings -> "Ondertekeningssleutel": the fingerprint to compare, the public key folded away. */
export function SigningKeyPanel() {
  const t = useT();
  const key = useSigningKey();
  if (!key.data) return key.error ? <ErrorBanner error={key.error} /> : <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="stack-tight">
      <p className="muted">{t('signingKey.intro')}</p>
      <p className="field-label">{t('signingKey.fingerprint')}</p>
      <HashCode hex={key.data.fingerprint} label={t('signingKey.fingerprint')} testId="signing-fingerprint" />
      <p className="muted">{t('signingKey.compare', { algorithm: key.data.algorithm })}</p>
      <details className="fold">
        <summary>{t('signingKey.pem')}</summary>
        <pre className="pem" translate="no">
          {key.data.publicKeyPem}
        </pre>
      </details>
    </div>
  );
}
