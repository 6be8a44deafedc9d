// The one view pipeline: graph + view state (view-state.ts) + analysis results → what is drawn.
// Stages, in order: filters → time → focus → hide-isolated (src/graph/visible.ts, driven by
// viewSpecOf), then the style inputs: sizes, forced labels, emphasis of a path or triad, bloc
// colours, the hover/selection highlight, assembled into the StyleView that the style module
// (src/render/style.ts) turns into colours and sizes for sigma and for the exported scene.
// The app runs each stage as its own $derived (src/state/app-state.svelte.ts: a hover recomputes
// the highlight only, a filter the visibility and what follows); the CLI and tests call
// deriveView, which composes the very same stage functions. The analyses the pipeline reads
// (paths, blocs, the balance behind a triad) are described by the request builders below; the
// app sends them to the analysis worker, the CLI runs them inline with the worker's own handler
// (runAnalysesInline), so both use the same parameters. Pure.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { centrality, normalise, topNodeSet, type SizeMetric } from '../graph/centrality';
import {
  edgeHighlight,
  emptyFilters,
  neighbourhood,
  withExcluded,
  type Facet,
} from '../graph/filters';
import { visibleView, type ViewSpec, type VisibleView } from '../graph/visible';
import type { ChannelRequest } from '../graph/analysis-client';
import {
  createAnalysisHandler,
  type AnalysisResponse,
  type AnalysisResultPayload,
  type WireSignedOptions,
} from '../graph/analysis-worker-protocol';
import { BLOC_KINDS, DEFAULT_BLOC_RESOLUTION } from '../graph/analysis-blocs';
import { latestDate } from '../graph/time';
import type { BlocResult } from '../graph/blocs';
import { parallelCurvatures } from '../render/parallel-edges';
import type { StyleView } from '../render/style';
import {
  blocNodeColors,
  orderBlocs,
  signedKinds,
  triadEmphasis,
  type BlocEntry,
} from './analysis-view';
import type { Selection, ViewState } from './view-state';
import { appearanceViewOf, elementLook, excludedOf, styleLookOf } from './appearance';

type AnyGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;
type Emphasis = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };

/** How many of the largest visible actors (by the size metric) always get a label. */
export const FORCED_LABELS = 12;
/** Seed of the bloc detection: one seed, one partition, so the colours are stable. */
export const BLOC_SEED = 1;
/** Most shortest paths listed and drawn. */
export const MAX_PATHS = 12;
/** Most unbalanced triads the balance analysis lists. */
export const TRIAD_LIMIT = 50;
/** Entries per alignment ranking list. */
export const RANK_LIMIT = 8;

const NONE: ReadonlySet<string> = new Set<string>();

// ---- Stage 1: filters → time → focus → hide-isolated ----------------------------------------

/** The part of the view state that decides visibility, as src/graph/visible.ts takes it. */
export function viewSpecOf(state: ViewState): ViewSpec {
  let filters = emptyFilters();
  for (const facet of Object.keys(state.exclude) as Facet[])
    filters = withExcluded(filters, facet, state.exclude[facet]);
  const range =
    state.at !== null
      ? { from: state.at, to: state.at }
      : {
          ...(state.from !== null ? { from: state.from } : {}),
          ...(state.to !== null ? { to: state.to } : {}),
        };
  const mode = state.when === 'started' ? { mode: state.when } : {};
  const undated = state.when === 'active' && state.undated === 'hide' ? { hideUndated: true } : {};
  const time = { ...range, ...mode, ...undated };
  return {
    filters,
    hideIsolated: state.hideIsolated,
    time: Object.keys(time).length > 0 ? time : null,
    focus:
      state.focus === null
        ? null
        : {
            id: state.focus,
            depth: state.depth,
            direction: state.direction,
            relations: state.focusRelations,
          },
    outside: state.outside,
  };
}

/** What is visible, dimmed and hidden for this view state (attribute filters included). */
export function visibleOf(graph: AnyGraph, state: ViewState): VisibleView {
  const excludedNodes = excludedOf(graph, 'node', state.appearance.node.filter);
  const excludedEdges = excludedOf(graph, 'edge', state.appearance.edge.filter);
  return visibleView(graph, { ...viewSpecOf(state), excludedNodes, excludedEdges });
}

// ---- Analysis requests (one description for the worker and the CLI) --------------------------

/** Options of the signed analyses that are not part of the view state (the analysis panel's). */
export interface AnalysisOptions {
  /** Persons counted with the actor they represent. */
  foldPersons: boolean;
  /** Agreements take part in the signed analyses. */
  includeAgreements: boolean;
  /** Shared memberships count as (weak) positive ties. */
  memberships: boolean;
  /** Organizations and agreements take part in the bloc partition (default: they bind blocs). */
  bodiesInBlocs: boolean;
  /** Analyses keep actors and relations of the past (default: only those of the analysis date). */
  includeHistory: boolean;
  /** Balance over direct ties only (memberships left out). */
  balanceDirectOnly: boolean;
  /** Weak structural balance (all-negative triads count as balanced). */
  weakBalance: boolean;
}

