// The graph in words, for screen readers and keyboards: how many of each kind, and the most connected nodes
// with their profiles and a way to find each on the canvas.
import { useTranslation } from 'react-i18next';
import { ProfileLink } from './GraphCard';
import type { Connected } from './graphModel';
import { KINDS } from './graphModel';
import type { NodeKind } from './mapQueries';
import { countryName } from './searchNames';

interface Props {
  id: string;
  counts: Record<NodeKind, number>;
  links: number;
  connected: Connected[];
  onShow: (id: string) => void;
}

export function GraphSummary({ id, counts, links, connected, onShow }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const nodes = KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  const byKind = new Intl.ListFormat(locale, { type: 'conjunction' })
    .format(KINDS.map((kind) => t(`networkGraph.kindCount.${kind}`, { count: counts[kind] })));
  return (
    <section id={id} className="graph-summary" aria-labelledby="graph-summary-heading">
      <h2 id="graph-summary-heading">{t('networkGraph.summary.heading')}</h2>
      <p>{t('networkGraph.summary.size', { nodes: t('networkGraph.summary.nodes', { count: nodes }),
                                             links: t('networkGraph.summary.links', { count: links }), byKind })}</p>
      <div className="table-wrap">
        <table>
          <caption className="graph-caption">{t('networkGraph.summary.caption', { count: connected.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('networkGraph.summary.name')}</th>
              <th scope="col">{t('networkGraph.summary.kind')}</th>
              <th scope="col">{t('networkGraph.summary.city')}</th>
              <th scope="col">{t('networkGraph.summary.connections')}</th>
              <th scope="col"><span className="visually-hidden">{t('networkGraph.summary.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {connected.map(({ node, connections }) => (
              <tr key={node.id}>
                <th scope="row"><ProfileLink node={node}>{node.label}</ProfileLink></th>
                <td>{t(`networkGraph.kind.${node.kind}`)}</td>
                <td>{[node.city, node.country ? countryName(node.country, locale) : null].filter(Boolean).join(', ')}</td>
                <td>{connections}</td>
                <td>
                  <button type="button" className="secondary graph-show"
                          aria-label={t('networkGraph.summary.showNamed', { name: node.label })}
                          onClick={() => onShow(node.id)}>
                    {t('networkGraph.summary.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
