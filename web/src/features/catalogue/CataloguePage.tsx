// The public catalogue at /events: search, filters and pages all live in the address, so a search can be shared.
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { CatalogueFilters } from './CatalogueFilters';
import { EventCard } from './EventCard';
import { useEvents } from './queries';
import { type CatalogueSearch, catalogueSearch, datesInOrder, filtersOf, nextPage, previousPage } from './search';
import './catalogue.css';

const route = getRouteApi('/events');

export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const ordered = datesInOrder(search);
  const found = useEvents(search, i18n.resolvedLanguage ?? i18n.language, ordered);
  const filtered = Object.values(filtersOf(search)).some((value) => value !== undefined);

  return (
    <div className="page catalogue">
      <h1>{t('catalogue.title')}</h1>
      <p className="muted">{t('catalogue.intro')}</p>
      <CatalogueFilters key={JSON.stringify(filtersOf(search))} search={search}
                        onSearch={(raw) => void navigate({ search: filtersOf(catalogueSearch(raw)) })} />
      <section aria-labelledby="catalogue-results-heading" aria-busy={found.isFetching}>
        <div className="catalogue-results-head">
          <h2 id="catalogue-results-heading">{t('catalogue.results.heading')}</h2>
          {filtered && <Link to="/events" search={{}}>{t('catalogue.results.clear')}</Link>}
        </div>
        {!ordered ? (
          <p role="alert" className="error">{t('catalogue.filters.datesOrder')}</p>
        ) : (
          <QueryState query={found}>
            {(page) => page.items.length === 0 ? (
              <Empty search={search} filtered={filtered} />
            ) : (
              <>
                <ul className="cards">
                  {page.items.map((event) => <EventCard key={event.id} event={event} />)}
                </ul>
                <Pager search={search} nextCursor={page.next_cursor} />
              </>
            )}
          </QueryState>
        )}
      </section>
    </div>
  );
}

function Empty({ search, filtered }: { search: CatalogueSearch; filtered: boolean }) {
  const { t } = useTranslation();
  if (search.cursor) {
    return (
      <div role="status" className="card">
        <p>{t('catalogue.results.noMore')}</p>
        <Link to="/events" search={filtersOf(search)}>{t('catalogue.results.firstPage')}</Link>
      </div>
    );
  }
  return (
    <div role="status" className="card catalogue-empty">
      <p><strong>{t('catalogue.results.none')}</strong></p>
      <p>{t(filtered ? 'catalogue.results.noneHint' : 'catalogue.results.noneAtAll')}</p>
      {filtered && <Link to="/events" search={{}}>{t('catalogue.results.clear')}</Link>}
    </div>
  );
}

function Pager({ search, nextCursor }: { search: CatalogueSearch; nextCursor: string | null }) {
  const { t } = useTranslation();
  if (!search.cursor && !nextCursor) return null;
  const number = (search.trail?.length ?? 0) + (search.cursor ? 2 : 1);
  return (
    <nav className="catalogue-pager" aria-label={t('catalogue.results.pages')}>
      {search.cursor && <Link to="/events" search={previousPage(search)} rel="prev">{t('catalogue.results.previous')}</Link>}
      <span className="muted">{t('catalogue.results.page', { number })}</span>
      {nextCursor && <Link to="/events" search={nextPage(search, nextCursor)} rel="next">{t('catalogue.results.next')}</Link>}
    </nav>
  );
}
