// Sigma's processing of a large graph's actors done in slices of tasks. Sigma (v3) processes every
// node of its graph — positions normalised, its label grid, its node program's buffers, the
// picking indices — in one call, in the task of its next frame after a change of positions: at
// 50,000 actors 135–180 ms of script (Chromium 150, 2 cores), once when a large graph's layout
// stops and once when a stored one reopens. Here the same work is spread over tasks of ~12 ms
// while the host holds sigma's frames (sigma-host.ts: the layout's points draw the actors
// meanwhile); at the end sigma's state is what its own processing would have left, and its next
// frame only draws. This reaches into sigma's private members (the version is pinned in
// package-lock.json): `sliceable` checks each one, and the host falls back to sigma's own
// processing when any is missing or the graph is one this does not handle (relations, fixed
// scaling). Anything that changes the graph, or sigma processing on its own meanwhile, ends the
// run unfinished (`done(false)`); sigma stays marked as needing its own processing from the run's
// start until the run or sigma's own processing completes it.
import type { AbstractGraph } from 'graphology-types';
import { forEachInSlices } from '../model/slices';

interface Box {
  x: [number, number];
  y: [number, number];
}

/** What sigma keeps of a node for drawing (its display data). */
interface DisplayData {
  x: number;
  y: number;
  size: number;
  label?: string | null;
  hidden?: boolean;
  type: string;
  zIndex?: number;
}

/** The members of a Sigma (3.0.x) this uses. */
export interface SigmaInternals {
  graph: AbstractGraph;
  settings: { labelGridCellSize: number; zIndex: boolean; autoRescale?: boolean };
  nodeDataCache: Record<string, DisplayData | undefined>;
  nodeZExtent: [number, number];
  customBBox: Box | null;
  nodeExtent: Box;
  normalizationFunction: { applyTo(point: { x: number; y: number }): void };
  labelGrid: {
    resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
    add(key: string, size: number, position: { x: number; y: number }): void;
    organize(): void;
  };
  nodePrograms: Record<string, { reallocate(capacity: number): void }>;
  edgePrograms: Record<string, { reallocate(capacity: number): void }>;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  needToProcess: boolean;
  process(): unknown;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  getDimensions(): { width: number; height: number };
  getGraphDimensions(): { width: number; height: number };
  getStagePadding(): number;
  framedGraphToViewport(
    point: { x: number; y: number },
    options: { matrix: Float32Array },
  ): { x: number; y: number };
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
  emit(event: string): unknown;
}

/** Whether `renderer` has every member this uses, and a graph it handles (actors only). */
export function sliceable(renderer: unknown): renderer is SigmaInternals {
  const s = renderer as Partial<Record<keyof SigmaInternals, unknown>> | null;
  if (!s || typeof s !== 'object') return false;
  const functions = [
    'process',
    'addNodeToProgram',
    'getDimensions',
    'getGraphDimensions',
    'getStagePadding',
    'framedGraphToViewport',
    'on',
    'removeListener',
    'emit',
  ] as const;
  if (functions.some((name) => typeof s[name] !== 'function')) return false;
  const grid = s.labelGrid as Partial<SigmaInternals['labelGrid']> | undefined;
  if (
    !grid ||
    typeof grid.resizeAndClear !== 'function' ||
    typeof grid.add !== 'function' ||
    typeof grid.organize !== 'function'
  )
    return false;
  const settings = s.settings as Partial<SigmaInternals['settings']> | undefined;
  const graph = s.graph as AbstractGraph | undefined;
  return (
    typeof s.nodeDataCache === 'object' &&
    typeof s.nodePrograms === 'object' &&
    typeof s.edgePrograms === 'object' &&
    Array.isArray(s.nodeZExtent) &&
    settings !== undefined &&
    settings.autoRescale !== false &&
    graph !== undefined &&
    typeof graph.nodes === 'function' &&
    graph.size === 0
  );
}

