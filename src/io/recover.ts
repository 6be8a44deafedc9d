// Attribute recovery for imported graphs: undoes what third-party tools (NetworkX, igraph, Gephi)
// and our own portable writers (portable.ts) do to a graph, before the importer's normalisation.
// Called once per import from GraphBuilder.finish (builder.ts), on the graph built from the file:
// - "" values are missing values (igraph writes "" for a string attribute an element lacks);
// - known list fields (node aliases, edge evidence, graph sources) written as JSON text by a tool
//   that has no list type come back as lists;
// - node ids igraph invents (n0, n1, …) give way to a unique `id` attribute (igraph keeps the
//   file's ids there); edge keys likewise from a unique edge `id` attribute;
// - NetworkX's `networkx_key` edge attribute (its multigraph key) is dropped;
// - edges with `undirected` = true in a directed file become undirected edges again;
// - `labelEn` (written by `--lang ja` exports) goes back into `label`, the Japanese one stays in
//   labelJa; a GEXF 1.2 <description> written by Alignmap is the graph's name again.
import { createEmptyGraph, type AlignmapGraph } from '../model/build';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { UNDIRECTED_ATTRIBUTE } from './portable';

type Attrs = Record<string, unknown>;

/** Fields that hold lists in the app's data: element class → attribute names. */
export const LIST_FIELDS = {
  node: ['aliases'],
  edge: ['evidence'],
  graph: ['sources'],
} as const;

const IGRAPH_ID = /^n\d+$/;
const IGRAPH_EDGE_ID = /^e\d+$/;

/** Parsed JSON list text ("[...]"), or undefined when the value is not one. */
export function jsonList(value: unknown): unknown[] | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!s.startsWith('[') || !s.endsWith(']')) return undefined;
  try {
    const parsed: unknown = JSON.parse(s);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Drops "" values and parses JSON-list text in `lists` fields, in place (fresh import objects). */
function recoverAttrs(a: Attrs, lists: readonly string[]): Attrs {
  for (const k in a) {
    const v = a[k];
    if (v === '') delete a[k];
    else if (typeof v === 'string' && lists.includes(k)) {
      const list = jsonList(v);
      if (list) a[k] = list;
    }
  }
  return a;
}

const isTrue = (v: unknown) => v === true || v === 'true' || v === 'True' || v === 1;
const isFalse = (v: unknown) => v === false || v === 'false' || v === 'False' || v === 0;

/** Map from the ids a tool invented to the ids in a unique `id` attribute, or null. */
function idMap(entries: [string, Attrs][], invented: RegExp): Map<string, string> | null {
  if (entries.length === 0 || !entries.every(([id]) => invented.test(id))) return null;
  const map = new Map<string, string>();
  const seen = new Set<string>();
  for (const [id, a] of entries) {
    const v = a.id;
    const text = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
    if (text === '' || seen.has(text)) return null;
    seen.add(text);
    map.set(id, text);
  }
  return map;
}

/**
 * The graph with recovered attributes, ids and directions: the same graph with its attributes
 * completed in place, or a new one (same order) when ids or directions change.
 */
export function recoverForeignGraph(graph: AlignmapGraph): AlignmapGraph {
  const nodes: [string, Attrs][] = graph.mapNodes((id, a) => [
    id,
    recoverAttrs(a as Attrs, LIST_FIELDS.node),
  ]);
  const edges: Edge[] = graph.mapEdges((key, a, source, target, _sa, _ta, undirected) => {
    const attrs = recoverAttrs(a as Attrs, LIST_FIELDS.edge);
    // NetworkX's GEXF writer adds its multigraph key as an attribute: not data
    delete attrs.networkx_key;
    return { key, source, target, directed: !undirected, a: attrs };
  });
  graph.replaceAttributes(recoverGraphAttrs(graph.getAttributes() as Attrs) as never);
  let rebuild = false;
  for (const [, a] of nodes) recoverLabels(a);
  const nodeIds = idMap(nodes, IGRAPH_ID);
  if (nodeIds) {
    rebuild = true;
    if (isIgraphEdgeIdBug(nodes, edges)) for (const e of edges) delete e.a.id;
    for (const [, a] of nodes) delete a.id;
  }
  const edgeIds = idMap(
    edges.map((e) => [e.key, e.a]),
    IGRAPH_EDGE_ID,
  );
  if (edgeIds) rebuild = true;
  for (const e of edges) {
    if (edgeIds) {
      e.key = edgeIds.get(e.key) ?? e.key;
      delete e.a.id;
    } else if (e.a.id === e.key) delete e.a.id;
    const flag = e.a[UNDIRECTED_ATTRIBUTE];
    if (isTrue(flag) || isFalse(flag)) {
      if (isTrue(flag) && e.directed) {
        e.directed = false;
        rebuild = true;
      }
      delete e.a[UNDIRECTED_ATTRIBUTE];
    }
  }
  if (!rebuild) return graph;
  const out = createEmptyGraph();
  out.replaceAttributes(graph.getAttributes());
  for (const [id, a] of nodes) out.addNode(nodeIds?.get(id) ?? id, a as NodeAttributes);
  for (const e of edges) {
    const source = nodeIds?.get(e.source) ?? e.source;
    const target = nodeIds?.get(e.target) ?? e.target;
    if (e.directed) out.addDirectedEdgeWithKey(e.key, source, target, e.a as EdgeAttributes);
    else out.addUndirectedEdgeWithKey(e.key, source, target, e.a as EdgeAttributes);
  }
  return out;
}

interface Edge {
  key: string;
  source: string;
  target: string;
  directed: boolean;
  a: Attrs;
}

/** A --lang ja export: label holds the Japanese name, labelEn the English one. */
function recoverLabels(a: Attrs): void {
  if (typeof a.labelEn !== 'string') return;
  if (typeof a.labelJa !== 'string' || a.labelJa === '') a.labelJa = a.label;
  a.label = a.labelEn;
  delete a.labelEn;
}

/**
 * igraph 1.0.0's GraphML reader fills the edge `id` attribute with the vertex ids (edge i gets
 * vertex i's id, "" beyond the vertex count) — checked with python-igraph 1.0.0. Such values are
 * not data.
 */
function isIgraphEdgeIdBug(nodes: [string, Attrs][], edges: Edge[]): boolean {
  if (edges.length === 0) return false;
  return edges.every((e, i) => {
    const nodeId = nodes[i]?.[1].id;
    return nodeId === undefined ? e.a.id === undefined : e.a.id === nodeId;
  });
}

function recoverGraphAttrs(a: Attrs): Attrs {
  const out = recoverAttrs(a, LIST_FIELDS.graph);
  // GEXF 1.2 has no title: our writer puts the name into <description>
  if (out.name === undefined && out.creator === 'Alignmap' && typeof out.description === 'string') {
    out.name = out.description;
    delete out.description;
  }
  return out;
}
