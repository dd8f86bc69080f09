// The facets of the expert search: the skill tree, then one choice per facet, each value with what it would find.
// Every change goes to the address at once, so back and forward step through the search.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchSkillTree } from './SearchSkillTree';
import type { ExpertSearch } from './search';
import { byName, countryName, languageName } from './searchNames';
import { useNetworks, useSkills, type ExpertSearchRead } from './searchQueries';

type Facets = ExpertSearchRead['facets'];
type Single = 'city' | 'country' | 'language' | 'role' | 'kind';
const FACET_OF: Record<Single, keyof Facets> = {
  city: 'city', country: 'country', language: 'language', role: 'role', kind: 'organisation_kind',
};

export function SearchFacets({ search, facets, onChange }: {
  search: ExpertSearch; facets: Facets; onChange: (patch: Partial<ExpertSearch>) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const skills = useSkills();
  const networks = useNetworks();
  const id = useId();
  const names: Record<Single, (value: string) => string> = {
    city: (value) => value,
    country: (code) => countryName(code, locale),
    language: (code) => languageName(code, locale),
    role: (role) => t(`expertSearch.roles.${role}`, { defaultValue: role }),
    kind: (kind) => t(`expertSearch.kinds.${kind}`, { defaultValue: kind }),
  };

  const choice = (name: Single) => {
    const counts = facets[FACET_OF[name]];
    const chosen = search[name];
    const values = Object.keys(counts);
    if (chosen && !values.some((v) => v.toLowerCase() === chosen.toLowerCase())) values.push(chosen);
    return (
      <div key={name} className="facet">
        <label htmlFor={`${id}-${name}`}>{t(`expertSearch.facets.${name}`)}</label>
        <select id={`${id}-${name}`} value={values.find((v) => v.toLowerCase() === chosen?.toLowerCase()) ?? ''}
                onChange={(event) => onChange({ [name]: event.target.value || undefined })}>
          <option value="">{t(`expertSearch.facets.any.${name}`)}</option>
          {byName(values, names[name], locale).map((value) => (
            <option key={value} value={value}>
              {t('expertSearch.facets.option', { name: names[name](value), count: counts[value] ?? 0 })}
            </option>
          ))}
        </select>
      </div>
    );
  };

  return (
    <div className="search-facets">
      {(networks.data?.length ?? 0) > 0 && (
        <div className="facet">
          <label htmlFor={`${id}-network`}>{t('expertSearch.facets.network')}</label>
          <select id={`${id}-network`} value={search.network ?? ''}
                  onChange={(event) => onChange({ network: event.target.value || undefined })}>
            <option value="">{t('expertSearch.facets.any.network')}</option>
            {networks.data!.map((network) => <option key={network.id} value={network.id}>{network.name}</option>)}
          </select>
        </div>
      )}
      {skills.data && (
        <SearchSkillTree skills={skills.data} counts={facets.skill} chosen={search.skill ?? []}
                         onChange={(skill) => onChange({ skill: skill.length ? skill : undefined })} />
      )}
      {(['city', 'country', 'language', 'role', 'kind'] as const).map(choice)}
    </div>
  );
}
