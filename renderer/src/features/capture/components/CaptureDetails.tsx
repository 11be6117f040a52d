import { DetailList } from '../../../components/ui/DetailList';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useCapture } from '../queries';
import { CaptureArtefacts } from './CaptureArtefacts';

/** What the browser saw when a web-captured item was recorded, and every artefact's hash. */
export function CaptureDetails({ itemId }: { itemId: string }) {
  const t = useT();
  const got = useCapture(itemId);
  const c = got.data;
  if (!c) return <ErrorBanner error={got.error} />;
  const r = c.record;
  return (
    <section className="card stack-tight" aria-labelledby="webcap-details" data-testid="capture-details">
      <h2 id="webcap-details" className="section-title">
        {t('webcap.details.title')}
      </h2>
      <DetailList
        empty="-"
        rows={[
          ...(r.requestedUrl && r.requestedUrl !== r.finalUrl ? [{ label: t('webcap.details.requested'), value: <code translate="no">{r.requestedUrl}</code> }] : []),
          { label: t('webcap.details.final'), value: <code translate="no">{r.finalUrl}</code> },
          ...(r.document.redirects.length
            ? [
                {
                  label: t('webcap.details.redirects'),
                  value: (
                    <ol className="plain-list">
                      {r.document.redirects.map((h, i) => (
                        <li key={i}>
                          <code translate="no">
                            {h.status} {h.url}
                          </code>
                        </li>
                      ))}
                    </ol>
                  ),
                },
              ]
            : []),
          { label: t('webcap.details.status'), value: r.document.status === null ? '' : String(r.document.status) },
          { label: t('webcap.details.pageTitle'), value: r.title },
          { label: t('webcap.details.utc'), value: r.capturedAtUtc, mono: true },
          { label: t('webcap.details.local'), value: r.capturedAtLocal, mono: true },
          { label: t('webcap.details.browser'), value: r.userAgent },
          { label: t('webcap.details.load'), value: t(`webcap.details.${r.loadState}`) },
        ]}
      />
      {r.page.truncated ? <p className="muted">{t('webcap.details.truncated')}</p> : null}
      {r.document.headers.length ? (
        <details className="fold">
          <summary>{t('webcap.details.headers', { count: r.document.headers.length })}</summary>
          <ul className="plain-list mono" translate="no">
            {r.document.headers.map((h, i) => (
              <li key={i}>
                {h.name}: {h.value}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <CaptureArtefacts artefacts={c.artefacts} />
    </section>
  );
}
