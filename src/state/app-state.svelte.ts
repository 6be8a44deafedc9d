// The explorer's reactive state: the loaded graph ($state.raw), the one view state
// (src/view/view-state.ts, deep $state: each pipeline stage re-runs only when a field it reads
// changes), the transient choices (hover, layout status, camera requests, warnings), and the view
// pipeline's stages (src/view/pipeline.ts) as $derived values that the renderer's reducers and the
// panels read. Accessors (language, filters, and hideIsolated, selection, sizeBy, edgeColors, view,
// camera through viewStateFields) read and write the view state.
import type { AlignmapGraph } from '../model/build';
import type { Language } from '../model/language';
import {
  neighbourhood,
  toggled,
  withExcluded,
  type Facet,
  type FilterState,
} from '../graph/filters';
import { visibleView, type ViewSpec, type VisibleView } from '../graph/visible';
import { parallelCurvatures } from '../render/parallel-edges';
import { isLargeGraph } from '../render/large-graph';
import { nextTask } from '../model/next-task';
import type { StyleView } from '../render/style';
import type { LayoutState } from '../layout/fa2-runner';
import type { CameraRequest } from '../render/camera-controller';
import type { GraphBox } from '../render/sigma-host';
import {
  defaultViewState,
  type CameraState,
  type Selection,
  type ViewState,
} from '../view/view-state';
import { highlightOf, labelledOf, sizesOf, styleViewOf, viewSpecOf } from '../view/pipeline';
import { checkExcluded, facetValues } from '../view/reconcile';
import { warning, warningKey, type AppWarning } from '../view/warnings';
import { AnalysisState } from './analysis-state.svelte';
import { AppearanceState } from './appearance-state.svelte';
import { preparePanelSummaries, searchIndexOf, viewIndexOf } from './graph-summaries';

export type { Facet };
export { FORCED_LABELS } from '../view/pipeline';

const NONE: ReadonlySet<string> = Object.freeze(new Set<string>()) as ReadonlySet<string>;
const NO_VALUES: ReadonlyMap<string, number> = new Map<string, number>();

const LANGUAGE_KEY = 'alignmap.language';

export function rememberedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return value === 'en' || value === 'ja' ? value : null;
  } catch {
    return null;
  }
}

export type { CameraRequest };

let requestCounter = 0;

/**
 * View-state fields that AppState carries as its own properties, read and written through
 * (`app.sizeBy = 'pagerank'` sets `app.viewState.sizeBy`); `camera` is the last camera the graph
 * view reported (for the URL).
 */
const VIEW_FIELDS = [
  'hideIsolated',
  'selection',
  'sizeBy',
  'edgeColors',
  'view',
  'camera',
] as const;

/** A base class whose `keys` read and write `this.viewState[key]`, typed as the view state's. */
function viewStateFields<K extends keyof ViewState>(keys: readonly K[]) {
  const ViewFields = class {};
  for (const key of keys)
    Object.defineProperty(ViewFields.prototype, key, {
      get(this: { viewState: ViewState }) {
        return this.viewState[key];
      },
      set(this: { viewState: ViewState }, value: ViewState[K]) {
        this.viewState[key] = value;
      },
      configurable: true,
    });
  return ViewFields as new () => Pick<ViewState, K>;
}

/** The layout state of a graph whose view is not mounted yet (its layout has not started). */
const NO_LAYOUT_YET: LayoutState = {
  running: false,
  lastStop: null,
  lastRunMs: null,
  iterations: 0,
};

/** A large graph's panel summaries end early: another graph is shown. */
class GraphReplaced extends Error {}

