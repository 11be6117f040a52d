import { hrefForRequest } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';
import { useUncheckedRemovals } from '../queries';

/** The dashboard's list of requests marked removed whose removal nobody checked (issue 18 item 3). */
export function UncheckedRemovals() {
  const t = useT();
  const got = useUncheckedRemovals();
  const list = got.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card stack-tight" aria-labelledby="unchecked-title" data-testid="unchecked-removals">
      <h2 id="unchecked-title" className="section-title">
        {t('unchecked.title')}
      </h2>
      <p className="muted">{t('unchecked.intro')}</p>
      <ul className="plain-list">
        {list.map((r) => (
          <li key={r.requestId}>
            <a href={hrefForRequest(r.requestId)}>{t('unchecked.item', { ref: r.caseRef, platform: r.platformName })}</a>
            <br />
            <code className="break" translate="no">
              {r.url}
            </code>
          </li>
        ))}
      </ul>
    </section>
  );
}
