// What the app computes once per shown graph rather than once per read: the view pipeline's index
// of the graph (src/graph/view-index.ts), and summaries the panels show (appearance facts, the
// dates' extent). The app never edits a shown graph's structure or attributes other than
// positions (the layout, drags) — another dataset or a curation edit is a new graph — so each
// value holds for as long as its graph object lives. For a large graph the app computes them
// ahead, each in a task of its own (`warm`), so that the task that shows the graph or the panels
// only looks them up.
import type { AlignmapGraph } from '../model/build';
import type { AttributeTarget } from '../graph/filters';
import { visitEdgesInSlices, type EdgeVisitor } from '../graph/edge-pass';
import {
  buildEvidenceIndex,
  buildSearchIndex,
  evidenceIndexVisitor,
  type EvidenceIndex,
  type SearchIndex,
} from '../graph/search';
import {
  dateExtent,
  dateExtentVisitor,
  latestDate,
  latestDateVisitor,
  type DateExtent,
} from '../graph/time';
import {
  buildViewIndex,
  everyIdSetsInSlices,
  viewIndexVisitor,
  type ViewIndex,
} from '../graph/view-index';
import { nextTask } from '../model/next-task';
import { elementFacts, elementFactsInSlices, type ElementFacts } from '../view/appearance';

/** `compute` memoised per graph object. */
export interface PerGraph<T> {
  (graph: AlignmapGraph): T;
  /** Whether the value of this graph is already computed. */
  has(graph: AlignmapGraph): boolean;
  /** Keeps a value computed elsewhere (e.g. in slices) as this graph's. */
  put(graph: AlignmapGraph, value: T): void;
}

export function perGraph<T>(compute: (graph: AlignmapGraph) => T): PerGraph<T> {
  const values = new WeakMap<AlignmapGraph, T>();
  const get = (graph: AlignmapGraph): T => {
    if (values.has(graph)) return values.get(graph) as T;
    const value = compute(graph);
    values.set(graph, value);
    return value;
  };
  return Object.assign(get, {
    has: (graph: AlignmapGraph) => values.has(graph),
    put: (graph: AlignmapGraph, value: T) => void values.set(graph, value),
  });
}

/** The view pipeline's index of a shown graph (visibleView and the layout's matrices use it). */
export const viewIndexOf: PerGraph<ViewIndex> = perGraph(buildViewIndex);

/** The appearance panels' facts of a graph's actors and of its relations. */
export const elementFactsOf: Record<AttributeTarget, PerGraph<ElementFacts>> = {
  node: perGraph((graph) => elementFacts(graph, 'node')),
  edge: perGraph((graph) => elementFacts(graph, 'edge')),
};

/** The span of a graph's dates (the time slider's ends), null when nothing is dated. */
export const dateExtentOf: PerGraph<DateExtent | null> = perGraph((graph) => {
  const extent = dateExtent(graph);
  return extent.ok ? extent : null;
});

/** The latest date in a graph's data (src/graph/time.ts latestDate). */
export const latestDateOf: PerGraph<string | null> = perGraph(latestDate);

/** The actor search's index of a graph (built when the search first asks for it). */
export const searchIndexOf: PerGraph<SearchIndex> = perGraph(buildSearchIndex);

/** The evidence search's index of a graph (the quotes and notes of its relations). */
export const evidenceIndexOf: PerGraph<EvidenceIndex> = perGraph(buildEvidenceIndex);

/** What the view's first computations read (see prepareViewSummaries). */
export const VIEW_SUMMARIES: readonly PerGraph<unknown>[] = [
  viewIndexOf,
  latestDateOf,
  evidenceIndexOf,
];

/**
 * Computes VIEW_SUMMARIES of a graph that is not on screen yet (after an import or a restore,
 * before it is handed to the view), none in the caller's task: one pass over the relations for
 * all of them, in slices of relations (src/graph/edge-pass.ts), then the index's sets of all ids
 * in slices too.
 */
export async function prepareViewSummaries(
  graph: AlignmapGraph,
  yieldTask: () => Promise<void> = nextTask,
): Promise<void> {
  const wanted: { summary: PerGraph<unknown>; visitor: EdgeVisitor<unknown> }[] = [];
  const want = <T>(summary: PerGraph<T>, visitor: () => EdgeVisitor<T>) => {
    if (!summary.has(graph))
      wanted.push({ summary: summary as PerGraph<unknown>, visitor: visitor() });
  };
  want(viewIndexOf, () => viewIndexVisitor(graph));
  want(latestDateOf, () => latestDateVisitor(graph));
  want(evidenceIndexOf, () => evidenceIndexVisitor());
  if (wanted.length > 0) {
    const results = await visitEdgesInSlices(
      graph,
      wanted.map((w) => w.visitor),
      yieldTask,
    );
    wanted.forEach((w, i) => w.summary.put(graph, results[i]));
  }
  await everyIdSetsInSlices(viewIndexOf(graph), yieldTask);
}

/** What the panels read once a large graph reaches them (AppState.panelGraph). */
export const PANEL_SUMMARIES: readonly PerGraph<unknown>[] = [
  elementFactsOf.node,
  elementFactsOf.edge,
  dateExtentOf,
];

/**
 * Computes PANEL_SUMMARIES of a graph ahead, none in the caller's task: the appearance facts in
 * slices of elements, the dates' extent in slices of relations. A rejected `yieldTask` (the graph
 * was replaced) ends it.
 */
export async function preparePanelSummaries(
  graph: AlignmapGraph,
  yieldTask: () => Promise<void> = nextTask,
): Promise<void> {
  for (const target of ['node', 'edge'] as const)
    if (!elementFactsOf[target].has(graph))
      elementFactsOf[target].put(graph, await elementFactsInSlices(graph, target, yieldTask));
  if (!dateExtentOf.has(graph)) {
    const [extent] = await visitEdgesInSlices(graph, [dateExtentVisitor()], yieldTask);
    dateExtentOf.put(graph, extent.ok ? extent : null);
  }
}
