// /experts/graph: networks → partnerships → organisations → experts and resources, filtered like the search.
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { GraphCanvas, type Selection } from './GraphCanvas';
import { GraphCard } from './GraphCard';
import { GraphLegend } from './GraphLegend';
import { GraphSummary } from './GraphSummary';
import { buildGraph, countsByKind, mostConnected } from './graphModel';
import { MapFilters, MapViews } from './mapFilters';
import { type GraphRead, MAX_EXPERTS, useGraph } from './mapQueries';
import { useSkills } from './searchQueries';
import './graph.css';

const route = getRouteApi('/experts/graph');
const MOST_CONNECTED = 15;

export function NetworkGraphPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const found = useGraph(search);
  return (
    <div className="page network-graph">
      <h1>{t('networkGraph.title')}</h1>
      <p className="muted">{t('networkGraph.intro')}</p>
      <MapViews search={search} current="graph" />
      <MapFilters key={JSON.stringify(search)} search={search} clearTo="/experts/graph"
                  onSearch={(next) => void navigate({ search: next })} />
      <QueryState query={found}>
        {(data) => data.nodes.length === 0
          ? <p role="status" className="card">{t('networkGraph.empty')}</p>
          : <Drawing data={data} />}
      </QueryState>
    </div>
  );
}

function Drawing({ data }: { data: GraphRead }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const graph = useMemo(() => buildGraph(data), [data]);
  const counts = useMemo(() => countsByKind(graph), [graph]);
  const connected = useMemo(() => mostConnected(graph, MOST_CONNECTED, locale), [graph, locale]);
  const skills = useSkills();
  const taxonomy = useMemo(() => new Map((skills.data ?? []).map((s) => [s.slug, s])), [skills.data]);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const shown = [hovered, selection?.id].find((id) => id && graph.hasNode(id)) ?? null;

  return (
    <>
      {data.truncated && (
        <p role="status" className="card">
          {t('networkGraph.truncated', { shown: Math.min(MAX_EXPERTS, data.experts_in_scope), count: data.experts_in_scope })}
        </p>
      )}
      <div className="graph-layout">
        <GraphCanvas graph={graph} selection={selection && graph.hasNode(selection.id) ? selection : null}
                     onHover={setHovered}
                     onSelect={(id) => setSelection(id ? { id, centre: false } : null)}
                     label={t('networkGraph.canvasLabel', { count: graph.order })} describedBy="graph-summary" />
        <aside className="graph-side" aria-label={t('networkGraph.side')}>
          <GraphLegend counts={counts} />
          <GraphCard node={shown ? graph.getNodeAttribute(shown, 'node') : null} skills={taxonomy}
                     connections={shown ? graph.degree(shown) : 0}
                     onClose={selection && shown === selection.id ? () => setSelection(null) : null} />
        </aside>
      </div>
      <GraphSummary id="graph-summary" counts={counts} links={graph.size} connected={connected}
                    onShow={(id) => {
                      setSelection({ id, centre: true });
                      // Bring the canvas and the card into view, and the reader to the card.
                      requestAnimationFrame(() => {
                        document.querySelector('.graph-layout')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
                        document.getElementById('graph-card')?.focus({ preventScroll: true });
                      });
                    }} />
    </>
  );
}
