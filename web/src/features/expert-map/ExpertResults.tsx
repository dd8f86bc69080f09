// The experts found, as cards or as a table: name (to the profile), organisations, place, skills, roles, languages.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../../lib/format';
import { countryName, languageName, skillName } from './searchNames';
import type { ExpertRead, OrganisationBrief, SkillRead } from './searchQueries';

export interface ResultsProps {
  experts: ExpertRead[];
  organisations: Map<string, OrganisationBrief>;
  skills: Map<string, SkillRead>;
}

function useLabels(skills: Map<string, SkillRead>) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return {
    place: (expert: ExpertRead) => [expert.city, expert.country && countryName(expert.country, locale)]
      .filter(Boolean).join(', '),
    skills: (expert: ExpertRead) => (expert.skills ?? []).map((slug) => skillName(slug, skills, locale)),
    roles: (expert: ExpertRead) => (expert.roles ?? []).map((role) => t(`expertSearch.roles.${role}`)),
    languages: (expert: ExpertRead) => (expert.languages ?? []).map((code) => languageName(code, locale)),
    organisation: (o: OrganisationBrief) => inLanguage(o.names, locale, o.name) ?? o.name,
  };
}

function Organisations({ expert, organisations, name }: {
  expert: ExpertRead; organisations: Map<string, OrganisationBrief>; name: (o: OrganisationBrief) => string;
}) {
  const listed = expert.organisation_ids.map((id) => organisations.get(id)).filter(Boolean) as OrganisationBrief[];
  return (
    <>
      {listed.map((o, i) => (
        <span key={o.id}>
          {i > 0 && ', '}
          <Link to="/organisations/$organisationId" params={{ organisationId: o.id }}>{name(o)}</Link>
        </span>
      ))}
    </>
  );
}

function Tags({ items }: { items: string[] }) {
  return <ul className="tags">{items.map((item) => <li key={item}>{item}</li>)}</ul>;
}

export function ExpertCards({ experts, organisations, skills }: ResultsProps) {
  const { t } = useTranslation();
  const labels = useLabels(skills);
  return (
    <ul className="cards expert-cards">
      {experts.map((expert) => (
        <li key={expert.id} className="card expert-card">
          <h3><Link id={`expert-${expert.id}`} to="/experts/$expertId" params={{ expertId: expert.id }}>{expert.name}</Link></h3>
          <p className="expert-card-organisations">
            <Organisations expert={expert} organisations={organisations} name={labels.organisation} />
          </p>
          {labels.place(expert) && <p className="muted">{labels.place(expert)}</p>}
          <dl>
            {([['skills', labels.skills(expert)], ['roles', labels.roles(expert)],
              ['languages', labels.languages(expert)]] as const).map(([key, items]) => items.length > 0 && (
              <div key={key}>
                <dt>{t(`expertSearch.columns.${key}`)}</dt>
                <dd><Tags items={[...items]} /></dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function ExpertTable({ experts, organisations, skills }: ResultsProps) {
  const { t } = useTranslation();
  const labels = useLabels(skills);
  const columns = ['organisation', 'place', 'skills', 'roles', 'languages'] as const;
  return (
    <div className="table-wrap">
      <table className="expert-table">
        <caption className="visually-hidden">{t('expertSearch.results.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('expertSearch.columns.name')}</th>
            {columns.map((column) => <th key={column} scope="col">{t(`expertSearch.columns.${column}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {experts.map((expert) => (
            <tr key={expert.id}>
              <th scope="row"><Link id={`expert-${expert.id}`} to="/experts/$expertId" params={{ expertId: expert.id }}>{expert.name}</Link></th>
              <td><Organisations expert={expert} organisations={organisations} name={labels.organisation} /></td>
              <td>{labels.place(expert)}</td>
              <td>{labels.skills(expert).join(', ')}</td>
              <td>{labels.roles(expert).join(', ')}</td>
              <td>{labels.languages(expert).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
