// The explorer's reactive state: the loaded graph ($state.raw), the view settings the user changes
// (language, filters, hide-isolated, selection, hover, size metric, edge colours, view), and everything derived
// from them as precomputed sets and maps that the renderer's reducers and the panels read.
import type { AlignmapGraph } from '../model/build';
import {
  edgeHighlight,
  emptyFilters,
  neighbourhood,
  toggled,
  withExcluded,
  type Facet,
  type FilterState,
} from '../graph/filters';
import { centrality, normalise, topNodeSet, type SizeMetric } from '../graph/centrality';
import { buildSearchIndex } from '../graph/search';
import { parallelCurvatures } from '../render/parallel-edges';
import type { EdgeColorMode, Language, StyleView } from '../render/style';
import type { LayoutState } from '../layout/fa2-runner';
import type { CameraState, Selection, UrlState, ViewMode } from './url-state';
import { visibleView, type ViewSpec } from '../graph/visible';
import { AnalysisState } from './analysis-state.svelte';
import { AppearanceState } from './appearance-state.svelte';
import { checkExcluded, facetValues } from './url-apply';
import { warning, warningKey, type AppWarning } from './warning-messages';

export type { Facet };

const NONE: ReadonlySet<string> = Object.freeze(new Set<string>()) as ReadonlySet<string>;
const NO_VALUES: ReadonlyMap<string, number> = new Map<string, number>();

const LANGUAGE_KEY = 'alignmap.language';

/** How many of the largest visible actors (by the size metric) always get a label. */
export const FORCED_LABELS = 12;

export function rememberedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return value === 'en' || value === 'ja' ? value : null;
  } catch {
    return null;
  }
}

/** A request for the graph view to move its camera; `token` makes repeated requests distinct. */
export type CameraRequest =
  | { kind: 'focus'; ids: string[]; zoom: boolean; token: number }
  | { kind: 'set'; camera: CameraState; token: number };

let requestCounter = 0;

export class AppState {
  graph = $state.raw<AlignmapGraph | null>(null);
  loadError = $state<string | null>(null);
  language = $state<Language>(rememberedLanguage() ?? 'en');
  filters = $state.raw<FilterState>(emptyFilters());
  /** Hide actors that have no visible relation (on by default: memberships hidden ≠ floating dots). */
  hideIsolated = $state(true);
  selection = $state.raw<Selection>(null);
  hovered = $state<string | null>(null);
  sizeBy = $state<SizeMetric>('degree');
  edgeColors = $state<EdgeColorMode>('relation');
  view = $state<ViewMode>('graph');
  layout = $state.raw<LayoutState>({
    running: false,
    lastStop: null,
    lastRunMs: null,
    iterations: 0,
  });
  /** Last camera reported by the graph view (for the URL). */
  camera = $state.raw<CameraState | null>(null);
  cameraRequest = $state.raw<CameraRequest | null>(null);
  /** Warnings as codes (src/state/warning-messages.ts), shown in the current language. */
  warnings = $state.raw<AppWarning[]>([]);
  /** Layout commands, provided by the mounted graph view (null while it is not mounted). */
  layoutControl = $state.raw<{ start(): void; stop(): void; reset(): void } | null>(null);

  /** Focus, path, time, blocs, balance and alignment (src/state/analysis-state.svelte.ts). */
  readonly analysis: AnalysisState = new AnalysisState(this);
  /** Colour/size by the file's own look or any attribute; attribute filters (appearance-state). */
  readonly appearance: AppearanceState = new AppearanceState(() => this.graph);

  /** Filters + time + focus: what visibleView (src/graph/visible.ts) composes. */
  viewSpec: ViewSpec = $derived({
    filters: this.filters,
    hideIsolated: this.hideIsolated,
    time: this.analysis.timeSpec,
    focus: this.analysis.focusSpec,
    outside: this.analysis.outside,
    excludedNodes: this.appearance.excludedNodes,
  });
  visibility = $derived(this.graph ? visibleView(this.graph, this.viewSpec) : null);
  sizes: ReadonlyMap<string, number> = $derived(
    this.appearance.sizes ??
      (this.graph ? normalise(centrality(this.graph, this.sizeBy)) : NO_VALUES),
  );
  /** The largest visible actors, whose labels are always drawn. */
  labelled: ReadonlySet<string> = $derived(
    topNodeSet(this.sizes, FORCED_LABELS, this.visibility?.visibleNodes ?? NONE),
  );
  curvatures: ReadonlyMap<string, number> = $derived(
    this.graph ? parallelCurvatures(this.graph) : NO_VALUES,
  );
  searchIndex = $derived(this.graph ? buildSearchIndex(this.graph) : null);

