// The catalogue's search form: every filter GET /events has. Applying it starts again at the first page.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, languageName } from './names';
import { NetworkSelect, OrganiserSelect } from './OrganiserChoices';
import { useOrganiserChoices } from './queries';
import { type CatalogueSearch, KINDS } from './search';

// Where the network works and what its events are held in; the registry's own countries are added to these.
const COUNTRIES = ['UA', 'KZ', 'GB', 'DE'];
const LANGUAGES = ['en', 'uk', 'de', 'kk', 'ru', 'pl', 'fr', 'es'];

type Draft = Record<'q' | 'kind' | 'city' | 'country' | 'from' | 'to' | 'language' | 'organiser' | 'network' | 'tags' | 'paid', string>
  & { available: boolean };

function draftOf(search: CatalogueSearch): Draft {
  return {
    q: search.q ?? '', kind: search.kind ?? '', city: search.city ?? '', country: search.country ?? '',
    from: search.from ?? '', to: search.to ?? '', language: search.language ?? '', organiser: search.organiser ?? '',
    network: search.network ?? '', tags: (search.tag ?? []).join(', '),
    paid: search.paid === undefined ? '' : String(search.paid), available: search.available === true,
  };
}

function searchOf(draft: Draft): Record<string, unknown> {
  const tags = draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean);
  return {
    ...draft, tags: undefined, tag: tags.length ? tags : undefined,
    paid: draft.paid === '' ? undefined : draft.paid === 'true', available: draft.available || undefined,
  };
}

export function CatalogueFilters({ search, onSearch }: { search: CatalogueSearch; onSearch: (raw: Record<string, unknown>) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [draft, setDraft] = useState(() => draftOf(search));
  const organisers = useOrganiserChoices();
  const field = (name: keyof Draft) => ({
    name, value: draft[name] as string,
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(searchOf(draft));
  };

  const countries = [...new Set([...COUNTRIES, ...(organisers.data?.organisations ?? []).map((o) => o.country),
    ...(draft.country ? [draft.country] : [])])].sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale));
  const languages = [...new Set([...LANGUAGES, ...(draft.language ? [draft.language] : [])])]
    .sort((a, b) => languageName(a, locale).localeCompare(languageName(b, locale), locale));

  return (
    <form className="card catalogue-filters" role="search" aria-labelledby="catalogue-filters-heading" onSubmit={submit}>
      <h2 id="catalogue-filters-heading">{t('catalogue.filters.heading')}</h2>
      <div className="catalogue-filters-grid">
        <label className="catalogue-filters-wide">
          {t('catalogue.filters.text')}
          <input type="search" {...field('q')} maxLength={200} aria-describedby="catalogue-q-hint" />
          <span id="catalogue-q-hint" className="hint">{t('catalogue.filters.textHint')}</span>
        </label>
        <label>
          {t('catalogue.filters.kind')}
          <select {...field('kind')}>
            <option value="">{t('catalogue.filters.anyKind')}</option>
            {KINDS.map((kind) => <option key={kind} value={kind}>{t(`catalogue.kinds.${kind}`)}</option>)}
          </select>
        </label>
        <label>
          {t('catalogue.filters.city')}
          <input type="text" {...field('city')} autoComplete="address-level2" />
        </label>
        <label>
          {t('catalogue.filters.country')}
          <select {...field('country')}>
            <option value="">{t('catalogue.filters.anyCountry')}</option>
            {countries.map((code) => <option key={code} value={code}>{countryName(code, locale)}</option>)}
          </select>
        </label>
        <label>
          {t('catalogue.filters.from')}
          <input type="date" {...field('from')} max={draft.to || undefined} />
        </label>
        <label>
          {t('catalogue.filters.to')}
          <input type="date" {...field('to')} min={draft.from || undefined} />
        </label>
        <label>
          {t('catalogue.filters.language')}
          <select {...field('language')}>
            <option value="">{t('catalogue.filters.anyLanguage')}</option>
            {languages.map((code) => <option key={code} value={code}>{languageName(code, locale)}</option>)}
          </select>
        </label>
        <OrganiserSelect {...field('organiser')} />
        <NetworkSelect {...field('network')} />
        <label>
          {t('catalogue.filters.price')}
          <select {...field('paid')}>
            <option value="">{t('catalogue.filters.anyPrice')}</option>
            <option value="false">{t('catalogue.filters.free')}</option>
            <option value="true">{t('catalogue.filters.paid')}</option>
          </select>
        </label>
        <label className="catalogue-filters-wide">
          {t('catalogue.filters.tags')}
          <input type="text" {...field('tags')} aria-describedby="catalogue-tags-hint" autoCapitalize="none" />
          <span id="catalogue-tags-hint" className="hint">{t('catalogue.filters.tagsHint')}</span>
        </label>
        <label className="catalogue-check catalogue-filters-wide">
          <input type="checkbox" name="available" checked={draft.available}
                 onChange={(event) => setDraft({ ...draft, available: event.target.checked })} />
          {t('catalogue.filters.available')}
        </label>
      </div>
      <div className="catalogue-filters-actions">
        <button type="submit">{t('catalogue.filters.search')}</button>
      </div>
    </form>
  );
}
