// The filters the graph and the geographic view share with the expert search (they live in the address, so a
// view can be shared), and the links between the list, the graph and the map that keep them.
import { Link } from '@tanstack/react-router';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertSearch } from './search';
import { countryName, languageName, skillName } from './searchNames';
import { type SkillRead, useNetworks, useSkills } from './searchQueries';

const ORGANISATION_KINDS = ['university', 'college', 'business', 'it_cluster', 'ngo', 'cultural_institute',
  'public_body', 'donor'] as const;

/** The query without what only the list uses (its page and layout). */
export function shared(search: ExpertSearch): ExpertSearch {
  const { page: _page, view: _view, ...rest } = search;
  return rest;
}

export function MapViews({ search, current }: { search: ExpertSearch; current: 'graph' | 'geo' }) {
  const { t } = useTranslation();
  const kept = shared(search);
  return (
    <nav aria-label={t('networkGraph.views.label')} className="map-views">
      <Link to="/experts" search={kept}>{t('networkGraph.views.list')}</Link>
      <Link to="/experts/graph" search={kept} aria-current={current === 'graph' ? 'page' : undefined}>
        {t('networkGraph.views.graph')}
      </Link>
      <Link to="/experts/geo" search={kept} aria-current={current === 'geo' ? 'page' : undefined}>
        {t('networkGraph.views.geo')}
      </Link>
    </nav>
  );
}

function skillOptions(skills: SkillRead[], locale: string) {
  const byParent = new Map<string | null, SkillRead[]>();
  for (const skill of skills) byParent.set(skill.parent ?? null, [...(byParent.get(skill.parent ?? null) ?? []), skill]);
  const name = (skill: SkillRead) => skillName(skill.slug, new Map([[skill.slug, skill]]), locale);
  const walk = (parent: string | null, depth: number): { slug: string; label: string }[] =>
    [...(byParent.get(parent) ?? [])].sort((a, b) => name(a).localeCompare(name(b), locale))
      .flatMap((skill) => [{ slug: skill.slug, label: `${'\u00a0\u00a0'.repeat(depth)}${name(skill)}` },
                           ...walk(skill.slug, depth + 1)]);
  return walk(null, 0);
}

interface Props {
  search: ExpertSearch;
  onSearch: (search: ExpertSearch) => void;
  clearTo: '/experts/graph' | '/experts/geo';
}

export function MapFilters({ search, onSearch, clearTo }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const networks = useNetworks();
  const skills = useSkills();
  const taxonomy = new Map((skills.data ?? []).map((skill) => [skill.slug, skill]));
  // Controlled, so that the address's choices show once the lists of networks and skills arrive.
  const [chosen, setChosen] = useState({ network: search.network ?? '', skill: search.skill?.[0] ?? '',
                                         city: search.city ?? '', kind: search.kind ?? '' });
  const field = (name: keyof typeof chosen) => ({
    name, value: chosen[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setChosen({ ...chosen, [name]: event.target.value }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const given = (value: string) => value.trim() || undefined;
    onSearch({ ...shared(search), network: given(chosen.network), city: given(chosen.city), kind: given(chosen.kind),
               skill: given(chosen.skill) ? [chosen.skill, ...(search.skill ?? []).slice(1)] : undefined });
  };
  const others = [
    search.q && t('networkGraph.filters.words', { words: search.q }),
    ...(search.skill ?? []).slice(1).map((slug) => skillName(slug, taxonomy, locale)),
    search.country && countryName(search.country, locale),
    search.language && languageName(search.language, locale),
    search.role && t(`networkGraph.expertRole.${search.role}`),
  ].filter(Boolean);
  const filtered = Object.values(shared(search)).some((v) => v !== undefined);

  return (
    <form className="card map-filters" onSubmit={submit} aria-label={t('networkGraph.filters.label')}>
      <label>
        {t('networkGraph.filters.network')}
        <select {...field('network')}>
          <option value="">{t('networkGraph.filters.anyNetwork')}</option>
          {(networks.data ?? []).map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
        </select>
      </label>
      <label>
        {t('networkGraph.filters.skill')}
        <select {...field('skill')}>
          <option value="">{t('networkGraph.filters.anySkill')}</option>
          {skillOptions(skills.data ?? [], locale).map((o) => <option key={o.slug} value={o.slug}>{o.label}</option>)}
        </select>
      </label>
      <label>
        {t('networkGraph.filters.city')}
        <input type="search" {...field('city')} autoComplete="address-level2" />
      </label>
      <label>
        {t('networkGraph.filters.kind')}
        <select {...field('kind')}>
          <option value="">{t('networkGraph.filters.anyKind')}</option>
          {ORGANISATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>{t(`networkGraph.organisationKind.${kind}`)}</option>
          ))}
        </select>
      </label>
      <div className="map-filters-actions">
        <button type="submit">{t('networkGraph.filters.apply')}</button>
        {filtered && <Link to={clearTo} search={{}}>{t('networkGraph.filters.clear')}</Link>}
      </div>
      {others.length > 0 && (
        <p className="muted map-filters-others">{t('networkGraph.filters.others', { filters: others.join(', ') })}</p>
      )}
    </form>
  );
}
