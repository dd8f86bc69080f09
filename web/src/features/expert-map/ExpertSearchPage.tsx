// The expert search at /experts: words, facets, view and how many pages are shown all live in the address,
// so a search can be shared and back and forward step through it.
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertCards, ExpertTable } from './ExpertResults';
import { SearchFacets } from './SearchFacets';
import type { ExpertSearch } from './search';
import { useExpertPages, useSkills } from './searchQueries';
import './search-page.css';

const route = getRouteApi('/experts');
const FILTERS = ['q', 'skill', 'city', 'country', 'language', 'role', 'kind', 'network'] as const;

export function ExpertSearchPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const pages = useExpertPages(search);
  const skills = useSkills();
  const [filtersOpen, setFiltersOpen] = useState(false); // on a phone; always shown on a wide screen
  const change = (patch: Partial<ExpertSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), resetScroll: false });
  const active = FILTERS.filter((name) => search[name] !== undefined).length;

  // The address asks for `page` pages: fetch them one cursor after the other.
  const loaded = pages.data?.pages.length ?? 0;
  const wanted = search.page ?? 1;
  useEffect(() => {
    if (!pages.isPlaceholderData && loaded > 0 && loaded < wanted && pages.hasNextPage && !pages.isFetchingNextPage) {
      void pages.fetchNextPage();
    }
  }, [pages, loaded, wanted]);

  const first = pages.data?.pages[0];
  const experts = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const organisations = new Map(pages.data?.pages.flatMap((page) => page.organisations).map((o) => [o.id, o]));
  const skillMap = new Map((skills.data ?? []).map((skill) => [skill.slug, skill]));

  // After "show more", the keyboard goes on at the first expert just added.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    if (focusFrom.current !== null && experts.length > focusFrom.current) {
      document.getElementById(`expert-${experts[focusFrom.current].id}`)?.focus();
      focusFrom.current = null;
    }
  });
  const showMore = () => {
    focusFrom.current = experts.length;
    void navigate({ search: (previous) => ({ ...previous, page: loaded + 1 }), replace: true, resetScroll: false });
  };
  const elsewhere = { ...search, view: undefined, page: undefined };

  return (
    <div className="page expert-search">
      <h1>{t('expertSearch.title')}</h1>
      <p className="muted">{t('expertSearch.intro')}</p>
      <SearchBox key={search.q ?? ''} q={search.q} onSearch={(q) => change({ q })} />
      <div className="expert-search-layout">
        <aside className="card search-filters" aria-labelledby="search-filters-heading">
          <div className="search-filters-head">
            <h2 id="search-filters-heading">{t('expertSearch.facets.heading')}</h2>
            {active > 0 && <span className="muted">{t('expertSearch.facets.active', { count: active })}</span>}
            <button type="button" className="secondary search-filters-toggle" aria-expanded={filtersOpen}
                    aria-controls="search-filters-panel" onClick={() => setFiltersOpen(!filtersOpen)}>
              {t(filtersOpen ? 'expertSearch.facets.hide' : 'expertSearch.facets.show')}
            </button>
          </div>
          <div id="search-filters-panel" className="search-filters-panel" data-open={filtersOpen}>
            {first && <SearchFacets search={search} facets={first.facets} onChange={change} />}
            {active > 0 && (
              <Link to="/experts" search={{ view: search.view }} className="button secondary search-clear">
                {t('expertSearch.facets.clear')}
              </Link>
            )}
          </div>
        </aside>
        <section className="search-results" aria-labelledby="search-results-heading" aria-busy={pages.isFetching}>
          <h2 id="search-results-heading" className="visually-hidden">{t('expertSearch.results.heading')}</h2>
          <div className="search-results-head">
            <p role="status" className="search-count">
              {first ? t('expertSearch.results.count', { count: first.total }) : ''}
            </p>
            <div className="tabs" role="group" aria-label={t('expertSearch.view.label')}>
              {(['cards', 'table'] as const).map((view) => (
                <button key={view} type="button" className={(search.view ?? 'cards') === view ? '' : 'secondary'}
                        aria-pressed={(search.view ?? 'cards') === view}
                        onClick={() => void navigate({ search: (previous) => ({ ...previous, view }), resetScroll: false })}>
                  {t(`expertSearch.view.${view}`)}
                </button>
              ))}
            </div>
          </div>
          <nav className="search-elsewhere" aria-label={t('expertSearch.elsewhere.label')}>
            <Link to="/experts/graph" search={elsewhere}>{t('expertSearch.elsewhere.graph')}</Link>
            <Link to="/experts/geo" search={elsewhere}>{t('expertSearch.elsewhere.geo')}</Link>
          </nav>
          {pages.isPending ? (
            <p role="status" className="muted">{t('state.loading')}</p>
          ) : pages.isError && !pages.data ? (
            <p role="alert" className="error">{t('expertSearch.results.failed')}</p>
          ) : experts.length === 0 ? (
            <div className="card search-empty">
              <p><strong>{t('expertSearch.results.none')}</strong></p>
              {active > 0 && <p>{t('expertSearch.results.noneHint')}</p>}
            </div>
          ) : (
            <>
              {search.view === 'table'
                ? <ExpertTable experts={experts} organisations={organisations} skills={skillMap} />
                : <ExpertCards experts={experts} organisations={organisations} skills={skillMap} />}
              <div className="search-more">
                <p className="muted">{t('expertSearch.results.shown', { shown: experts.length, total: first?.total })}</p>
                {pages.hasNextPage && (
                  <button type="button" onClick={showMore} disabled={pages.isFetchingNextPage}>
                    {t(pages.isFetchingNextPage ? 'state.loading' : 'expertSearch.results.more')}
                  </button>
                )}
              </div>
            </>
          )}
        </section>
      </div>
    </div>
  );
}

function SearchBox({ q, onSearch }: { q?: string; onSearch: (q: string | undefined) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(q ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim() || undefined);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="expert-q">{t('expertSearch.query.label')}</label>
      <div className="search-box-row">
        <input id="expert-q" type="search" value={draft} maxLength={200} aria-describedby="expert-q-hint"
               onChange={(event) => setDraft(event.target.value)} />
        <button type="submit">{t('expertSearch.query.submit')}</button>
      </div>
      <span id="expert-q-hint" className="search-hint">{t('expertSearch.query.hint')}</span>
    </form>
  );
}
