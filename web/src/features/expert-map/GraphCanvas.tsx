// The graph drawn with WebGL (sigma), laid out by ForceAtlas2 in a web worker for a bounded time, so the page
// stays responsive however large the graph. Hover previews a node, a click (or "show on graph") selects it.
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import type { MapGraph, NodeAttributes } from './graphModel';

/** Long enough for a few thousand nodes to settle on two slow cores, short enough not to spin forever. */
export function layoutBudgetMs(order: number): number {
  return Math.min(8000, 1500 + 2 * order);
}

const LARGE = 800;

export interface Selection {
  id: string;
  centre: boolean; // move the camera to it (chosen from the list, not clicked on the canvas)
}

interface Props {
  graph: MapGraph;
  label: string;
  describedBy: string;
  selection: Selection | null;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
}

export function GraphCanvas({ graph, label, describedBy, selection, onSelect, onHover }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeAttributes> | null>(null);
  const focus = useRef<{ hovered: string | null; selected: string | null }>({ hovered: null, selected: null });
  const [drawn, setDrawn] = useState(false);
  const [layout, setLayout] = useState<'running' | 'done'>('running');
  const handlers = useRef({ onSelect, onHover });
  handlers.current = { onSelect, onHover };

  useEffect(() => {
    // Software WebGL (and slow machines) cannot redraw thousands of edges and labels at every camera step.
    const large = graph.order > LARGE;
    focus.current = { hovered: null, selected: null }; // a new graph: the selection effect below applies it again
    const renderer = new Sigma(graph, container.current!, {
      allowInvalidContainer: true, zIndex: true, hideEdgesOnMove: large, hideLabelsOnMove: large, renderLabels: false,
      labelFont: 'system-ui, sans-serif', labelSize: 13, labelColor: { color: '#1b1f24' }, defaultEdgeColor: '#c3cad2',
      labelRenderedSizeThreshold: 9,
      nodeReducer: (node, data) => {
        const active = focus.current.hovered ?? focus.current.selected;
        if (!active) return data;
        if (node === active) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        return graph.areNeighbors(node, active) ? { ...data, forceLabel: true, zIndex: 1 }
          : { ...data, color: '#d9dde2', label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        const active = focus.current.hovered ?? focus.current.selected;
        if (!active) return data;
        return graph.hasExtremity(edge, active) ? { ...data, color: '#4f5863', size: 2 } : { ...data, hidden: true };
      },
    });
    sigma.current = renderer;
    renderer.once('afterRender', () => setDrawn(true));
    renderer.on('enterNode', ({ node }) => {
      focus.current.hovered = node;
      container.current!.style.cursor = 'pointer';
      handlers.current.onHover(node);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('leaveNode', () => {
      focus.current.hovered = null;
      container.current!.style.cursor = '';
      handlers.current.onHover(null);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('clickNode', ({ node }) => handlers.current.onSelect(node));
    renderer.on('clickStage', () => handlers.current.onSelect(null));

    setLayout('running');
    const started = performance.now();
    const worker = new FA2Layout(graph, {
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 300, slowDown: 5 },
    });
    worker.start();
    const stop = window.setTimeout(() => {
      worker.stop();
      renderer.setSetting('renderLabels', true); // labels drawn while nodes still move cost more than they tell
      setLayout('done');
      const took = Math.round(performance.now() - started);
      if (import.meta.env.DEV) console.info(`graph layout: ${graph.order} nodes, ${graph.size} edges, ${took} ms`);
    }, layoutBudgetMs(graph.order));
    return () => {
      window.clearTimeout(stop);
      worker.kill();
      renderer.kill();
      sigma.current = null;
    };
  }, [graph]);

  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    focus.current.selected = selection?.id ?? null;
    renderer.refresh({ skipIndexation: true });
    const shown = selection?.centre && renderer.getNodeDisplayData(selection.id);
    if (shown) void renderer.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.6 }, { duration: 300 });
  }, [selection, graph]);

  const camera = () => sigma.current?.getCamera();
  return (
    <div className="graph-stage">
      <div ref={container} className="graph-canvas" role="img" aria-label={label} aria-describedby={describedBy}
           data-drawn={drawn} data-layout={layout} />
      <div className="graph-controls">
        <button type="button" className="secondary" onClick={() => void camera()?.animatedZoom(1.5)}>
          {t('networkGraph.zoomIn')}
        </button>
        <button type="button" className="secondary" onClick={() => void camera()?.animatedUnzoom(1.5)}>
          {t('networkGraph.zoomOut')}
        </button>
        <button type="button" className="secondary" onClick={() => void camera()?.animatedReset()}>
          {t('networkGraph.resetView')}
        </button>
        <p role="status" className="muted graph-layout-status">
          {t(layout === 'running' ? 'networkGraph.layoutRunning' : 'networkGraph.layoutDone')}
        </p>
      </div>
    </div>
  );
}
