// The part of the graph an export writes: visible nodes and the visible edges between them, in the
// graph's own order, so exports are deterministic.
import type { Attributes } from 'graphology-types';
import type { AlignmapGraph } from '../model/build';
import type { VisibleSet } from './types';

export interface SubNode {
  id: string;
  attributes: Record<string, unknown>;
}

export interface SubEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  attributes: Record<string, unknown>;
}

export interface Subgraph {
  attributes: Attributes;
  nodes: SubNode[];
  edges: SubEdge[];
}

/**
 * Nodes in `visible.nodes` (all when absent) and edges in `visible.edges` (all when absent) whose
 * two ends are exported: an edge never points at a node the file does not contain.
 */
export function selectSubgraph(graph: AlignmapGraph, visible: VisibleSet = {}): Subgraph {
  const nodeSet = visible.nodes ? new Set(visible.nodes) : null;
  const edgeSet = visible.edges ? new Set(visible.edges) : null;
  const nodes: SubNode[] = [];
  const kept = new Set<string>();
  graph.forEachNode((id, attributes) => {
    if (nodeSet && !nodeSet.has(id)) return;
    kept.add(id);
    nodes.push({ id, attributes: attributes as Record<string, unknown> });
  });
  const edges: SubEdge[] = [];
  graph.forEachEdge((id, attributes, source, target, _sa, _ta, undirected) => {
    if (edgeSet && !edgeSet.has(id)) return;
    if (!kept.has(source) || !kept.has(target)) return;
    edges.push({
      id,
      source,
      target,
      directed: !undirected,
      attributes: attributes as Record<string, unknown>,
    });
  });
  return { attributes: graph.getAttributes(), nodes, edges };
}