  highlight = $derived.by(() => {
    const graph = this.graph;
    const visibility = this.visibility;
    if (!graph || !visibility) return null;
    // A path or triad on show (analysis.emphasis) stays in view unless an actor is hovered.
    if (this.hovered === null && this.analysis.emphasis) return null;
    const focus = this.hovered ?? (this.selection?.kind === 'node' ? this.selection.id : null);
    // A focus hidden by the filters would dim everything else: no highlight then.
    if (focus && visibility.visibleNodes.has(focus))
      return neighbourhood(graph, focus, visibility.visibleEdges);
    if (this.selection?.kind === 'edge' && visibility.visibleEdges.has(this.selection.id)) {
      return edgeHighlight(graph, this.selection.id);
    }
    return null;
  });

  styleView: StyleView = $derived({
    language: this.language,
    hiddenNodes: this.visibility?.hiddenNodes ?? NONE,
    hiddenEdges: this.visibility?.hiddenEdges ?? NONE,
    highlight: this.highlight,
    selectedNode: this.selection?.kind === 'node' ? this.selection.id : null,
    selectedEdge: this.selection?.kind === 'edge' ? this.selection.id : null,
    sizes: this.sizes,
    edgeColorMode: this.edgeColors,
    curvatures: this.curvatures,
    labelled: this.labelled,
    dimmedNodes: this.visibility?.dimmedNodes ?? NONE,
    dimmedEdges: this.visibility?.dimmedEdges ?? NONE,
    nodeColors: this.analysis.nodeColors ?? this.appearance.nodeColors ?? undefined,
    emphasis: this.analysis.emphasis,
  });

