import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { hrefForItem } from '../../../app/router';
import { useT } from '../../../i18n/i18n-context';

/** Every location of a request: URLs in full (cards shorten them), targets without a URL with their kind and route. */
export function TargetList({ request }: { request: TakedownRequest }) {
  const t = useT();
  return (
    <ul className="target-list">
      {request.occurrences.map((o) => (
        <li key={o.id} className="stack-tight">
          {o.targetKind === 'url' ? (
            <span className="mono break" data-testid="request-url">
              {o.url}
            </span>
          ) : (
            <span data-testid="request-target">
              {t(`req.targetKind.${o.targetKind}`)}: <span className="mono">{o.identifier}</span>
            </span>
          )}
          {o.inAppRoute ? <span className="muted small">{t('req.route', { route: o.inAppRoute })}</span> : null}
          {o.itemId ? (
            <a className="small" href={hrefForItem(request.caseId, o.itemId)}>
              {t('req.itemLink')}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
