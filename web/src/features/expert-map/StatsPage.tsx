// Network statistics at /network/stats: totals, then bar charts that are tables (numbers as text, bars to compare).
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { inLanguage } from '../../lib/format';
import { type BarRow, StatsBars } from './StatsBars';
import { type NetworkStatsRead, type SkillRead, useStats, useStatsChoices } from './statsQueries';
import './stats.css';

const TOP_SKILLS = 15;
const TOP_CITIES = 15;

export function StatsPage() {
  const { t } = useTranslation();
  const { network } = useSearch({ from: '/network/stats' });
  const navigate = useNavigate();
  const stats = useStats(network);
  const choices = useStatsChoices();
  return (
    <div className="page network-stats">
      <h1>{t('networkStats.title')}</h1>
      <p className="muted">{t('networkStats.intro')}</p>
      {(choices.data?.networks.length ?? 0) > 0 && (
        <div className="stats-network">
          <label htmlFor="stats-network">{t('networkStats.network')}</label>
          <select id="stats-network" value={network ?? ''} onChange={(event) => void navigate({
            to: '/network/stats', search: { network: event.target.value || undefined }, resetScroll: false })}>
            <option value="">{t('networkStats.allNetworks')}</option>
            {choices.data!.networks.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
          </select>
        </div>
      )}
      <QueryState query={stats}>
        {(data) => <Statistics stats={data} skills={choices.data?.skills ?? []} />}
      </QueryState>
    </div>
  );
}

function Statistics({ stats, skills }: { stats: NetworkStatsRead; skills: SkillRead[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const number = new Intl.NumberFormat(locale);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const bySlug = new Map(skills.map((s) => [s.slug, s]));
  const skillName = (slug: string) => {
    const skill = bySlug.get(slug);
    return skill ? inLanguage(skill.names, locale, skill.name) ?? skill.name : slug;
  };
  const rows = (counts: Record<string, number>, label: (key: string) => string): BarRow[] =>
    Object.entries(counts).map(([key, n]) => ({ key, label: label(key), values: [n] }));
  const skillEntries = Object.entries(stats.experts_by_skill);
  const areas = skillEntries.filter(([slug]) => bySlug.get(slug)?.parent == null);
  const leaves = skillEntries.filter(([slug]) => bySlug.get(slug)?.parent != null).slice(0, TOP_SKILLS);
  const totals = [
    ['organisations', sum(stats.organisations_by_kind)], ['experts', stats.experts],
    ['partnerships', stats.partnerships], ['resources', sum(stats.resources_by_kind)],
  ] as const;
  const chart = (id: string, title: string, children: React.ReactNode, note?: string) => (
    <section className="card stats-chart" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p className="muted">{note}</p>}
      {children}
    </section>
  );

  return (
    <>
      <section aria-labelledby="stats-totals">
        <h2 id="stats-totals" className="visually-hidden">{t('networkStats.totals.heading')}</h2>
        <dl className="stats-totals">
          {totals.map(([key, n]) => (
            <div key={key} className="card">
              <dt>{t(`networkStats.totals.${key}`)}</dt>
              <dd>{number.format(n)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="stats-grid">
        {chart('stats-kind', t('networkStats.charts.byKind'), (
          <StatsBars labelledBy="stats-kind" head={t('networkStats.columns.kind')} series={[t('networkStats.columns.organisations')]}
                     rows={rows(stats.organisations_by_kind, (kind) => t(`expertSearch.kinds.${kind}`, { defaultValue: kind }))} />
        ))}
        {chart('stats-resources', t('networkStats.charts.resources'), (
          <StatsBars labelledBy="stats-resources" head={t('networkStats.columns.kind')} series={[t('networkStats.columns.resources')]}
                     rows={rows(stats.resources_by_kind, (kind) => t(`networkStats.resourceKinds.${kind}`, { defaultValue: kind }))} />
        ))}
        {chart('stats-areas', t('networkStats.charts.bySkillArea'), (
          <StatsBars labelledBy="stats-areas" head={t('networkStats.columns.area')} series={[t('networkStats.columns.experts')]}
                     rows={areas.map(([slug, n]) => ({ key: slug, label: skillLink(slug, skillName(slug)), values: [n] }))} />
        ))}
        {chart('stats-skills', t('networkStats.charts.bySkill'), (
          <StatsBars labelledBy="stats-skills" head={t('networkStats.columns.skill')} series={[t('networkStats.columns.experts')]}
                     rows={leaves.map(([slug, n]) => ({ key: slug, label: skillLink(slug, skillName(slug)), values: [n] }))} />
        ), t('networkStats.charts.bySkillNote', { count: TOP_SKILLS }))}
      </div>
      {chart('stats-cities', t('networkStats.charts.byCity'), <Cities stats={stats} />)}
      {chart('stats-connected', t('networkStats.charts.connected'), (
        <Connected stats={stats} />
      ), t('networkStats.charts.connectedNote'))}
    </>
  );
}

/** Places with the most first; "City, CC" named with the country in the reader's language. */
function cityRows(stats: NetworkStatsRead, locale: string): BarRow[] {
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  return Object.entries(stats.by_city)
    .sort(([a, x], [b, y]) => y.organisations + y.experts - x.organisations - x.experts || a.localeCompare(b, locale))
    .map(([place, n]) => {
      const [, city, country] = /^(.*), ([A-Z]{2})$/.exec(place) ?? [place, place, ''];
      return { key: place, label: country ? `${city}, ${regions.of(country) ?? country}` : city,
               values: [n.organisations, n.experts] };
    });
}

function Cities({ stats }: { stats: NetworkStatsRead }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const rows = cityRows(stats, i18n.language);
  return (
    <>
      <StatsBars labelledBy="stats-cities" head={t('networkStats.columns.city')}
                 series={[t('networkStats.columns.organisations'), t('networkStats.columns.experts')]}
                 rows={all ? rows : rows.slice(0, TOP_CITIES)} />
      {rows.length > TOP_CITIES && (
        <button type="button" className="secondary stats-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('networkStats.fewerCities', { count: TOP_CITIES }) : t('networkStats.allCities', { count: rows.length })}
        </button>
      )}
    </>
  );
}

function skillLink(slug: string, name: string) {
  return <Link to="/experts" search={{ skill: [slug] }}>{name}</Link>;
}

function Connected({ stats }: { stats: NetworkStatsRead }) {
  const { t } = useTranslation();
  const rows = stats.most_connected_organisations.map((o) => ({
    key: o.id,
    label: <Link to="/organisations/$organisationId" params={{ organisationId: o.id }}>{o.name}</Link>,
    values: [o.partnerships, o.experts, o.resources, o.connections],
  }));
  return (
    <StatsBars labelledBy="stats-connected" head={t('networkStats.columns.organisation')} rows={rows} bars={[3]}
               series={(['partnerships', 'experts', 'resources', 'connections'] as const).map((c) => t(`networkStats.columns.${c}`))} />
  );
}
