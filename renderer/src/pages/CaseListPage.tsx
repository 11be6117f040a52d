import { useState } from 'react';
import { HREF_NEW_CASE } from '../app/router';
import { EmptyState } from '../components/ui/EmptyState';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { CaseFilters, type CaseListFilters } from '../features/cases/components/CaseFilters';
import { CaseTable } from '../features/cases/components/CaseTable';
import { PurgedNotice } from '../features/retention/components/PurgedNotice';
import { useCases } from '../features/cases/queries';
import { SearchForm, type SearchQuery } from '../features/search/components/SearchForm';
import { SearchResults } from '../features/search/components/SearchResults';
import { useSearch } from '../features/search/queries';
import { useT } from '../i18n/i18n-context';

export function CaseListPage() {
  const t = useT();
  const [filters, setFilters] = useState<CaseListFilters>({ sort: 'updated', order: 'desc' });
  const [query, setQuery] = useState<SearchQuery | null>(null);
  const cases = useCases(filters);
  const search = useSearch(query);
  const filtered = Boolean(filters.status || filters.category);
  const newCase = (
    <a className="btn btn-primary" href={HREF_NEW_CASE}>
      {t('cases.new')}
    </a>
  );

  if (cases.data && cases.data.length === 0 && !filtered) {
    return (
      <div className="page stack">
        <PageHeading>{t('cases.title')}</PageHeading>
        <PurgedNotice />
        <EmptyState title={t('cases.empty.title')} body={t('cases.empty.body')} next={t('cases.empty.next')} action={newCase} />
      </div>
    );
  }

  return (
    <div className="page page-wide stack">
      <div className="heading-row">
        <PageHeading>{t('cases.title')}</PageHeading>
        {newCase}
      </div>
      <PurgedNotice />
      <section className="card" aria-label={t('search.title')}>
        <SearchForm onSearch={setQuery} />
      </section>
      <ErrorBanner error={search.error} />
      {search.data ? <SearchResults hits={search.data} /> : null}
      <section className="card stack-tight" aria-label={t('cases.listTitle')}>
        <h2 className="section-title">{t('cases.listTitle')}</h2>
        <CaseFilters value={filters} onChange={setFilters} />
        <ErrorBanner error={cases.error} />
        {cases.isPending ? <p className="muted">{t('cases.loading')}</p> : null}
        {cases.data && cases.data.length > 0 ? <CaseTable cases={cases.data} /> : null}
        {cases.data && cases.data.length === 0 ? <p className="muted">{t('cases.noneFiltered')}</p> : null}
      </section>
    </div>
  );
}