export const DEFAULT_ANALYSIS_OPTIONS: Readonly<AnalysisOptions> = {
  foldPersons: true,
  includeAgreements: false,
  memberships: true,
  bodiesInBlocs: false,
  includeHistory: false,
  balanceDirectOnly: true,
  weakBalance: false,
};

/**
 * The day blocs, balance and alignment describe: the single date or the end of the time range,
 * else the latest date in the data (`latest`: the caller's copy of time.ts latestDate, e.g. one
 * kept per graph); null with history included or nothing dated.
 */
export function analysisDateOf<G extends AnyGraph>(
  graph: G,
  state: ViewState,
  options: Pick<AnalysisOptions, 'includeHistory'>,
  latest: (graph: G) => string | null = latestDate,
): string | null {
  if (options.includeHistory) return null;
  return state.at ?? state.to ?? latest(graph);
}

/**
 * Projection options of blocs, balance, rankings and pair scores over the visible view, restricted
 * (in the worker, src/graph/time.ts analysisScope) to the actors and relations of the analysis date.
 */
export function signedOptionsOf(
  visible: VisibleView,
  options: AnalysisOptions,
  analysisDate: string | null,
): WireSignedOptions {
  const kinds = signedKinds(options.includeAgreements);
  return {
    visibleNodes: visible.visibleNodes,
    visibleEdges: visible.visibleEdges,
    foldPersons: options.foldPersons,
    ...(kinds ? { kinds } : {}),
    ...(options.memberships ? {} : { membershipWeight: 0 }),
    at: options.includeHistory ? { includeHistory: true } : { date: analysisDate },
  };
}

/** Bloc detection, when blocs=on: states and persons partitioned unless bodies are asked for. */
export function blocsRequest(
  state: ViewState,
  signed: WireSignedOptions,
  options: Pick<AnalysisOptions, 'bodiesInBlocs'> = DEFAULT_ANALYSIS_OPTIONS,
): ChannelRequest | null {
  if (!state.blocs) return null;
  return {
    type: 'blocs',
    signed: options.bodiesInBlocs ? signed : { ...signed, kinds: BLOC_KINDS },
    options: { seed: BLOC_SEED, resolution: DEFAULT_BLOC_RESOLUTION },
  };
}

/** Structural balance, when a triad is on show or the balance panel is open. */
export function balanceRequest(
  state: ViewState,
  signed: WireSignedOptions,
  options: AnalysisOptions,
  panelOpen = false,
): ChannelRequest | null {
  if (!panelOpen && !state.triad) return null;
  return {
    type: 'balance',
    signed: options.balanceDirectOnly ? { ...signed, membershipWeight: 0 } : signed,
    options: { weak: options.weakBalance, limit: TRIAD_LIMIT },
  };
}

/** Shortest paths between the two ends of path=, over the visible view. */
export function pathsRequest(state: ViewState, visible: VisibleView): ChannelRequest | null {
  if (!state.path) return null;
  return {
    type: 'paths',
    scope: { visibleNodes: visible.visibleNodes, visibleEdges: visible.visibleEdges },
    from: state.path[0],
    to: state.path[1],
    options: { maxPaths: MAX_PATHS },
  };
}

/** The selected actor's alignment ranking. */
export function rankRequest(state: ViewState, signed: WireSignedOptions): ChannelRequest | null {
  const actor = state.selection?.kind === 'node' ? state.selection.id : null;
  return actor ? { type: 'rank', signed, actor, options: { limit: RANK_LIMIT } } : null;
}

/** The selected actor compared with align=. */
export function pairRequest(state: ViewState, signed: WireSignedOptions): ChannelRequest | null {
  const actor = state.selection?.kind === 'node' ? state.selection.id : null;
  return actor && state.align ? { type: 'pair', signed, a: actor, b: state.align } : null;
}

/** What the pipeline reads of the analyses (each null while absent, busy or failed). */
export interface AnalysisResults {
  /** The paths of path= (only when they are for the current ends). */
  paths: Emphasis | null;
  blocs: { result: Pick<BlocResult, 'blocs'>; folded: ReadonlyMap<string, string> } | null;
  /** Relation ids behind the ties of the focused triad (from the balance analysis). */
  triadEdges: Iterable<string> | null;
}

export const NO_RESULTS: AnalysisResults = { paths: null, blocs: null, triadEdges: null };

