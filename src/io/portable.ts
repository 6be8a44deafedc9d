// What the exchange writers (GEXF, GraphML, CSV) do to a subgraph so that strict readers —
// NetworkX, igraph, Gephi — open it and our importer gets the same graph back (see recover.ts):
// - A graph with both directed and undirected edges is written as a directed graph whose edges
//   carry a boolean `undirected` attribute (true for the undirected ones). NetworkX refuses mixed
//   files and igraph turns them all directed anyway; our importer turns `undirected=true` edges
//   back into undirected edges. A graph whose edges are all undirected is written undirected.
// - `language: 'ja'` writes the Japanese name as `label` (what Gephi and the others show) and
//   keeps the English one as `labelEn`.
import type { AlignmapGraph } from '../model/build';
import { selectSubgraph, type SubEdge, type Subgraph } from './subgraph';
import type { VisibleSet } from './types';

export type ExportLanguage = 'en' | 'ja';

/** The edge attribute that marks undirected edges of a mixed graph written as a directed one. */
export const UNDIRECTED_ATTRIBUTE = 'undirected';

export interface PortableOptions {
  /** Which name goes into `label` (default 'en': the attributes as they are). */
  language?: ExportLanguage;
}

export interface PortableSubgraph extends Subgraph {
  /** 'directed' (all directed, or mixed with the `undirected` attribute) or 'undirected'. */
  edgeDefault: 'directed' | 'undirected';
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Node attributes with the Japanese name in `label` and the English one in `labelEn`. */
export function japaneseLabels(a: Record<string, unknown>): Record<string, unknown> {
  if (!nonEmpty(a.labelJa) || a.labelJa === a.label) return a;
  return { ...a, label: a.labelJa, ...(nonEmpty(a.label) ? { labelEn: a.label } : {}) };
}

/** The subgraph to write, with labels in the chosen language and the direction made portable. */
export function portableSubgraph(
  graph: AlignmapGraph,
  visible?: VisibleSet,
  options: PortableOptions = {},
): PortableSubgraph {
  const sub = selectSubgraph(graph, visible);
  const nodes =
    options.language === 'ja'
      ? sub.nodes.map((n) => ({ id: n.id, attributes: japaneseLabels(n.attributes) }))
      : sub.nodes;
  const anyDirected = sub.edges.some((e) => e.directed);
  const anyUndirected = sub.edges.some((e) => !e.directed);
  let edges: SubEdge[] = sub.edges;
  if (anyDirected && anyUndirected) {
    edges = sub.edges.map((e) => ({
      ...e,
      directed: true,
      attributes: { ...e.attributes, [UNDIRECTED_ATTRIBUTE]: !e.directed },
    }));
  }
  return {
    attributes: sub.attributes,
    nodes,
    edges,
    edgeDefault: anyUndirected && !anyDirected ? 'undirected' : 'directed',
  };
}