/** Sigma's own helpers this uses (sigma/utils: the host, which alone imports sigma, passes them). */
export interface SigmaUtilities {
  graphExtent(graph: never): Box;
  createNormalizationFunction(box: Box): unknown;
  matrixFromCamera(
    camera: { x: number; y: number; angle: number; ratio: number },
    viewport: { width: number; height: number },
    graphDimensions: { width: number; height: number },
    padding: number,
  ): Float32Array;
}

export interface SlicedProcessingOptions {
  utilities: SigmaUtilities;
  /** Runs a function in a later task. */
  defer: (fn: () => void) => void;
  /** Called once: true when sigma's state is complete (its next frame only draws). */
  done: (processed: boolean) => void;
  /** Checked before each slice: true ends the run unfinished (e.g. the layout restarted). */
  stopped?: () => boolean;
  sliceMs?: number;
}

/**
 * `items` by ascending zIndex, in their given order within one zIndex — what sigma's stable sort
 * by zIndex gives, in one pass (a few distinct values: selected, highlighted, plain, dimmed) instead
 * of a comparison sort of every actor (~100 ms at 50,000 in one task).
 */
export function byZIndex<T>(items: T[], zIndexOf: (item: T) => number | undefined): T[] {
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    // (as sigma: a missing or NaN zIndex counts as 0)
    const z = zIndexOf(item) || 0;
    let bucket = buckets.get(z);
    if (!bucket) buckets.set(z, (bucket = []));
    bucket.push(item);
  }
  if (buckets.size <= 1) return items;
  return [...buckets.keys()].sort((a, b) => a - b).flatMap((z) => buckets.get(z)!);
}

/** The graph events after which this run's work is out of date. */
const GRAPH_CHANGES = [
  'nodeAdded',
  'nodeDropped',
  'edgeAdded',
  'cleared',
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
] as const;

/**
 * Processes `sigma`'s graph in slices, each in a later task; null when it cannot (see sliceable:
 * then call sigma's own processing). Until `done`, sigma is marked as needing its processing, so
 * a frame drawn meanwhile (the caller should hold them) is still right.
 */