/**
 * Runs the pipeline's analyses in this thread with the analysis worker's own handler (for the
 * CLI and tests): paths, blocs and the balance behind a triad, as the app requests them.
 * `messages` say in English why a requested analysis gave nothing.
 */
export function runAnalysesInline(
  graph: AnyGraph,
  state: ViewState,
  visible: VisibleView,
  options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS,
): AnalysisResults & { messages: string[] } {
  const signed = signedOptionsOf(visible, options, analysisDateOf(graph, state, options));
  const requests = {
    paths: pathsRequest(state, visible),
    blocs: blocsRequest(state, signed, options),
    balance: balanceRequest(state, signed, options),
  };
  const results: AnalysisResults = { paths: null, blocs: null, triadEdges: null };
  const messages: string[] = [];
  if (!requests.paths && !requests.blocs && !requests.balance) return { ...results, messages };
  const responses: AnalysisResponse[] = [];
  const handle = createAnalysisHandler((m) => responses.push(m));
  const run = (request: ChannelRequest | null): AnalysisResultPayload | string | null => {
    if (!request) return null;
    responses.length = 0;
    handle({ ...request, requestId: 1 } as Parameters<typeof handle>[0]);
    const last = responses.at(-1);
    if (!last || last.type === 'progress') return 'no answer';
    return last.type === 'error' ? last.message : last;
  };
  handle({ type: 'load', requestId: 0, graph: graph.export() });
  const paths = run(requests.paths);
  if (typeof paths === 'string') messages.push(`${paths}; path not drawn`);
  else if (paths?.kind === 'paths') results.paths = paths.result;
  const blocs = run(requests.blocs);
  if (typeof blocs === 'string') messages.push(`${blocs}; actors coloured by kind`);
  else if (blocs?.kind === 'blocs') results.blocs = { result: blocs.result, folded: blocs.folded };
  const balance = run(requests.balance);
  if (balance && typeof balance !== 'string' && balance.kind === 'balance' && state.triad) {
    const key = [...state.triad].sort().join(',');
    const found = balance.result.unbalanced.find((t) => t.nodes.join(',') === key);
    results.triadEdges = found ? found.pairs.flatMap((p) => p.edgeIds) : null;
  }
  return { ...results, messages };
}

/**
 * The actors a path result frames: its two ends (the first kept in view), the actors on the paths,
 * and the visible first neighbours of both ends by their reported relations (not memberships: a
 * shared membership of the United Nations would frame the whole world), for context.
 */
export function pathFrameOf(
  graph: AnyGraph,
  visible: VisibleView | null,
  ends: readonly [string, string],
  pathNodes: Iterable<string>,
): string[] {
  const ids = new Set<string>(ends);
  for (const id of pathNodes) ids.add(id);
  for (const end of ends) {
    if (!graph.hasNode(end)) continue;
    graph.forEachEdge(end, (edge, attrs, source, target) => {
      if (attrs.relation === 'member_of') return;
      if (visible && !visible.visibleEdges.has(edge)) return;
      ids.add(source === end ? target : source);
    });
  }
  return [...ids];
}

// ---- Stage 2: style inputs -------------------------------------------------------------------

/** The size metric normalised to 0..1. */
export function sizesOf(graph: AnyGraph, sizeBy: SizeMetric): ReadonlyMap<string, number> {
  return normalise(centrality(graph, sizeBy));
}

/** The largest visible actors, whose labels are always drawn. */
export function labelledOf(
  sizes: ReadonlyMap<string, number>,
  visible: VisibleView | null,
): ReadonlySet<string> {
  return topNodeSet(sizes, FORCED_LABELS, visible?.visibleNodes ?? NONE);
}

/** Blocs of two or more actors in colour order (blocs held by direct relations first). */
export function blocEntriesOf(results: AnalysisResults): BlocEntry[] {
  return results.blocs ? orderBlocs(results.blocs.result) : [];
}

/** Node colours by bloc (blocs=on and a result): folded persons take their actor's colour. */
export function nodeColorsOf(
  graph: AnyGraph,
  state: ViewState,
  entries: readonly BlocEntry[],
  results: AnalysisResults,
): ReadonlyMap<string, string> | null {
  if (!state.blocs || !results.blocs) return null;
  return blocNodeColors(graph.nodes(), entries, results.blocs.folded);
}

/** The focused triad with the visible relations behind its ties (null: not all three visible). */
export function triadViewOf(
  graph: AnyGraph,
  state: ViewState,
  visible: VisibleView,
  results: AnalysisResults,
): Emphasis | null {
  if (!state.triad) return null;
  return triadEmphasis(
    graph,
    state.triad,
    visible.visibleNodes,
    visible.visibleEdges,
    results.triadEdges ?? undefined,
  );
}

