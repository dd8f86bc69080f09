// The registry's graph as a graphology graph for sigma: colour and size by kind, a first placement in rings by
// kind (deterministic, so the layout starts the same every time), and the most connected nodes for the text view.
import Graph from 'graphology';
import type { GraphNode, GraphRead, NodeKind } from './mapQueries';

export const KINDS: readonly NodeKind[] = ['network', 'partnership', 'organisation', 'expert', 'resource'];

// Okabe–Ito colours: told apart with the common colour-vision deficiencies, each 3:1 or more on white.
export const KIND_COLOUR: Record<NodeKind, string> = {
  network: '#b2450f', partnership: '#0072b2', organisation: '#007a5a', expert: '#b5487f', resource: '#8a6100',
};
const KIND_SIZE: Record<NodeKind, number> = { network: 14, partnership: 10, organisation: 6, expert: 3, resource: 3.5 };
const RING: Record<NodeKind, number> = { network: 0.5, partnership: 2, organisation: 5, expert: 9, resource: 8 };

export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  x: number;
  y: number;
  size: number;
  color: string;
  node: GraphNode;
}

export type MapGraph = Graph<NodeAttributes>;

/** A stable number in [0, 1) from an id, so placement does not change between visits. */
function unit(id: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) / 4294967296;
}

export function buildGraph(data: GraphRead): MapGraph {
  const graph: MapGraph = new Graph<NodeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of data.nodes) {
    const angle = unit(node.id, 1) * 2 * Math.PI;
    const radius = RING[node.kind] * (0.8 + 0.4 * unit(node.id, 2));
    graph.addNode(node.id, {
      label: node.label, kind: node.kind, node, x: radius * Math.cos(angle), y: radius * Math.sin(angle),
      size: KIND_SIZE[node.kind], color: KIND_COLOUR[node.kind],
    });
  }
  for (const edge of data.edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.mergeEdge(edge.source, edge.target); // parallel links (a cooperation and a joint event) draw as one
    }
  }
  // Hubs a little larger, so the eye finds them; capped so a hub never hides its neighbours.
  graph.forEachNode((id, attributes) => {
    graph.setNodeAttribute(id, 'size', attributes.size + Math.min(6, Math.sqrt(graph.degree(id))));
  });
  return graph;
}

export function countsByKind(graph: MapGraph): Record<NodeKind, number> {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  graph.forEachNode((_, attributes) => { counts[attributes.kind] += 1; });
  return counts;
}

export interface Connected {
  node: GraphNode;
  connections: number;
}

/** The nodes with the most links, most first (then by name). */
export function mostConnected(graph: MapGraph, limit: number, locale: string): Connected[] {
  const all: Connected[] = graph.mapNodes((id, attributes) => ({ node: attributes.node, connections: graph.degree(id) }));
  return all
    .sort((a, b) => b.connections - a.connections || a.node.label.localeCompare(b.node.label, locale))
    .slice(0, limit);
}
