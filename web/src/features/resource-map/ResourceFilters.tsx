// The resource map's search form: words, kind, city, and when the resource is needed (today or a window).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KINDS, type ResourceSearch, windowInOrder } from './search';

type Draft = Record<'q' | 'kind' | 'city' | 'from' | 'to', string> & { available: boolean };

function draftOf(search: ResourceSearch): Draft {
  return { q: search.q ?? '', kind: search.kind ?? '', city: search.city ?? '', from: search.from ?? '',
           to: search.to ?? '', available: search.available === true };
}

export function ResourceFilters({ search, cities, onSearch }: {
  search: ResourceSearch; cities: string[]; onSearch: (raw: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(search));
  const field = (name: 'q' | 'kind' | 'city' | 'from' | 'to') => ({
    name, value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { available, from, to, ...rest } = draft;
    onSearch({ ...rest, available: available || undefined, from: available ? undefined : from,
               to: available ? undefined : to, view: search.view });
  };
  return (
    <form className="card resource-filters" role="search" aria-labelledby="resource-filters-heading" onSubmit={submit}>
      <h2 id="resource-filters-heading">{t('resourceMap.filters.heading')}</h2>
      <div className="resource-filters-grid">
        <label>
          {t('resourceMap.filters.text')}
          <input type="search" {...field('q')} maxLength={200} />
        </label>
        <label>
          {t('resourceMap.filters.kind')}
          <select {...field('kind')}>
            <option value="">{t('resourceMap.filters.anyKind')}</option>
            {KINDS.map((kind) => <option key={kind} value={kind}>{t(`resourceMap.kinds.${kind}`)}</option>)}
          </select>
        </label>
        <label>
          {t('resourceMap.filters.city')}
          <input type="text" {...field('city')} list="resource-cities" autoComplete="address-level2" />
          <datalist id="resource-cities">{cities.map((city) => <option key={city} value={city} />)}</datalist>
        </label>
      </div>
      <fieldset className="resource-filters-when">
        <legend>{t('resourceMap.filters.when')}</legend>
        <label className="resource-check">
          <input type="checkbox" name="available" checked={draft.available}
                 onChange={(event) => setDraft({ ...draft, available: event.target.checked })} />
          {t('resourceMap.filters.availableNow')}
        </label>
        <div className="resource-filters-grid">
          <label>
            {t('resourceMap.filters.from')}
            <input type="date" {...field('from')} disabled={draft.available} max={draft.to || undefined} />
          </label>
          <label>
            {t('resourceMap.filters.to')}
            <input type="date" {...field('to')} disabled={draft.available} min={draft.from || undefined} />
          </label>
        </div>
        {!draft.available && !windowInOrder(draft) && (
          <p role="alert" className="error">{t('resourceMap.filters.windowOrder')}</p>
        )}
      </fieldset>
      <div className="resource-filters-actions">
        <button type="submit">{t('resourceMap.filters.search')}</button>
      </div>
    </form>
  );
}
