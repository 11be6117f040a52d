import { useEffect } from 'react';
import { PageHeading } from '../components/ui/PageHeading';
import { TERM_IDS, type TermId } from '../features/glossary/terms';
import { useT } from '../i18n/i18n-context';

/**
 * "Begrippen" (issue 19 item 4): every term the protocol and the law use, with what it means
 * and where that comes from; followed from a tooltip's link, the page opens at that term.
 */
export function GlossaryPage({ term }: { term: TermId | null }) {
  const t = useT();
  useEffect(() => {
    if (!term) return;
    const el = document.getElementById(`term-${term}`);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [term]);
  return (
    <div className="page stack">
      <PageHeading focus={term === null}>{t('glossary.title')}</PageHeading>
      <p>{t('glossary.intro')}</p>
      <ul className="glossary-list" aria-label={t('glossary.list')}>
        {TERM_IDS.map((id) => (
          <li key={id}>
            <article id={`term-${id}`} tabIndex={-1} className={['card', 'stack-tight', 'glossary-term', id === term ? 'glossary-term-current' : null].filter(Boolean).join(' ')} aria-labelledby={`term-${id}-title`} data-testid="glossary-term">
              <h2 id={`term-${id}-title`} className="section-title">
                {t(`glossary.${id}.term`)}
              </h2>
              <p>{t(`glossary.${id}.body`)}</p>
              <p className="small muted">
                <span className="glossary-source-label">{t('glossary.sourceLabel')}:</span> {t(`glossary.${id}.source`)}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