export function processInSlices(
  renderer: unknown,
  { utilities, defer, done, stopped = () => false, sliceMs = 12 }: SlicedProcessingOptions,
): { readonly finished: boolean } | null {
  if (!sliceable(renderer)) return null;
  const s = renderer;
  const graph = s.graph;
  const { graphExtent, createNormalizationFunction, matrixFromCamera } = utilities;
  let finished = false;
  let outdated = false;
  const outdate = () => (outdated = true);
  for (const event of GRAPH_CHANGES) graph.on(event, outdate);
  // (sigma processed on its own: its state is complete, this run's partial work is not needed)
  s.on('beforeProcess', outdate);
  function finish(processed: boolean): void {
    if (finished) return;
    finished = true;
    for (const event of GRAPH_CHANGES) graph.removeListener(event, outdate);
    s.removeListener('beforeProcess', outdate);
    // (unfinished: the flag set at the start stays, unless sigma's own processing cleared it)
    if (processed) {
      s.needToProcess = false;
      s.emit('afterProcess');
    }
    done(processed);
  }
  const ended = () => {
    if (finished) return true;
    if (!outdated && !stopped()) return false;
    finish(false);
    return true;
  };

  // Normalisation from the positions' extent (or the custom box), as sigma's next frame would.
  s.needToProcess = true;
  s.nodeExtent = graphExtent(graph as never);
  s.normalizationFunction = createNormalizationFunction(
    s.customBBox ?? s.nodeExtent,
  ) as SigmaInternals['normalizationFunction'];
  const dimensions = s.getDimensions();
  // where each actor sits at the camera's initial state: the label grid's cells
  const atRest = matrixFromCamera(
    { x: 0.5, y: 0.5, angle: 0, ratio: 1 },
    dimensions,
    s.getGraphDimensions(),
    s.getStagePadding(),
  );
  s.labelGrid.resizeAndClear(dimensions, s.settings.labelGridCellSize);
  let nodes = graph.nodes();
  const perProgram: Record<string, number> = {};
  let missing = false;

  // 1. positions normalised, labelled actors into the label grid, actors counted per program
  forEachInSlices(
    nodes,
    (node) => {
      const data = s.nodeDataCache[node];
      if (!data) return void (missing = true);
      const attrs = graph.getNodeAttributes(node) as { x: number; y: number };
      data.x = attrs.x;
      data.y = attrs.y;
      s.normalizationFunction.applyTo(data);
      if (typeof data.label === 'string' && !data.hidden)
        s.labelGrid.add(node, data.size, s.framedGraphToViewport(data, { matrix: atRest }));
      perProgram[data.type] = (perProgram[data.type] ?? 0) + 1;
    },
    { defer, done: () => defer(allocate), stopped: ended, sliceMs },
  );

  // 2. the label grid sorted, the programs' buffers sized, the drawing order (zIndex)
  function allocate(): void {
    if (ended()) return;
    // (an actor without display data, or of a type without a program: sigma's own processing
    // says what is wrong)
    if (missing || Object.keys(perProgram).some((type) => !s.nodePrograms[type]))
      return finish(false);
    s.labelGrid.organize();
    for (const type of Object.keys(s.nodePrograms)) {
      s.nodePrograms[type]!.reallocate(perProgram[type] ?? 0);
      perProgram[type] = 0;
    }
    for (const type of Object.keys(s.edgePrograms)) s.edgePrograms[type]!.reallocate(0);
    if (s.settings.zIndex && s.nodeZExtent[0] !== s.nodeZExtent[1])
      nodes = byZIndex(nodes, (node) => s.nodeDataCache[node]!.zIndex);
    write();
  }

  // 3. each actor's picking index and its place in its program's buffer (from the next task on)
  const nodeIndices: Record<string, number> = {};
  const itemIDsIndex: SigmaInternals['itemIDsIndex'] = {};
  let next = 1;
  function write(): void {
    forEachInSlices(
      nodes,
      (node) => {
        const fingerprint = next++;
        nodeIndices[node] = fingerprint;
        itemIDsIndex[fingerprint] = { type: 'node', id: node };
        const type = s.nodeDataCache[node]!.type;
        s.addNodeToProgram(node, fingerprint, perProgram[type]!++);
      },
      {
        defer,
        stopped: ended,
        sliceMs,
        done: () => {
          if (ended()) return;
          s.itemIDsIndex = itemIDsIndex;
          s.nodeIndices = nodeIndices;
          s.edgeIndices = {};
          finish(true);
        },
      },
    );
  }

  return {
    get finished() {
      return finished;
    },
  };
}

/** What a processing leaves in sigma, as text per part (buffers as their numbers). */
function processedState(s: SigmaInternals): Record<string, string> {
  const sorted = (record: object) =>
    JSON.stringify(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const buffers = (program: unknown): number[][] => {
    const p = program as { array?: Float32Array; programs?: unknown[] };
    if (p.array) return [Array.from(p.array)];
    return (p.programs ?? []).flatMap(buffers);
  };
  const state: Record<string, string> = {
    extent: JSON.stringify(s.nodeExtent),
    nodeIndices: sorted(s.nodeIndices),
    itemIDsIndex: sorted(s.itemIDsIndex),
    labelGrid: JSON.stringify((s.labelGrid as unknown as { cells: unknown }).cells),
  };
  for (const [type, program] of Object.entries(s.nodePrograms))
    state[`program ${type}`] = JSON.stringify(buffers(program));
  return state;
}

/**
 * For the browser tests: sigma's own processing run now, and the parts of its state (extent,
 * indices, label grid, each node program's buffer) that differ from what was there before — []
 * when the last processing (e.g. a sliced one) left exactly what sigma's leaves. Null when the
 * renderer is not one this handles.
 */
export function differencesFromOwnProcessing(renderer: unknown): string[] | null {
  if (!sliceable(renderer)) return null;
  const before = processedState(renderer);
  renderer.process();
  renderer.needToProcess = false;
  const after = processedState(renderer);
  return Object.keys(after).filter((part) => before[part] !== after[part]);
}