/** The path (or else the triad) drawn emphasised. */
export function emphasisOf(
  state: ViewState,
  results: AnalysisResults,
  triadView: Emphasis | null,
): Emphasis | null {
  if (state.path && results.paths) return results.paths;
  return triadView;
}

/**
 * The neighbourhood of the hovered or selected actor, or the ends of a selected relation. A path
 * or triad on show stays in view unless an actor is hovered; an actor hidden by the filters
 * highlights nothing (it would dim everything else).
 */
export function highlightOf(
  graph: AnyGraph,
  visible: VisibleView,
  selection: Selection,
  hovered: string | null,
  emphasis: Emphasis | null,
): StyleView['highlight'] {
  if (hovered === null && emphasis) return null;
  const focus = hovered ?? (selection?.kind === 'node' ? selection.id : null);
  if (focus && visible.visibleNodes.has(focus))
    return neighbourhood(graph, focus, visible.visibleEdges);
  if (selection?.kind === 'edge' && visible.visibleEdges.has(selection.id))
    return edgeHighlight(graph, selection.id);
  return null;
}

/** Everything the style module reads, from the stages above. */
export interface StyleInputs {
  state: ViewState;
  visible: VisibleView | null;
  sizes: ReadonlyMap<string, number>;
  curvatures: ReadonlyMap<string, number>;
  labelled: ReadonlySet<string>;
  highlight: StyleView['highlight'];
  emphasis: Emphasis | null;
  nodeColors: ReadonlyMap<string, string> | null;
  /** Relation colours, widths and legend of the appearance choices (imported data); absent = the app's. */
  look?: Pick<StyleView, 'edgeColors' | 'edgeSizes' | 'appearance'>;
}

/** The StyleView (src/render/style.ts) of the stages' results. */
export function styleViewOf(inputs: StyleInputs): StyleView {
  const { state, visible } = inputs;
  return {
    language: state.language ?? 'en',
    hiddenNodes: visible?.hiddenNodes ?? NONE,
    hiddenEdges: visible?.hiddenEdges ?? NONE,
    highlight: inputs.highlight,
    selectedNode: state.selection?.kind === 'node' ? state.selection.id : null,
    selectedEdge: state.selection?.kind === 'edge' ? state.selection.id : null,
    sizes: inputs.sizes,
    edgeColorMode: state.edgeColors,
    curvatures: inputs.curvatures,
    labelled: inputs.labelled,
    dimmedNodes: visible?.dimmedNodes ?? NONE,
    dimmedEdges: visible?.dimmedEdges ?? NONE,
    ...(inputs.nodeColors ? { nodeColors: inputs.nodeColors } : {}),
    ...inputs.look,
    emphasis: inputs.emphasis,
  };
}

// ---- The whole pipeline ----------------------------------------------------------------------

/** StyleView with the dimmed sets always present. */
export type DerivedStyleView = StyleView & {
  dimmedNodes: ReadonlySet<string>;
  dimmedEdges: ReadonlySet<string>;
};

export interface DerivedView {
  visible: VisibleView;
  sizes: ReadonlyMap<string, number>;
  labelled: ReadonlySet<string>;
  blocs: BlocEntry[];
  emphasis: Emphasis | null;
  style: DerivedStyleView;
}

/**
 * The whole pipeline in one call: what the app shows for this graph, view state and analysis
 * results (with `hovered` as the pointer's actor). Curvatures depend on the graph only; pass them
 * when they are already known.
 */
export function deriveView(
  graph: AnyGraph,
  state: ViewState,
  results: AnalysisResults = NO_RESULTS,
  extra: { hovered?: string | null; curvatures?: ReadonlyMap<string, number> } = {},
): DerivedView {
  const visible = visibleOf(graph, state);
  const nodeLook = elementLook(graph, 'node', state.appearance.node);
  const edgeLook = elementLook(graph, 'edge', state.appearance.edge);
  const sizes = nodeLook.sizes ?? sizesOf(graph, state.sizeBy);
  const labelled = labelledOf(sizes, visible);
  const blocs = blocEntriesOf(results);
  const blocColors = nodeColorsOf(graph, state, blocs, results);
  const emphasis = emphasisOf(state, results, triadViewOf(graph, state, visible, results));
  const style = styleViewOf({
    state,
    visible,
    sizes,
    curvatures: extra.curvatures ?? parallelCurvatures(graph),
    labelled,
    highlight: highlightOf(graph, visible, state.selection, extra.hovered ?? null, emphasis),
    emphasis,
    nodeColors: blocColors ?? nodeLook.colors,
    look: styleLookOf(edgeLook, appearanceViewOf(nodeLook, edgeLook, blocColors !== null)),
  }) as DerivedStyleView;
  return { visible, sizes, labelled, blocs, emphasis, style };
}
