import type { SearchHit } from '../../../../../shared/search-types';
import { hrefForCase, hrefForItem } from '../../../app/router';
import { Snippet } from '../../../components/ui/Snippet';
import { useT } from '../../../i18n/i18n-context';

function hrefOf(hit: SearchHit): string {
  if (hit.entity === 'item') return hrefForItem(hit.caseId, hit.entityId);
  if (hit.entity === 'person') return hrefForCase(hit.caseId, 'persons');
  return hrefForCase(hit.caseId);
}

/** Hits as a list: what kind, which case, and the snippet with the matches marked. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const t = useT();
  return (
    <section className="card stack-tight" aria-label={t('search.results')}>
      <h2 className="section-title">{t('search.results')}</h2>
      <p className="muted" role="status">
        {hits.length ? t('search.count', { count: hits.length }) : t('search.none')}
      </p>
      {hits.length ? (
        <ul className="hit-list">
          {hits.map((hit) => (
            <li key={`${hit.entity}-${hit.entityId}`} className="hit">
              <span className="badge">{t(`search.entity.${hit.entity}`)}</span>
              <a href={hrefOf(hit)} className="hit-link">
                <span className="mono">{hit.caseRef}</span> {hit.caseTitle}
              </a>
              <p className="hit-snippet">
                <Snippet text={hit.snippet} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
