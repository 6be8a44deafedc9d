// Which relations a very large graph draws. Sigma indexes every relation of its graph in one call
// and draws all of them in every frame: at 100,000 actors and 500,000 relations that freezes the
// page for seconds at each change (and a software GPU takes seconds per frame). Above a budget,
// the renderer draws the relations the view shows only when they fit in it; when they do not,
// those of the focus (the relations outside an ego focus that are only faded go first), else the
// selected actor's or relation's and a shown path's, else none — and says how many it left out
// (the status line asks for a filter, a time range or a selection).

/**
 * Relations drawn at once at most: a 50,000-actor graph's 250,000 are (about a second of
 * indexing, and its frames, with a software GPU); a 100,000-actor graph's 500,000 are not.
 */
export const EDGE_BUDGET = 250_000;

/** What the choice reads of the style view. */
export interface BudgetView {
  hiddenEdges: ReadonlySet<string>;
  dimmedEdges?: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  emphasis?: { edges: ReadonlySet<string> } | null;
}

/** What the choice reads of the graph. */
export interface BudgetGraph {
  readonly size: number;
  forEachEdge(callback: (edge: string) => void): void;
  forEachEdge(node: string, callback: (edge: string) => void): void;
  hasNode(node: string): boolean;
  hasEdge(edge: string): boolean;
}

export interface DrawnEdges {
  /** The relations to draw, or 'all' the view shows (when they fit). */
  edges: 'all' | string[];
  /** How many relations the view shows (not hidden by a filter, the time or a focus). */
  shown: number;
  /** How many of them are drawn. */
  drawn: number;
}

export function drawnEdges(graph: BudgetGraph, view: BudgetView, budget = EDGE_BUDGET): DrawnEdges {
  let hidden = 0;
  view.hiddenEdges.forEach((id) => {
    if (graph.hasEdge(id)) hidden++;
  });
  const shown = graph.size - hidden;
  if (shown <= budget) return { edges: 'all', shown, drawn: shown };
  const visible = (id: string) => !view.hiddenEdges.has(id);
  // the ego focus without the faded rest
  const dimmed = view.dimmedEdges;
  if (dimmed && dimmed.size > 0 && shown - dimmed.size <= budget) {
    const edges: string[] = [];
    graph.forEachEdge((id) => {
      if (visible(id) && !dimmed.has(id)) edges.push(id);
    });
    return { edges, shown, drawn: edges.length };
  }
  // the selection and a shown path
  const picked = new Set<string>();
  if (view.selectedNode !== null && graph.hasNode(view.selectedNode))
    graph.forEachEdge(view.selectedNode, (id) => {
      if (visible(id)) picked.add(id);
    });
  if (view.selectedEdge !== null && graph.hasEdge(view.selectedEdge) && visible(view.selectedEdge))
    picked.add(view.selectedEdge);
  for (const id of view.emphasis?.edges ?? []) if (graph.hasEdge(id) && visible(id)) picked.add(id);
  const edges = picked.size <= budget ? [...picked] : [];
  return { edges, shown, drawn: edges.length };
}

/** Whether two choices draw the same listed relations ('all' depends on the hidden ones: never). */
export function sameDrawnEdges(a: DrawnEdges, b: DrawnEdges): boolean {
  if (a.edges === 'all' || b.edges === 'all') return false;
  if (a.edges.length !== b.edges.length) return false;
  const set = new Set(a.edges);
  return b.edges.every((id) => set.has(id));
}
