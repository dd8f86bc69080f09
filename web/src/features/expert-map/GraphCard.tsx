// The card of the node under the pointer or selected: its name, kind, place and a link to its profile.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from './mapQueries';
import { KIND_COLOUR } from './graphModel';
import { countryName, skillName } from './searchNames';
import type { SkillRead } from './searchQueries';

export function ProfileLink({ node, children }: { node: GraphNode; children: React.ReactNode }) {
  switch (node.kind) {
    case 'expert':
      return <Link to="/experts/$expertId" params={{ expertId: node.id }}>{children}</Link>;
    case 'organisation':
      return <Link to="/organisations/$organisationId" params={{ organisationId: node.id }}>{children}</Link>;
    case 'partnership':
      return <Link to="/partnerships/$partnershipId" params={{ partnershipId: node.id }}>{children}</Link>;
    case 'network':
      return <Link to="/networks/$networkId" params={{ networkId: node.id }}>{children}</Link>;
    case 'resource': // no page of its own: its owner offers it
      return node.organisation_id
        ? <Link to="/organisations/$organisationId" params={{ organisationId: node.organisation_id }}>{children}</Link>
        : <>{children}</>;
  }
}

interface Props {
  node: GraphNode | null;
  connections: number;
  skills: Map<string, SkillRead>;
  onClose: (() => void) | null;
}

export function GraphCard({ node, connections, skills, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  if (!node) return <p className="card muted graph-card-empty">{t('networkGraph.card.hint')}</p>;
  const place = [node.city, node.country ? countryName(node.country, locale) : null].filter(Boolean).join(', ');
  const detail = node.organisation_kind ? t(`networkGraph.organisationKind.${node.organisation_kind}`)
    : node.resource_kind ? t(`networkGraph.resourceKind.${node.resource_kind}`) : node.programme;
  // An expert's skills hold every ancestor: the most specific (listed last by the taxonomy) say the most.
  const shownSkills = (node.skills ?? []).filter((slug) => skills.get(slug)?.parent != null).slice(0, 4);
  return (
    <section id="graph-card" tabIndex={-1} className="card graph-card" aria-labelledby="graph-card-name">
      <p className="graph-card-kind">
        <span className="graph-dot" style={{ background: KIND_COLOUR[node.kind] }} aria-hidden="true" />
        {t(`networkGraph.kind.${node.kind}`)}{detail ? ` · ${detail}` : ''}
      </p>
      <h2 id="graph-card-name" className="graph-card-name">{node.label}</h2>
      {place && <p>{place}</p>}
      {shownSkills.length > 0 && (
        <ul className="tags" aria-label={t('networkGraph.card.skills')}>
          {shownSkills.map((slug) => <li key={slug}>{skillName(slug, skills, locale)}</li>)}
        </ul>
      )}
      <p className="muted">{t('networkGraph.card.connections', { count: connections })}</p>
      <p className="graph-card-actions">
        <ProfileLink node={node}>
          {t(node.kind === 'resource' ? 'networkGraph.card.owner' : 'networkGraph.card.profile', { name: node.label })}
        </ProfileLink>
        {onClose && <button type="button" className="secondary" onClick={onClose}>{t('networkGraph.card.close')}</button>}
      </p>
    </section>
  );
}
