// Moving a large graph from a worker to the page without a long task on the page: the worker cuts
// its graphology export into parts of a few thousand nodes or edges (graphParts) and posts each as
// its own message; the page adds each part to a graph off screen as it arrives (GraphAssembler),
// so the structured clone and the graph build are spread over many short tasks, and the page's
// event loop (drawing, input) runs between them. The parts arrive in order: start, nodes, edges.
// The other way round, the page feeds the analysis worker from its live graph (liveGraphParts):
// no whole export on the page, one part per task, assembled in the worker the same way.
import type { AbstractGraph } from 'graphology-types';
import { createEmptyGraph, type AlignmapGraph } from './build';
import type { SerializedAlignmapGraph } from './graph-types';

type SerializedNode = SerializedAlignmapGraph['nodes'][number];
type SerializedEdge = NonNullable<SerializedAlignmapGraph['edges']>[number];

export type GraphPart =
  | {
      kind: 'start';
      attributes: SerializedAlignmapGraph['attributes'];
      nodes: number;
      edges: number;
    }
  | { kind: 'nodes'; nodes: SerializedNode[] }
  | { kind: 'edges'; edges: SerializedEdge[] };

/**
 * Nodes or edges per part: at 2,000, one part costs the page ~10–30 ms (clone and build) on a
 * loaded 2-core machine, and a 500,000-relation graph takes 300 messages.
 */
export const PART_SIZE = 2000;

/** The parts of a serialized graph, in the order the page needs them. */
export function* graphParts(
  graph: SerializedAlignmapGraph,
  size = PART_SIZE,
): Generator<GraphPart> {
  const nodes = graph.nodes;
  const edges = graph.edges ?? [];
  yield {
    kind: 'start',
    attributes: graph.attributes ?? {},
    nodes: nodes.length,
    edges: edges.length,
  };
  for (let i = 0; i < nodes.length; i += size)
    yield { kind: 'nodes', nodes: nodes.slice(i, i + size) };
  for (let i = 0; i < edges.length; i += size)
    yield { kind: 'edges', edges: edges.slice(i, i + size) };
}

/**
 * The parts of a live graph, read lazily (each part is serialized when asked for), so that the
 * caller can post one part per task without exporting the whole graph at once.
 */
export function* liveGraphParts(graph: AbstractGraph, size = PART_SIZE): Generator<GraphPart> {
  yield {
    kind: 'start',
    attributes: { ...graph.getAttributes() } as SerializedAlignmapGraph['attributes'],
    nodes: graph.order,
    edges: graph.size,
  };
  let nodes: SerializedNode[] = [];
  for (const { node, attributes } of graph.nodeEntries()) {
    nodes.push({ key: node, attributes } as SerializedNode);
    if (nodes.length === size) {
      yield { kind: 'nodes', nodes };
      nodes = [];
    }
  }
  if (nodes.length > 0) yield { kind: 'nodes', nodes };
  let edges: SerializedEdge[] = [];
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    edges.push({
      key: edge,
      source,
      target,
      attributes,
      ...(undirected ? { undirected: true } : {}),
    } as SerializedEdge);
    if (edges.length === size) {
      yield { kind: 'edges', edges };
      edges = [];
    }
  }
  if (edges.length > 0) yield { kind: 'edges', edges };
}

/** Page side: builds the graph part by part; finish() checks that every part came. */
export class GraphAssembler {
  private graph: AlignmapGraph | null = null;
  private expected = { nodes: 0, edges: 0 };

  /** Adds one part; throws (naming the part) when the parts come out of order or do not fit. */
  add(part: GraphPart): void {
    if (part.kind === 'start') {
      this.graph = createEmptyGraph();
      this.graph.replaceAttributes(part.attributes as never);
      this.expected = { nodes: part.nodes, edges: part.edges };
      return;
    }
    const graph = this.graph;
    if (!graph) throw new Error(`graph-handoff: a "${part.kind}" part came before the start`);
    if (part.kind === 'nodes') {
      if (graph.size > 0) throw new Error('graph-handoff: a "nodes" part came after the edges');
      graph.import({ nodes: part.nodes });
    } else graph.import({ edges: part.edges });
  }

  /** The complete graph; throws when parts are missing. */
  finish(): AlignmapGraph {
    const graph = this.graph;
    if (!graph) throw new Error('graph-handoff: no graph was sent');
    const { nodes, edges } = this.expected;
    if (graph.order !== nodes || graph.size !== edges)
      throw new Error(
        `graph-handoff: expected ${nodes} nodes and ${edges} edges, got ${graph.order} and ${graph.size}`,
      );
    return graph;
  }

  /** Whether every node and edge announced by the start part has come. */
  get complete(): boolean {
    const graph = this.graph;
    return (
      graph !== null && graph.order === this.expected.nodes && graph.size === this.expected.edges
    );
  }

  /** Whether a graph is being assembled. */
  get started(): boolean {
    return this.graph !== null;
  }
}