export class AppState extends viewStateFields(VIEW_FIELDS) {
  #graph = $state.raw<AlignmapGraph | null>(null);
  /**
   * The graph once the panels may compute their own summaries of it (appearance facts, the dates'
   * extent): at once for a small graph; for a large one after those summaries were computed, each
   * in a task of its own (src/state/graph-summaries.ts), so that neither the task that sets it
   * (and computes what the first frame needs: the visible view, sizes, labels) nor the one that
   * shows the panels pays for one pass over every relation per panel.
   */
  panelGraph = $state.raw<AlignmapGraph | null>(null);
  get graph(): AlignmapGraph | null {
    return this.#graph;
  }
  set graph(graph: AlignmapGraph | null) {
    // another graph: the last one's layout state is not its (its view sets its own when mounted)
    if (graph !== this.#graph) this.layout = NO_LAYOUT_YET;
    this.#graph = graph;
    if (!graph || !isLargeGraph(graph)) {
      this.panelGraph = graph;
      return;
    }
    this.panelGraph = null;
    // what the panels read, in tasks of their own (none once another graph is shown), then the
    // panels in one more
    const shown = async () => {
      await nextTask();
      if (this.#graph !== graph) throw new GraphReplaced();
    };
    void preparePanelSummaries(graph, shown)
      .then(shown)
      .then(
        () => (this.panelGraph = graph),
        (error: unknown) => {
          if (!(error instanceof GraphReplaced)) throw error;
        },
      );
  }
  loadError = $state<string | null>(null);
  /**
   * The one view state: what the URL carries and the pipeline reads. Controls write its fields
   * (`app.viewState.depth = 2`) or the accessors below.
   */
  viewState = $state<ViewState>({ ...defaultViewState(), language: rememberedLanguage() ?? 'en' });
  hovered = $state<string | null>(null);
  layout = $state.raw<LayoutState>(NO_LAYOUT_YET);
  /**
   * The graph whose actors stand where its user left them (a stored import reopened with its
   * saved positions): its layout does not run when it is mounted.
   */
  laidOut = $state.raw<AlignmapGraph | null>(null);
  /** Counts the times the actors came to rest (a layout run stopped, a drag ended): their
   * positions are saved then (an import's, App.svelte). */
  positionsSettled = $state(0);
  /** The latest camera request; the mounted graph view's camera controller carries it out. */
  cameraRequest = $state.raw<CameraRequest | null>(null);
  /** Warnings as codes (src/view/warnings.ts), shown in the current language. */
  warnings = $state.raw<AppWarning[]>([]);
  /** Layout commands, provided by the mounted graph view (null while it is not mounted). */
  layoutControl = $state.raw<{ start(): void; stop(): void; reset(): void } | null>(null);
  /**
   * A very large graph whose view shows more relations than are drawn at once (see
   * src/render/edge-budget.ts): how many it shows and draws; null when all are drawn.
   */
  edgesDrawn = $state.raw<{ shown: number; drawn: number } | null>(null);
  /** What the mounted graph view's camera shows, in graph coordinates (exports cropped to it). */
  viewport = $state.raw<{ graphBox(): GraphBox } | null>(null);

  /** Focus, path, time, blocs, balance and alignment (src/state/analysis-state.svelte.ts). */
  readonly analysis: AnalysisState = new AnalysisState(this);
  /** Colour/size by the file's own look or any attribute; attribute filters (appearance-state). */
  readonly appearance: AppearanceState = new AppearanceState(
    () => this.graph,
    {
      get: () => this.viewState.appearance,
      set: (choices) => (this.viewState.appearance = choices),
    },
    () => this.panelGraph,
  );

  get language(): Language {
    return this.viewState.language ?? 'en';
  }
  set language(value: Language) {
    this.viewState.language = value;
  }
  /** The facet filters (hidden values as sets), from the view state's `exclude`. */
  get filters(): FilterState {
    return this.viewSpec.filters;
  }

  // ---- The view pipeline's stages (src/view/pipeline.ts) ----
  /** Filters + time + focus, as src/graph/visible.ts takes them. */
  viewSpec: ViewSpec = $derived.by(() => {
    const spec = viewSpecOf(this.viewState);
    const { excludedNodes, excludedEdges } = this.appearance;
    return excludedNodes || excludedEdges ? { ...spec, excludedNodes, excludedEdges } : spec;
  });
  visibility: VisibleView | null = $derived(
    this.graph ? visibleView(this.graph, this.viewSpec, viewIndexOf(this.graph)) : null,
  );
  sizes: ReadonlyMap<string, number> = $derived(
    this.appearance.sizes ?? (this.graph ? sizesOf(this.graph, this.viewState.sizeBy) : NO_VALUES),
  );
  /** The largest visible actors, whose labels are always drawn. */
  labelled: ReadonlySet<string> = $derived(labelledOf(this.sizes, this.visibility));
  /** Curvatures of parallel relations (none on a large graph: it is drawn with straight lines). */
  curvatures: ReadonlyMap<string, number> = $derived(
    this.graph && !isLargeGraph(this.graph) ? parallelCurvatures(this.graph) : NO_VALUES,
  );
  searchIndex = $derived(this.graph ? searchIndexOf(this.graph) : null);
  highlight: StyleView['highlight'] = $derived(
    this.graph && this.visibility
      ? highlightOf(
          this.graph,
          this.visibility,
          this.viewState.selection,
          this.hovered,
          this.analysis.emphasis,
        )
      : null,
  );
  styleView: StyleView = $derived(
    styleViewOf({
      state: this.viewState,
      visible: this.visibility,
      sizes: this.sizes,
      curvatures: this.curvatures,
      labelled: this.labelled,
      highlight: this.highlight,
      emphasis: this.analysis.emphasis,
      nodeColors: this.analysis.nodeColors ?? this.appearance.nodeColors,
      look: this.appearance.styleLook(this.analysis.nodeColors !== null),
    }),
  );

  setLanguage(language: Language): void {
    this.language = language;
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // storage may be unavailable (private mode); the URL still carries the language
    }
  }

  /** Replaces every facet's excluded values. */
  setFilters(filters: FilterState): void {
    for (const facet of Object.keys(filters) as Facet[]) this.setExcluded(facet, filters[facet]);
  }

  /** Replaces one facet's excluded values. */
  setExcluded(facet: Facet, values: Iterable<string>): void {
    this.viewState.exclude[facet] = [...withExcluded(this.filters, facet, values)[facet]];
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
   * The current choices are re-applied as on a page load, with the one rule for hidden filter
   * values (src/view/reconcile.ts; values neither our vocabulary nor the new graph has are reset
   * with a warning) and the selection dropped when the new graph lacks it; the camera frames the
   * new graph.
   */
  replaceGraph(graph: AlignmapGraph): void {
    const state: ViewState = { ...this.toUrlState(), camera: null };
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
    // Frame the whole new graph, labels included, once its layout stops.
    this.cameraRequest = { kind: 'focus', ids: graph.nodes(), zoom: true, token: ++requestCounter };
    this.graph = graph;
    this.applyUrlState(state, 'dataset');
  }

  /**
   * The view state without an alignment partner (align=) the graph lacks, with a warning. (Unknown
   * focus, path and triad actors stay: their analyses say so in their panels.)
   */
  private knownActors(url: ViewState, graph: AlignmapGraph): ViewState {
    if (url.align === null || graph.hasNode(url.align)) return url;
    this.warn(warning('missing-actor', { key: 'align', id: url.align }));
    return { ...url, align: null };
  }

  /** The view state as a plain object (what goes into the URL). */
  toUrlState(): ViewState {
    return $state.snapshot(this.viewState) as ViewState;
  }

  /**
   * Applies a view state (from the URL on load and on back/forward, or the current one on a graph
   * switch): hidden filter values are reconciled with the graph (src/view/reconcile.ts), a
   * selection the graph lacks is dropped; each problem becomes a warning. A URL without `lang`
   * keeps the current language.
   */
  applyUrlState(url: ViewState, reason: 'url' | 'dataset' = 'url'): void {
    // (the graph's values are only needed when something is hidden: a pass over every relation)
    const hides = Object.values(url.exclude).some((values) => values.length > 0);
    const present = this.graph && hides ? facetValues(this.graph) : null;
    const checked = checkExcluded(url.exclude, present, reason);
    for (const w of checked.notices) this.warn(w);
    const graph = this.graph;
    let selection = url.selection;
    if (selection && graph) {
      const exists =
        selection.kind === 'node' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id);
      if (!exists) {
        this.warn(warning('missing-selection', { kind: selection.kind, id: selection.id }));
        selection = null;
      }
    }
    // Assigned field by field: the state object keeps its identity (holders of it stay current).
    Object.assign(this.viewState, {
      ...(graph ? this.knownActors(url, graph) : url),
      language: url.language ?? this.language,
      exclude: checked.exclude,
      selection: null,
    });
    if (url.camera) {
      this.selection = selection;
      this.requestCamera(url.camera);
    } else {
      this.select(selection, { zoom: true });
    }
  }
}