  setLanguage(language: Language): void {
    this.language = language;
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // storage may be unavailable (private mode); the URL still carries the language
    }
  }

  /** Replaces one facet's excluded values. */
  setExcluded(facet: Facet, values: Iterable<string>): void {
    this.filters = withExcluded(this.filters, facet, values);
  }

  toggle(facet: Facet, value: string, visible: boolean): void {
    this.setExcluded(facet, toggled(this.filters[facet], value, visible));
  }

  /**
   * Selects an actor or relation; `focus` animates the camera to frame it: an actor with its
   * visible neighbours, a relation with its two ends (zoom: fit them closely, else only zoom out
   * when they do not fit).
   */
  select(selection: Selection, focus: false | { zoom: boolean } = { zoom: false }): void {
    this.selection = selection;
    const graph = this.graph;
    if (!selection || !focus || !graph) return;
    let ids: string[] = [];
    // never fly to an empty canvas: a hidden selection leaves the camera where it is (the details
    // panel names it as hidden and offers to show it)
    const v = this.visibility;
    if (selection.kind === 'edge') {
      if (graph.hasEdge(selection.id) && (!v || v.visibleEdges.has(selection.id)))
        ids = graph.extremities(selection.id);
    } else if (graph.hasNode(selection.id) && (!v || v.visibleNodes.has(selection.id))) {
      const visibleEdges = this.visibility?.visibleEdges ?? NONE;
      // the actor first: the camera keeps it in view whatever else fits
      ids = [...neighbourhood(graph, selection.id, visibleEdges).nodes];
    }
    if (ids.length > 0)
      this.cameraRequest = { kind: 'focus', ids, zoom: focus.zoom, token: ++requestCounter };
  }

  /** Animates the camera to frame these actors (the first is kept in view). */
  frame(ids: string[], zoom = true): void {
    if (ids.length > 0) this.cameraRequest = { kind: 'focus', ids, zoom, token: ++requestCounter };
  }

  /** Frames every visible actor (the "Fit" button); nothing when nothing is visible. */
  frameVisible(): void {
    this.frame([...(this.visibility?.visibleNodes ?? [])]);
  }

  requestCamera(camera: CameraState): void {
    this.cameraRequest = { kind: 'set', camera, token: ++requestCounter };
  }

  /** Shows a warning (once: an equal one already shown is not repeated). */
  warn(problem: AppWarning): void {
    const key = warningKey(problem);
    if (!this.warnings.some((w) => warningKey(w) === key))
      this.warnings = [...this.warnings, problem];
  }

  /**
   * Shows another graph (an import, or the default data again); the graph view remounts on it.
   * The current choices are re-applied as on a page load (ids the new graph lacks are dropped
   * with a warning); the camera frames the new graph. (Added for src/state/dataset-state.)
   */
  replaceGraph(graph: AlignmapGraph): void {
    const state: UrlState = { ...this.toUrlState(), camera: null };
    const sel = state.selection;
    if (sel && !(sel.kind === 'node' ? graph.hasNode(sel.id) : graph.hasEdge(sel.id))) {
      this.warn(warning('selection-gone', { kind: sel.kind, id: sel.id }));
      state.selection = null;
    }
    // The analyses of the old data (focus, path, triad, alignment partner) end without a warning.
    const gone = (ids: readonly string[] | null) =>
      ids !== null && ids.some((i) => !graph.hasNode(i));
    if (gone(state.focus === null ? null : [state.focus])) state.focus = null;
    if (gone(state.path)) state.path = null;
    if (gone(state.triad)) state.triad = null;
    if (gone(state.align === null ? null : [state.align])) state.align = null;
    this.hovered = null;
    this.camera = null;
    // Frame the whole new graph, labels included, once its layout stops.
    this.cameraRequest = { kind: 'focus', ids: graph.nodes(), zoom: true, token: ++requestCounter };
    this.graph = graph;
    this.applyUrlState(state);
  }

  /**
   * The URL state without an alignment partner (align=) the graph lacks, with a warning. (Unknown
   * focus, path and triad actors stay: their analyses say so in their panels.)
   */
  private knownActors(url: UrlState, graph: AlignmapGraph): UrlState {
    if (url.align === null || graph.hasNode(url.align)) return url;
    this.warn(warning('missing-actor', { key: 'align', id: url.align }));
    return { ...url, align: null };
  }

  /** The part of the state that goes into the URL. */
  toUrlState(): UrlState {
    return {
      language: this.language,
      exclude: {
        relations: [...this.filters.relations],
        kinds: [...this.filters.kinds],
        statuses: [...this.filters.statuses],
        certainties: [...this.filters.certainties],
      },
      hideIsolated: this.hideIsolated,
      selection: this.selection,
      camera: this.camera,
      sizeBy: this.sizeBy,
      edgeColors: this.edgeColors,
      view: this.view,
      ...this.analysis.toUrlState(),
    };
  }

  /**
   * Applies URL state (on load and on back/forward); ids unknown to the graph, and hidden filter
   * values neither in our vocabulary nor in the graph (url-apply.ts), become warnings.
   */
  applyUrlState(url: UrlState): void {
    if (url.language) this.language = url.language;
    const checked = checkExcluded(url.exclude, this.graph ? facetValues(this.graph) : null);
    for (const w of checked.notices) this.warn(w);
    let filters = emptyFilters();
    for (const facet of Object.keys(checked.exclude) as Facet[])
      filters = withExcluded(filters, facet, checked.exclude[facet]);
    this.filters = filters;
    this.hideIsolated = url.hideIsolated;
    this.sizeBy = url.sizeBy;
    this.edgeColors = url.edgeColors;
    this.view = url.view;
    const graph = this.graph;
    this.analysis.applyUrlState(graph ? this.knownActors(url, graph) : url);
    let selection = url.selection;
    if (selection && graph) {
      const exists =
        selection.kind === 'node' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id);
      if (!exists) {
        this.warn(warning('missing-selection', { kind: selection.kind, id: selection.id }));
        selection = null;
      }
    }
    if (url.camera) {
      this.selection = selection;
      this.requestCamera(url.camera);
    } else {
      this.select(selection, { zoom: true });
    }
  }
}
