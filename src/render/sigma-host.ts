// The only place that constructs Sigma: mounts a renderer on a container for one graph, styles it
// through style.ts, forwards pointer events, supports node dragging, and moves the camera.
// kill() is idempotent. Styles are computed once per view change and cached per node and edge
// (the reducers, called for every node on every layout frame, only look them up); a view change
// refreshes only what it restyles (view-diff.ts). Large graphs are drawn in a lighter mode: sigma
// draws a nodes-only mirror of the graph (node-mirror.ts; sigma indexes and processes every
// relation of its graph on every change, in one task) and the relations are drawn beside it by the
// edge layer (edge-layer.ts: one-pixel lines written in slices of tasks), hidden while the layout
// runs or the camera moves; while the layout runs the actors are points drawn from the positions
// (layout-points.ts) and sigma's picture of them waits, hidden, for the stop; fewer labels until
// one zooms in.
import Sigma from 'sigma';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import {
  EdgeArrowProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import {
  BACKGROUND_EDGE_SIZE,
  LABEL_FONT,
  styleEdge,
  styleNode,
  type EdgeStyle,
  type NodeStyle,
  type StyleView,
} from './style';
import { viewChange } from './view-diff';
import { isLargeGraph, LARGE_GRAPH } from './large-graph';
import { createStyleInterner, edgeStyleKey } from './style-intern';
import { createNodeMirror } from './node-mirror';
import { forEachInSlices } from '../model/slices';
import { drawnEdges, EDGE_BUDGET, sameDrawnEdges, type DrawnEdges } from './edge-budget';
import { createEdgeLayer, type EdgeLayerDrawer } from './edge-layer';
import { createEdgeLayerGL } from './edge-layer-gl';
import type { LayerRenderer } from './gl-layer';
import { createLayoutPoints, type PointDrawer } from './layout-points';
import { createNodeLayerGL, type CameraMatrix } from './node-layer-gl';
import { lazyDrawer } from './lazy-drawer';
import { createRendererPool } from './renderer-pool';
import { createNormalizationFunction, graphExtent, matrixFromCamera } from 'sigma/utils';
import { createLabelLayer, drawHaloHover, type DrawnLabel } from './label-renderer';
import {
  differencesFromOwnProcessing,
  processInSlices,
  sliceable,
  type SigmaUtilities,
} from './sliced-processing';

export interface CameraSnapshot {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface SigmaHostOptions {
  getView: () => StyleView;
  onClickNode?: (id: string) => void;
  onClickEdge?: (id: string) => void;
  onClickStage?: () => void;
  onHoverNode?: (id: string | null) => void;
  /** A node was dragged to graph coordinates (x, y): the caller pins it. */
  onDragNode?: (id: string, x: number, y: number) => void;
  /** A drag that moved the node ended (the node stays pinned where it was let go). */
  onDragEnd?: (id: string) => void;
  onCameraChange?: (camera: CameraSnapshot) => void;
  /** The layout starts as soon as the view is mounted (default true): large graphs hide edges until it stops. */
  layoutRunsAtStart?: boolean;
  /**
   * A very large graph (over EDGE_BUDGET relations) draws only some of the relations the view
   * shows: how many it shows and draws; null when it draws them all.
   */
  onEdgesDrawn?: (drawn: { shown: number; drawn: number } | null) => void;
  /**
   * A large graph: sigma is constructed on an empty graph (its WebGL contexts, shaders, a first
   * empty frame) and indexes the graph in the step given to this (the mounting's next task), so
   * that no one task pays for both. Default: at once.
   */
  indexLater?: (index: () => void) => void;
  /** Relations drawn at once at most (default EDGE_BUDGET; tests pass a small one). */
  edgeBudget?: number;
  /** Constructs the renderer (default: a Sigma; the unit tests pass a fake, as sigma needs WebGL). */
  createRenderer?: RendererFactory;
  /** Draws a large graph's relations (default: WebGL beside sigma; tests pass a recording one). */
  createEdgeDrawer?: (sigma: LayerRenderer) => EdgeLayerDrawer;
  /** Draws a large graph's actors while its layout runs (default: WebGL; tests pass a recording one). */
  createPointDrawer?: (sigma: LayerRenderer) => PointDrawer;
  /** Runs `fn` once the current pointer event is handled (default: a macrotask; tests run it by hand). */
  defer?: (fn: () => void) => void;
  /** The clock the work done in slices of tasks is timed by (default performance.now; tests
   * pass one that moves on as they choose). */
  now?: () => number;
}

export type RendererFactory = (
  graph: G,
  container: HTMLElement,
  settings: Partial<Settings<NodeAttributes, EdgeAttributes>>,
) => Sigma<NodeAttributes, EdgeAttributes>;

type AppSigma = Sigma<NodeAttributes, EdgeAttributes>;
/** The view's Sigma, kept across graph switches (renderer-pool.ts): constructed only here. */
const sigmas = createRendererPool<G, Partial<Settings<NodeAttributes, EdgeAttributes>>, AppSigma>(
  (graph, container, settings) => new Sigma(graph as never, container, settings),
);
const newSigma: RendererFactory = (graph, container, settings) =>
  sigmas.take(container, graph, settings);

/**
 * Runs `make` while `container` reads as empty (offsetWidth and offsetHeight 0, on the instance
 * only: the page's layout is not touched), so that a Sigma constructed in it sizes its canvases to
 * 1×1; `sigma.resize()` later sizes them to the container.
 */
function withEmptyContainer<R>(container: HTMLElement, make: () => R): R {
  const keys = ['offsetWidth', 'offsetHeight'] as const;
  // (an element's own are none: its sizes are the prototype's getters)
  const own = keys.map((key) => Object.getOwnPropertyDescriptor(container, key));
  for (const key of keys) Object.defineProperty(container, key, { configurable: true, value: 0 });
  try {
    return make();
  } finally {
    keys.forEach((key, i) => {
      delete (container as Partial<Record<(typeof keys)[number], number>>)[key];
      if (own[i]) Object.defineProperty(container, key, own[i]);
    });
  }
}

export interface SigmaHost {
  /** Re-applies the style; `layoutChanged` re-indexes (sizes, visibility, positions). */
  refresh(layoutChanged?: boolean): void;
  /** Draws the next frame again without restyling or re-indexing (e.g. labels once a font arrived). */
  redraw(): void;
  /** Shows a new style view, refreshing only the nodes and edges it restyles. */
  applyView(view: StyleView): void;
  /** The layout runs: large graphs hide their edges meanwhile. */
  setLayoutRunning(running: boolean): void;
  /** Whether the graph is drawn in the large-graph mode (see isLargeGraph). */
  readonly large: boolean;
  /** A large graph's picture is not complete yet: sigma catching up with the layout's stop, or
   * relations still being written for the edge layer. */
  readonly drawing: boolean;
  /** A frame has shown the graph's actors (a large graph mounts in steps: not at once). */
  readonly actorsShown: boolean;
  /** How many relations the edge layer draws (null for a small graph: sigma draws them). */
  drawnRelations(): number | null;
  /** Drawn node size / the style's node size (below 1 in the large-graph mode). */
  readonly nodeScale: number;
  /**
   * Animates the camera to frame the given nodes with a margin (the first one is kept in view).
   * zoom: zoom in or out to fit them; else only zoom out when they do not fit at the current zoom.
   */
  focus(ids: string[], options?: { zoom?: boolean; duration?: number }): Promise<void>;
  getCamera(): CameraSnapshot;
  setCamera(camera: Partial<CameraSnapshot>, animate?: boolean): Promise<void>;
  /** The label sigma currently draws for a node (for tests and accessibility). */
  displayedLabel(id: string): string | null;
  /**
   * For the browser tests: whether sigma's state came from a processing in slices (see
   * processHeld), and what of it differs from sigma's own processing, run now (nothing when they
   * agree); null when sigma's internals are not as expected.
   */
  processingCheck(): { sliced: boolean; differences: string[] } | null;
  /** Ids of the nodes whose label was drawn in the last frame. */
  drawnLabels(): string[];
  /** The labels drawn in the last frame and their boxes in the container (CSS px). */
  labelBoxes(): DrawnLabel[];
  /** A node's position in the container in CSS pixels (null when unknown). */
  viewportPosition(id: string): { x: number; y: number } | null;
  /** Pixels (at camera ratio 1) → graph units, for layout post-processing. */
  graphUnitsPerPixel(): number;
  /** Pixels the whole graph spans at camera ratio 1 (smaller side minus the stage padding). */
  stageSpanPx(): number;
  /** What the camera shows, as a rectangle in graph coordinates (node x/y), e.g. to crop exports. */
  viewportGraphBox(): GraphBox;
  kill(): void;
}

export interface GraphBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

type G = AbstractGraph<NodeAttributes, EdgeAttributes>;

function extentOf(points: { x: number; y: number }[]): GraphBox {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of points) {
    if (p.x < box.minX) box.minX = p.x;
    if (p.x > box.maxX) box.maxX = p.x;
    if (p.y < box.minY) box.minY = p.y;
    if (p.y > box.maxY) box.maxY = p.y;
  }
  return box;
}

export { LARGE_GRAPH, isLargeGraph };

/**
 * Node sizes of a large graph, relative to the style's: thousands of 5–20 px discs would cover
 * the whole picture at the full view (0.5 at 1,000 actors, 0.25 from 4,000 on).
 */
export function largeNodeScale(order: number): number {
  return Math.max(0.25, Math.min(1, Math.sqrt(250 / Math.max(1, order))));
}

/** Actors given sizes of their own in sigma (see untied); later ones tie as before. */
const TIE_RANKS = 1_000_000;

/** Room kept around framed nodes, in pixels: node radius plus a label on the right. */
const FRAME_MARGIN = { left: 40, right: 110, top: 36, bottom: 36 };
/** Closest zoom a focus may choose (a lone actor with one near neighbour). */
const FOCUS_MIN_RATIO = 0.12;
/** Script time per task while a large graph's actors are styled ahead (see warmNodeStyles). */
const WARM_SLICE_MS = 12;
/** While sigma indexes a large graph's actors, it processes the first this many once (see attach). */
const WARM_UP_ACTORS = 5000;
/** sigma/utils' helpers, for the processing in slices (sliced-processing.ts). */
const SIGMA_UTILITIES = {
  createNormalizationFunction,
  graphExtent,
  matrixFromCamera,
} as unknown as SigmaUtilities;
/** Restyled actors whose display data sigma updates in one call (see processHeld). */
const RESTYLE_BATCH = 1000;
/** Rounds of catching up with view changes that come while sigma's picture is caught up. */
const CATCH_UP_ROUNDS = 3;
/** From this many actors on, a view change's restyling and processing by sigma are done in
 * slices of tasks (sigma's processing of 20,000 actors is ~60 ms, a full restyle as much again). */
const SLICED_VIEW_CHANGES = 20_000;
/** Script time per task while sigma's processing of a large graph's actors is sliced. */
const PROCESS_SLICE_MS = 12;
const MAX_CAMERA_RATIO = 4;
const STAGE_PADDING = 40;

export function createSigmaHost(
  container: HTMLElement,
  graph: G,
  options: SigmaHostOptions,
): SigmaHost {
  const large = isLargeGraph(graph);
  const sizeScale = large ? largeNodeScale(graph.order) : 1;
  let view = options.getView();
  // A large graph's layout starts at once: its edges wait for the first stop (setLayoutRunning).
  let edgesHidden = large && (options.layoutRunsAtStart ?? true);
  // what sigma draws of a large graph: its nodes only (the edge layer draws the relations)
  // (a layout frame moves it in place: sigma then only re-reads the positions, no restyling)
  // (indexed later: it starts empty and sigma indexes the actors as they are added, in slices)
  const mirror = large
    ? createNodeMirror(graph, {
        empty: options.indexLater !== undefined,
        onMoved: () => {
          // while the layout runs the points layer draws the actors (sigma's picture is hidden)
          if (points?.running) points.moved();
          else if (attached && !killed)
            sigma.refresh({
              partialGraph: { nodes: [], edges: [] },
              skipIndexation: false,
              schedule: true,
            });
        },
      })
    : null;
  // a very large graph draws the relations edge-budget.ts picks (see showEdges)
  const budget = options.edgeBudget ?? EDGE_BUDGET;
  const huge = large && graph.size > budget;
  // (a very large graph's view changes reach sigma's picture in slices: see catchUp)
  const slicedViewChanges = large && graph.order >= SLICED_VIEW_CHANGES;
  let drawn: DrawnEdges | null = null;
  // whether sigma has the graph yet (see indexLater)
  let attached = !(large && options.indexLater);
  // whether sigma's frames are held (see holdFrames)
  let held = false;
  // Styles of the current view, filled as the reducers ask (see applyView); edge styles interned.
  const internEdgeStyle = createStyleInterner<EdgeStyle>(edgeStyleKey);
  let nodeStyles = new Map<string, NodeStyle>();
  let edgeStyles = new Map<string, EdgeStyle>();
  // labels are placed once a frame is drawn, without collisions (label-renderer.ts)
  const labels = createLabelLayer();

  function nodeStyle(id: string, attrs: NodeAttributes): NodeStyle {
    let style = nodeStyles.get(id);
    if (!style) {
      style = styleNode(id, attrs, view);
      if (sizeScale !== 1) style = { ...style, size: style.size * sizeScale };
      nodeStyles.set(id, style);
    }
    return style;
  }

  // A large graph's actors each get a size of their own in sigma (a factor within 1e-4 of 1:
  // invisible). Sigma sorts every actor into its label grid by size when it processes them, and
  // breaks ties by comparing ids as strings: with thousands of actors of equal size that sort was
  // a fifth of its processing of 50,000 actors (one task, at the layout's stop or a reopened
  // import's first frame). Of actors of equal size, the one sigma was given first is larger.
  const tieRanks = new Map<string, number>();
  function untied(id: string): number {
    let rank = tieRanks.get(id);
    if (rank === undefined) tieRanks.set(id, (rank = tieRanks.size));
    return 1 + (TIE_RANKS - Math.min(rank, TIE_RANKS)) * 1e-10;
  }

  function edgeStyle(id: string, attrs: EdgeAttributes): EdgeStyle {
    let style = edgeStyles.get(id);
    if (!style) {
      style = styleEdge(id, attrs, view);
      // one object per distinct style: thousands of relations share a handful of looks
      style = internEdgeStyle(style);
      edgeStyles.set(id, style);
    }
    return style;
  }

  // A large graph mounted in steps: a new Sigma is constructed with its canvases at 1×1 and sized
  // in the next step (sizeNow). Sizing its three WebGL canvases to the page is ~75 ms of
  // synchronous calls to a software GPU (Chromium 150, 1440×900), which made its construction's
  // task 150–220 ms on a reload; a Sigma taken over from the last view is already sized. (Sigma
  // sizes itself at every frame too: without this step its first frame's task would pay for it.)
  let unsized = large && options.indexLater !== undefined;
  /** The Sigma's canvases sized to the container, if they were not yet. */
  function sizeNow(): void {
    if (!unsized || killed) return;
    unsized = false;
    sigma.resize();
  }
  const construct = () =>
    (options.createRenderer ?? newSigma)(
      (!attached ? new Graph() : large ? mirror!.graph : graph) as G,
      container,
      {
        allowInvalidContainer: true,
        renderEdgeLabels: false,
        // edge picking draws every edge a second time, into the picking buffer (large graphs: sigma
        // draws no relations)
        enableEdgeEvents: !large,
        zIndex: true,
        // memberships are hairlines under the reported relations (style.ts); sigma's default minimum
        // (1.7 px) would draw them as thick as the rest. Large graphs keep it.
        minEdgeThickness: large ? 1.7 : BACKGROUND_EDGE_SIZE,
        labelFont: LABEL_FONT,
        labelSize: 13,
        labelWeight: '400',
        labelColor: { color: '#1d1d1b' },
        // labels on a halo, long names on two lines, placed without collisions (label-renderer.ts)
        defaultDrawNodeLabel: labels.collect as never,
        defaultDrawNodeHover: drawHaloHover as never,
        // large graphs: fewer labels at the full view; zooming in (nodes drawn larger) shows more
        labelDensity: large ? 0.15 : 0.35,
        labelGridCellSize: 140,
        labelRenderedSizeThreshold: large ? 9 : 4,
        // (large graphs: sigma draws no relations; the edge layer hides its own while moving)
        hideEdgesOnMove: false,
        stagePadding: STAGE_PADDING,
        minCameraRatio: 0.05,
        maxCameraRatio: MAX_CAMERA_RATIO,
        defaultEdgeType: 'line',
        // large graphs: discs as GL points (one vertex each instead of a triangle of three); small
        // ones sigma's discs (said even so: a renderer kept from a large graph has the points)
        nodeProgramClasses: { circle: large ? NodePointProgram : NodeCircleProgram },
        // (large graphs: sigma draws no relations, so it compiles one edge program, not six — each
        // a synchronous shader compile and link in its construction; a renderer kept from a large
        // graph compiles the others when a small one takes it over)
        edgeProgramClasses: large
          ? { line: EdgeRectangleProgram }
          : {
              line: EdgeRectangleProgram,
              arrow: EdgeArrowProgram,
              curve: EdgeCurveProgram,
              curvedArrow: EdgeCurvedArrowProgram,
            },
        // A node's display data: its style (from the app's graph) and its position, one object of
        // a fixed shape. (Completing sigma's fresh copy of the attributes in place grew each copy
        // property by property: ~1 kB of garbage per call, sigma calls it twice per node it is given
        // — 140 MB while a 50,000-actor graph was indexed, and main-thread collector pauses of
        // 0.1–0.3 s in the layout's frames after a reload.)
        // (a large graph's actors each with a size of their own: see untied)
        nodeReducer: (id, attrs) => {
          const style = nodeStyle(id, graph.getNodeAttributes(id));
          const size = large ? style.size * untied(id) : style.size;
          return { ...style, size, x: attrs.x, y: attrs.y };
        },
        // The edge reducer returns the (shared, complete) style itself, not sigma's copy of the
        // attributes: sigma keeps what the reducer returns for every edge, and only fills defaults in
        // it (all present here), so 50,000 relations hold a handful of objects, not 50,000 copies.
        edgeReducer: (id) => edgeStyle(id, graph.getEdgeAttributes(id)) as never,
      },
    );
  const sigma = unsized ? withEmptyContainer(container, construct) : construct();
  /** Sigma's size in pixels (sized first, if it was constructed unsized). */
  function dimensions(): { width: number; height: number } {
    sizeNow();
    return sigma.getDimensions();
  }

  sigma.on('beforeRender', labels.begin);
  const labelContext = sigma.getCanvases().labels!.getContext('2d')!;
  // Every drawn disc is an obstacle for the labels; with thousands of actors (a large graph) only
  // the labelled ones' are: tens of thousands of tiny discs cost more per frame than the rest of
  // the frame, and few labels are drawn anyway.
  sigma.on('afterRender', () => {
    labels.flush(labelContext, sigma.getDimensions(), large ? undefined : sigma);
    // (a large graph's: once sigma has the actors and its frames are its own again)
    if (attached && !held && graph.order > 0) actorsShown = true;
  });
  /** A frame has shown this graph's actors: sigma's picture, or a large graph's layout points (a
   * small graph is drawn with its construction). */
  let actorsShown = !large && graph.order > 0;

  let killed = false;
  let dragged: string | null = null;
  let dragMoved = false;
  let suppressClick = false;
  const defer = options.defer ?? ((fn: () => void) => setTimeout(fn, 0));

  // While a large graph's layout runs, sigma's picture of the actors is hidden and stale (the
  // points layer draws them): its node events would name whoever was there before.
  const stale = () => points?.running === true;
  sigma.on('clickNode', ({ node }) => {
    if (suppressClick || stale()) return;
    options.onClickNode?.(node);
  });
  sigma.on('clickEdge', ({ edge }) => options.onClickEdge?.(edge));
  sigma.on('clickStage', () => {
    if (suppressClick) return;
    options.onClickStage?.();
  });
  sigma.on('enterNode', ({ node }) => {
    if (!dragged && !stale()) options.onHoverNode?.(node);
  });
  sigma.on('leaveNode', () => {
    if (!dragged) options.onHoverNode?.(null);
  });

  // Dragging: freeze the normalisation box so the picture does not shift under the pointer.
  sigma.on('downNode', ({ node }) => {
    if (stale()) return;
    dragged = node;
    dragMoved = false;
    suppressClick = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    // a second finger: a pinch that began on a node zooms the camera instead of dragging the node
    const original = event.original as Partial<TouchEvent>;
    if ((original.touches?.length ?? 0) > 1) {
      dragged = null;
      return;
    }
    const pos = sigma.viewportToGraph(event);
    dragMoved = true;
    options.onDragNode?.(dragged, pos.x, pos.y);
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    if (dragged && dragMoved) {
      suppressClick = true;
      defer(() => (suppressClick = false));
      options.onDragEnd?.(dragged);
    }
    dragged = null;
  };
  sigma.on('upNode', endDrag);
  sigma.on('upStage', endDrag);

  const camera = sigma.getCamera();
  const onCamera = () => options.onCameraChange?.(snapshot());
  camera.on('updated', onCamera);

  function snapshot(): CameraSnapshot {
    const { x, y, ratio, angle } = camera.getState();
    return { x, y, ratio, angle };
  }

  // A large graph's relations: drawn by the edge layer, styled straight from style.ts (no cache:
  // the layer keeps their colours; sigma draws none of them).
  const layer = large
    ? createEdgeLayer({
        graph,
        // (its WebGL layer made when it first draws, after the layout: not in this task)
        drawer: options.createEdgeDrawer
          ? options.createEdgeDrawer(sigma)
          : lazyDrawer(() => createEdgeLayerGL(sigma)),
        styleOf: (id, attrs) =>
          styleEdge(id, (attrs ?? graph.getEdgeAttributes(id)) as EdgeAttributes, view),
        defer,
      })
    : null;

  // A large graph's actors while its layout runs: points drawn from the positions each frame,
  // sigma's own picture of them hidden and its frames held until the stop (see holdFrames).
  // (its WebGL layer made ahead of the first points, in a task of its own: see indexLater)
  const pointDrawer: PointDrawer | null = large
    ? options.createPointDrawer
      ? options.createPointDrawer(sigma)
      : lazyDrawer(() => createNodeLayerGL(sigma, matrixFromCamera as CameraMatrix))
    : null;
  const points = pointDrawer
    ? createLayoutPoints(graph, showingActors(pointDrawer), (id) =>
        nodeStyle(id, graph.getNodeAttributes(id)),
      )
    : null;
  /** The point drawer, noting that its frame shows the actors (see actorsShown). */
  function showingActors(drawer: PointDrawer): PointDrawer {
    return {
      draw(vertices, extent, restyled) {
        if (vertices.count > 0) actorsShown = true;
        drawer.draw(vertices, extent, restyled);
      },
      clear: () => drawer.clear(),
      kill: () => drawer.kill(),
    };
  }
  const sigmaActorLayers = ['nodes', 'labels', 'hovers', 'hoverNodes'];
  function showSigmaActors(shown: boolean): void {
    const canvases = sigma.getCanvases() as Record<string, HTMLCanvasElement | undefined>;
    for (const id of sigmaActorLayers) {
      const canvas = canvases[id];
      if (canvas) canvas.style.visibility = shown ? '' : 'hidden';
    }
  }
  function startPoints(): void {
    showSigmaActors(false);
    holdFrames();
    points!.start();
  }

  // Sigma's frames held: while it indexes a large graph's actors (each frame would process every
  // actor it has so far), and while the layout's points draw them (its picture is hidden; a frame
  // would process every actor, 0.1–0.3 s at 50,000, for nothing). What changes meanwhile is caught
  // up in one refresh when they are let go (releaseFrames).
  const renderer = sigma as unknown as { scheduleRender: () => unknown };
  // Sigma processes every actor (normalised positions, label grid, program buffers) in the task
  // that draws its next frame: at 50,000 actors 135–180 ms of script, with the frame's ~0.04 s one
  // task over 0.2 s when the layout stopped or a stored graph reopened. While its frames are held,
  // that processing is done in slices of tasks here (sliced-processing.ts: a reach into sigma's
  // internals; where they are not as expected, sigma's own `process` in a task of its own, and
  // without that either, the release does both at once).
  const internals = sigma as unknown as { process?: () => unknown; needToProcess?: boolean };
  /** Sigma's state is that of a processing in slices (not of its own since). */
  let slicedLast = false;
  sigma.on('beforeProcess', () => (slicedLast = false));
  /** Sigma is being given a large graph's actors in slices (attach). */
  let filling = false;
  /** Actors restyled while held ('all': a full re-index), for the refresh at the release. */
  let heldChanges: Set<string> | 'all' = new Set();
  function holdFrames(): void {
    if (held) return;
    held = true;
    // (a reach into sigma beyond its API: its own frames — after each added node, each
    // camera move — are scheduled through this method)
    renderer.scheduleRender = () => sigma;
  }
  /** Sigma's own scheduleRender back (the held one was an own property over its prototype's). */
  function unholdScheduler(): void {
    delete (renderer as { scheduleRender?: unknown }).scheduleRender;
  }
  function heldChange(nodes: readonly string[] | 'all'): void {
    if (heldChanges === 'all') return;
    if (nodes === 'all') heldChanges = 'all';
    else for (const id of nodes) heldChanges.add(id);
  }
  /** Sigma's frames again; its picture caught up at once (one processing of every actor, unless
   * processHeld did it in the task before and nothing changed since: then a frame only). */
  function releaseFrames(processed = false): void {
    if (!held) return;
    held = false;
    unholdScheduler();
    const changes = heldChanges;
    heldChanges = new Set();
    if (changes === 'all') return void sigma.refresh();
    const current = processed && changes.size === 0 && internals.needToProcess === false;
    sigma.refresh({ partialGraph: { nodes: [...changes], edges: [] }, skipIndexation: current });
  }

  /** While held: sigma's processing of every actor (the restyled ones updated first, in slices
   * too), in slices of tasks, then `then(true)` and its next frame only draws; `then(false)` when
   * it was not done (the run was outdated or `stopped`; without sigma's private processing, a
   * full restyle is left to the release). */
  function processHeld(stopped: () => boolean, then: (processed: boolean) => void): void {
    if (!held || typeof internals.process !== 'function') return then(false);
    const sliced = sliceable(sigma);
    if (heldChanges === 'all' && !sliced) return then(false);
    const changed = heldChanges === 'all' ? mirror!.graph.nodes() : [...heldChanges];
    heldChanges = new Set();
    // (held: this updates their display data, its frame stays held)
    const update = (nodes: string[]) =>
      sigma.refresh({ partialGraph: { nodes, edges: [] }, skipIndexation: false, schedule: true });
    const processAll = () => {
      internals.process!();
      internals.needToProcess = false;
      then(true);
    };
    if (!sliced) {
      if (changed.length > 0) update(changed);
      return processAll();
    }
    // the restyled actors' display data in batches (sigma's reducer and defaults, ~3 µs each)
    const batches: string[][] = [];
    for (let i = 0; i < changed.length; i += RESTYLE_BATCH)
      batches.push(changed.slice(i, i + RESTYLE_BATCH));
    forEachInSlices(batches, (batch) => update(batch.filter((id) => mirror!.graph.hasNode(id))), {
      defer,
      stopped: () => {
        if (!stopped() && held) return false;
        then(false);
        return true;
      },
      sliceMs: PROCESS_SLICE_MS,
      clockEvery: 1,
      ...(options.now ? { now: options.now } : {}),
      done: () => {
        const run = processInSlices(sigma, {
          utilities: SIGMA_UTILITIES,
          defer,
          stopped: () => stopped() || !held,
          done: (processed) => {
            slicedLast ||= processed;
            then(processed);
          },
          sliceMs: PROCESS_SLICE_MS,
        });
        // (relations in sigma's graph: not one this handles)
        if (!run) processAll();
      },
    });
  }

  /** The layout stopped (or sigma has every actor and no layout runs), or, in a very large graph,
   * the view changed: sigma's picture of the positions and the styles, in tasks after this one
   * (see processHeld; restyled meanwhile: caught up again, a few rounds at most, then in the
   * release); after a stop, the layout's points draw the actors until then and the relations
   * follow. A focus waits for it. */
  let settling: Promise<void> | null = null;
  /** A settling in progress ends a layout's stop (or the fill): the points go, the relations come. */
  let settlesStop = false;
  function settle(afterStop = true): void {
    settlesStop ||= afterStop;
    if (settling) return;
    settling = new Promise((resolve) => {
      const done = () => {
        settling = null;
        settlesStop = false;
        resolve();
      };
      // (restarted meanwhile: the points go on drawing, the next stop settles)
      const restarted = () => killed || edgesHidden;
      const round = (rounds: number) =>
        defer(() => {
          if (restarted()) return done();
          processHeld(restarted, (processed) => {
            if (restarted()) return done();
            defer(() => {
              if (restarted()) return done();
              const pending = heldChanges === 'all' || heldChanges.size > 0;
              if (processed && pending && rounds < CATCH_UP_ROUNDS) return round(rounds + 1);
              releaseFrames(processed);
              if (settlesStop) {
                points!.stop();
                showSigmaActors(true);
                showEdges();
              }
              done();
            });
          });
        });
      round(1);
    });
  }

  /** A view change while sigma's frames are held (noted: the release catches up), or in a graph
   * too large for sigma's processing in one task (its frames held and its picture caught up in
   * slices: settle). */
  function catchUp(nodes: readonly string[] | 'all'): void {
    heldChange(nodes);
    if (nodes !== 'all' && nodes.length === 0) return;
    if (held) return;
    holdFrames();
    settle(false);
  }

  // Indexing in a later task: while the layout runs, the points (and the actors' styles they
  // compute) come first, and sigma indexes the actors in the task after (its reducer then only
  // looks the styles up): two shorter tasks instead of one.
  // (a Sigma constructed unsized is sized first, in a task of its own)
  // While the layout runs: the actors' styles (and the points' colours) in slices, the points'
  // WebGL layer in a task of its own, the first points in the next, then sigma's indexing.
  options.indexLater?.(() => {
    if (killed || attached) return;
    const index = () =>
      warmNodeStyles(() => {
        if (!edgesHidden) return attach();
        defer(() => {
          if (killed || attached) return;
          pointDrawer!.ready?.();
          defer(() => {
            if (killed || attached) return;
            if (edgesHidden && !points!.running) startPoints();
            defer(attach);
          });
        });
      });
    if (!unsized) return index();
    sizeNow();
    defer(() => {
      if (!killed && !attached) index();
    });
  });
  /** Computes every actor's style in slices of ~12 ms tasks, then `then` (sigma's reducer, and
   * the points, only look them up: at 50,000 actors sigma's indexing took 1.0–1.4 s on a reload,
   * under load, when its reducer styled every actor). A view change meanwhile only drops what
   * was computed (restyleAll); the reducer computes what is missing. */
  function warmNodeStyles(then: () => void): void {
    let i = 0;
    forEachInSlices(
      graph.nodes(),
      (id) => {
        const at = i++;
        if (!graph.hasNode(id)) return;
        // (the points take the style from nodeStyle, which keeps it)
        if (points && edgesHidden) points.styleAhead(at, id);
        else nodeStyle(id, graph.getNodeAttributes(id));
      },
      { defer, done: then, stopped: () => killed, sliceMs: WARM_SLICE_MS },
    );
  }

  /** Sigma gets the (empty) mirror, then the actors in slices of tasks: sigma indexes each as it
   * comes (its one-call indexing of 50,000 was 0.4–1.4 s under load); its frames are held until
   * the last one has come, and while the layout runs, until it stops. */
  function attach(): void {
    if (killed || attached) return;
    attached = true;
    holdFrames();
    sigma.setGraph(mirror!.graph as never);
    let warmedUp = graph.order <= 2 * WARM_UP_ACTORS;
    filling = true;
    mirror!.fill(
      defer,
      () => {
        filling = false;
        if (killed) return;
        // the layout runs: sigma's frames stay held until it stops (the points draw the actors)
        if (edgesHidden) {
          if (!points!.running) startPoints();
          return;
        }
        // (the layout is not running, or stopped before sigma had all the actors: sigma's
        // picture in the next tasks, as after a stop)
        settle();
      },
      {
        // Sigma's first processing of a large graph is twice as slow as the next ones (its code
        // not yet optimised by the engine: 0.28 s against 0.12 s at 50,000): once it has the
        // first actors, it processes those (a few ms), so that its one call over all of them,
        // later, runs optimised code.
        onSlice: (count) => {
          if (warmedUp || count < WARM_UP_ACTORS) return;
          warmedUp = true;
          sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: false });
        },
      },
    );
  }
  if (large && attached) {
    if (edgesHidden) startPoints();
    else showEdges();
  }

  function restyleAll(): void {
    nodeStyles = new Map();
    edgeStyles = new Map();
  }

  /** A large graph's relations to the edge layer: all it shows, or for a very large one those
   * that fit the budget (and the status line says how many are left out). */
  function showEdges(): void {
    if (!huge) return layer!.show('all');
    const next = drawnEdges(graph, view, budget);
    options.onEdgesDrawn?.(
      next.drawn < next.shown ? { shown: next.shown, drawn: next.drawn } : null,
    );
    drawn = next;
    layer!.show(next.edges);
  }

  /** Whether the budget picks other relations than those drawn ('all' the view shows stays
   * 'all': the layer restyles those that were hidden or shown). */
  function budgetChanged(): boolean {
    if (drawn === null) return true;
    const next = drawnEdges(graph, view, budget);
    if (drawn.edges === 'all' || next.edges === 'all') return drawn.edges !== next.edges;
    return !sameDrawnEdges(drawn, next);
  }

  /** Whether a view change may change which relations a very large graph draws. */
  const budgetInputsChanged = (a: StyleView, b: StyleView) =>
    a.hiddenEdges !== b.hiddenEdges ||
    a.dimmedEdges !== b.dimmedEdges ||
    a.selectedNode !== b.selectedNode ||
    a.selectedEdge !== b.selectedEdge ||
    (a.emphasis ?? null) !== (b.emphasis ?? null);

  /** The camera that frames these actors (null when none is drawn), for focus(). */
  function focusTarget(
    ids: string[],
    zoom: boolean,
  ): { x: number; y: number; ratio: number } | null {
    const points = ids
      .map((id) => sigma.getNodeDisplayData(id))
      .filter((d): d is NonNullable<typeof d> => d !== undefined);
    if (points.length === 0) return null;
    // (loops, not Math.min(...xs): a spread of 100,000 arguments overflows the stack)
    const box = extentOf(points);
    const x = (box.minX + box.maxX) / 2;
    const y = (box.minY + box.maxY) / 2;
    // Pixel extent of the points at ratio 1 centred on them; at ratio r it is extent / r. Unrotated,
    // the camera maps x and y each on its own and monotonically: the box's two corners give the
    // extent (one conversion per actor was 0.1–0.2 s of script at 50,000 actors).
    const state = { ...camera.getState(), x, y, ratio: 1 };
    const corners = [
      { x: box.minX, y: box.minY },
      { x: box.maxX, y: box.maxY },
    ];
    const px = extentOf(
      (state.angle === 0 ? corners : points).map((p) =>
        sigma.framedGraphToViewport(p, { cameraState: state }),
      ),
    );
    const spanX = px.maxX - px.minX;
    const spanY = px.maxY - px.minY;
    const { width, height } = dimensions();
    const roomX = Math.max(1, width - FRAME_MARGIN.left - FRAME_MARGIN.right);
    const roomY = Math.max(1, height - FRAME_MARGIN.top - FRAME_MARGIN.bottom);
    const fit = Math.min(MAX_CAMERA_RATIO, Math.max(spanX / roomX, spanY / roomY));
    const current = camera.getState().ratio;
    const ratio = zoom ? Math.max(fit, FOCUS_MIN_RATIO) : Math.max(fit, current);
    // Labels sit to the right of nodes: shift the centre a little so they fit too.
    const shift = sigma.viewportToFramedGraph(
      { x: width / 2 + (FRAME_MARGIN.right - FRAME_MARGIN.left) / 2, y: height / 2 },
      {
        cameraState: { ...state, ratio },
      },
    );
    return { x: shift.x, y, ratio };
  }

  return {
    large,
    get drawing() {
      // (a large graph: from its construction until sigma has every actor, then until its
      // picture and relations are drawn)
      return !attached || filling || settling !== null || (layer?.busy ?? false);
    },
    drawnRelations() {
      return layer ? layer.drawn : null;
    },
    get actorsShown() {
      return actorsShown;
    },
    nodeScale: sizeScale,
    refresh(layoutChanged = true) {
      if (killed || !attached) return;
      // (held: the release processes every actor's position)
      if (held) return;
      if (layoutChanged) sigma.refresh();
      else sigma.refresh({ skipIndexation: true });
    },
    redraw() {
      if (!killed && attached) sigma.scheduleRender();
    },
    applyView(next) {
      if (killed) return;
      const change = viewChange(view, next);
      const rebudget = huge && !edgesHidden && budgetInputsChanged(view, next);
      view = next;
      // not indexed yet: styled from scratch when it is
      if (!attached) {
        restyleAll();
        points?.restyle();
        return;
      }
      if (change.kind === 'none') return;
      if (change.kind === 'full') {
        restyleAll();
        if (held || slicedViewChanges) catchUp('all');
        else sigma.refresh();
        // the relations shown anew (hidden ones take no room in the layer)
        if (layer && !edgesHidden) showEdges();
        points?.restyle();
        return;
      }
      for (const id of change.nodes) nodeStyles.delete(id);
      for (const id of change.edges) edgeStyles.delete(id);
      if (layer) {
        if (!edgesHidden) {
          if (rebudget && budgetChanged()) showEdges();
          else layer.restyle(change.edges);
        }
        // (only the actors sigma has: while the mirror is being filled, not all)
        const nodes = change.nodes.filter((id) => mirror!.graph.hasNode(id));
        if (held || slicedViewChanges) catchUp(nodes);
        else sigma.refresh({ partialGraph: { nodes, edges: [] } });
        if (change.nodes.length > 0) points!.restyle();
        return;
      }
      // Hidden flags of edges only: their program slots are rewritten in place, no re-indexing.
      sigma.refresh({
        partialGraph: { nodes: change.nodes, edges: change.edges },
        skipIndexation: change.hiddenEdgesOnly,
      });
    },
    setLayoutRunning(running) {
      if (killed) return;
      // a small graph: sigma draws the final positions at once, so that a camera focus waiting
      // for the stop sees them
      if (!layer) {
        if (!running && attached)
          sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: false });
        return;
      }
      if (running === edgesHidden) return;
      edgesHidden = running;
      if (!attached) return;
      if (running) {
        layer.hide();
        return startPoints();
      }
      // (stopped before sigma had all the actors: the end of the fill lets its frames go)
      if (filling) return;
      // Stopped: the final positions are in the graph (and the mirror). Sigma draws them in the
      // next tasks (a camera focus waits for them); the relations follow in slices.
      settle();
    },
    async focus(ids, { zoom = false, duration = 600 } = {}) {
      if (killed) return;
      // (the layout just stopped: the framing aims at sigma's picture of the final positions)
      if (settling) await settling;
      if (killed) return;
      // worked out in a function of its own: an async function keeps its locals while it awaits,
      // and the display data of every actor framed (1 MB at 10,000) would live for the animation
      const target = focusTarget(ids, zoom);
      if (target) await camera.animate(target, { duration });
    },
    getCamera: snapshot,
    async setCamera(state, animate = false) {
      if (killed) return;
      if (animate) await camera.animate(state, { duration: 400 });
      else camera.setState(state);
    },
    displayedLabel(id) {
      if (killed || !graph.hasNode(id)) return null;
      return sigma.getNodeDisplayData(id)?.label ?? null;
    },
    processingCheck() {
      if (killed) return null;
      const sliced = slicedLast;
      const differences = differencesFromOwnProcessing(sigma);
      return differences && { sliced, differences };
    },
    drawnLabels() {
      return killed ? [] : labels.placed().map((p) => p.id);
    },
    labelBoxes() {
      return killed ? [] : labels.placed();
    },
    viewportPosition(id) {
      const data = killed ? undefined : sigma.getNodeDisplayData(id);
      return data ? sigma.framedGraphToViewport(data) : null;
    },
    graphUnitsPerPixel() {
      const { width, height } = dimensions();
      const bbox = sigma.getCustomBBox() ?? sigma.getBBox();
      const extent = Math.max(bbox.x[1] - bbox.x[0], bbox.y[1] - bbox.y[0], 1e-9);
      return extent / Math.max(1, Math.min(width, height) - 2 * STAGE_PADDING);
    },
    stageSpanPx() {
      const { width, height } = dimensions();
      return Math.max(1, Math.min(width, height) - 2 * STAGE_PADDING);
    },
    viewportGraphBox() {
      const { width, height } = dimensions();
      // All four corners: with a rotated camera the box is the corners' bounding box.
      const corners = [
        { x: 0, y: 0 },
        { x: width, y: 0 },
        { x: 0, y: height },
        { x: width, y: height },
      ].map((p) => sigma.viewportToGraph(p));
      const xs = corners.map((p) => p.x);
      const ys = corners.map((p) => p.y);
      return {
        minX: Math.min(...xs),
        minY: Math.min(...ys),
        maxX: Math.max(...xs),
        maxY: Math.max(...ys),
      };
    },
    kill() {
      if (killed) return;
      killed = true;
      camera.removeListener('updated', onCamera);
      mirror?.kill();
      layer?.kill();
      points?.kill();
      if (options.createRenderer) return sigma.kill();
      // kept for the next graph in this container, as constructed: its frames, its actors shown
      if (held) unholdScheduler();
      showSigmaActors(true);
      sigmas.keep(container, sigma, new Graph() as G);
    },
  };
}
