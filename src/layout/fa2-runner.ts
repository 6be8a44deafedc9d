// ForceAtlas2 in a web worker, with our own stop rule (the worker never reports convergence),
// pinning of dragged nodes, Reset (un-pin and re-run) and a noverlap pass after every stop.
// The worker runs on a position-only copy of the graph, copied to the displayed graph every
// `syncMs`: so the renderer redraws at a bounded rate and the worker is not held back by frames.
// Adapter with an idempotent kill(): the worker is always terminated.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { AbstractGraph } from 'graphology-types';
import { seedPositions } from './prng';

export type StopReason = 'settled' | 'time-limit' | 'user' | 'killed';

export interface LayoutRunnerOptions {
  seed?: number;
  /** Stop when the mean node displacement per iteration, relative to the layout's extent, drops below this. */
  threshold?: number;
  /** Hard limit for one run, in ms. */
  maxMs?: number;
  /** Interval between two checks of the stop rule, in ms. */
  checkMs?: number;
  /** Interval between two copies of the positions to the displayed graph, in ms. */
  syncMs?: number;
  /** Node radius in graph units, for noverlap (the renderer knows the pixel → graph scale). */
  nodeRadius?: (id: string) => number;
  onChange?: (state: LayoutState) => void;
}

export interface LayoutState {
  running: boolean;
  lastStop: StopReason | null;
  /** Duration of the last finished run in ms, and how many iterations it made. */
  lastRunMs: number | null;
  iterations: number;
}

export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(order),
    // Multigraph with many parallel edges: dissuade hubs from swallowing their neighbours.
    outboundAttractionDistribution: true,
    linLogMode: false,
    adjustSizes: false,
    strongGravityMode: true,
    gravity: 0.6,
    scalingRatio: 18,
    // Weights count more than linearly: memberships (weight 0.12, see layoutWeight) pull about
    // 0.03 as hard as reported relations, so the membership web no longer swallows the actors the
    // sources talk about, and bodies spread apart. (linLogMode, tried on the seed data, packs the
    // hubs into the centre: a denser hairball.)
    edgeWeightInfluence: 1.6,
    barnesHutOptimize: order > 1000,
  };
}

/**
 * Attraction of an edge in the layout. Memberships of large bodies (the UN has over a hundred
 * members here) would otherwise pull every state into one hub; they attract weakly, so that the
 * relations the sources report shape the picture. An office holder stays close to their state.
 */
export function layoutWeight(relation: unknown): number {
  if (relation === 'member_of') return 0.12;
  if (relation === 'represents') return 2;
  return 1;
}

/**
 * Position-only copy of the graph for the layout: same nodes and edges, attributes x, y, fixed,
 * and a layout weight per relation type (see layoutWeight). Shared with layout/headless.ts.
 */
export function layoutCopy(graph: AbstractGraph): AbstractGraph {
  const work = graph.emptyCopy();
  work.updateEachNodeAttributes((_id, a) => ({ x: a.x, y: a.y, fixed: a.fixed }));
  graph.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    const weight = layoutWeight(a.relation);
    if (undirected) work.addUndirectedEdgeWithKey(key, source, target, { weight });
    else work.addDirectedEdgeWithKey(key, source, target, { weight });
  });
  return work;
}

/** The noverlap pass run after every layout stop (with a per-node radius in graph units). */
export const NOVERLAP_PARAMS = {
  maxIterations: 60,
  settings: { margin: 2, ratio: 1.15, speed: 3 },
} as const;

/** Seeds positions (see prng.ts) unless every node already has numeric x and y. */
export function ensurePositions(graph: AbstractGraph, seed = 1): void {
  let complete = true;
  graph.forEachNode((_id, attrs) => {
    if (typeof attrs.x !== 'number' || typeof attrs.y !== 'number') complete = false;
  });
  if (!complete) seedPositions(graph, seed);
}

export interface LayoutRunner {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Un-pins every node and runs the layout again from the current positions. */
  reset(): void;
  pin(id: string, x: number, y: number): void;
  state(): LayoutState;
  kill(): void;
}

export function createLayoutRunner(
  graph: AbstractGraph,
  options: LayoutRunnerOptions = {},
): LayoutRunner {
  const {
    seed = 1,
    threshold = 5e-5,
    maxMs = 10_000,
    checkMs = 250,
    syncMs = 120,
    onChange,
  } = options;
  const pinned = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attrs) => {
    if (attrs.fixed && typeof attrs.x === 'number' && typeof attrs.y === 'number')
      pinned.set(id, { x: attrs.x, y: attrs.y });
  });
  ensurePositions(graph, seed);

  const work = layoutCopy(graph);

  const layout = new FA2Layout(work, {
    settings: layoutSettings(graph.order),
    getEdgeWeight: 'weight',
    // Pinned nodes keep their position even while the worker runs (they are fed back every tick).
    outputReducer: (key: string, attrs: Record<string, unknown>) => {
      const pin = pinned.get(key);
      return pin ? { ...attrs, x: pin.x, y: pin.y } : attrs;
    },
  });

  let killed = false;
  let timer: ReturnType<typeof setInterval> | null = null;
  let syncTimer: ReturnType<typeof setInterval> | null = null;
  let startedAt = 0;
  let iterations = 0;
  let iterationsAtCheck = 0;
  let calmChecks = 0;
  let previous = new Map<string, [number, number]>();
  const status: LayoutState = { running: false, lastStop: null, lastRunMs: null, iterations: 0 };
  const onTick = () => {
    iterations++;
  };

  function snapshot(): Map<string, [number, number]> {
    const positions = new Map<string, [number, number]>();
    work.forEachNode((id, attrs) => positions.set(id, [attrs.x as number, attrs.y as number]));
    return positions;
  }

  /** Copies the worker's positions to the displayed graph (one update event, one redraw). */
  function syncToDisplay(): void {
    graph.updateEachNodeAttributes(
      (id, attrs) => {
        const w = work.getNodeAttributes(id);
        attrs.x = w.x;
        attrs.y = w.y;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  }

  function extent(positions: Map<string, [number, number]>): number {
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (const [x, y] of positions.values()) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    return Math.max(maxX - minX, maxY - minY, 1e-9);
  }

  function check(): void {
    if (!layout.isRunning()) return;
    const steps = iterations - iterationsAtCheck;
    if (Date.now() - startedAt > maxMs) return finish('time-limit');
    if (steps < 5) return; // the worker has not progressed enough to judge
    const current = snapshot();
    let total = 0;
    for (const [id, [x, y]] of current) {
      const [px, py] = previous.get(id) ?? [x, y];
      total += Math.hypot(x - px, y - py);
    }
    const relative = total / Math.max(1, current.size) / steps / extent(current);
    previous = current;
    iterationsAtCheck = iterations;
    // Two calm checks in a row: small graphs under strong gravity can pause, then oscillate again.
    calmChecks = relative < threshold ? calmChecks + 1 : 0;
    if (calmChecks >= 2) finish('settled');
  }

  function emit(): void {
    status.iterations = iterations;
    onChange?.({ ...status });
  }

  function finish(reason: StopReason): void {
    if (timer) clearInterval(timer);
    if (syncTimer) clearInterval(syncTimer);
    timer = syncTimer = null;
    const wasRunning = layout.isRunning();
    if (!killed) layout.stop();
    work.removeListener('eachNodeAttributesUpdated', onTick);
    if (!wasRunning && reason !== 'killed') return;
    status.running = false;
    status.lastStop = reason;
    status.lastRunMs = Date.now() - startedAt;
    if (reason !== 'killed') {
      syncToDisplay();
      spreadOverlaps();
      emit();
    }
  }

  function spreadOverlaps(): void {
    if (graph.order === 0) return;
    const radius = options.nodeRadius;
    noverlap.assign(graph, {
      ...NOVERLAP_PARAMS,
      inputReducer: (key, attrs) => ({ x: attrs.x, y: attrs.y, size: radius ? radius(key) : 1 }),
      outputReducer: (key, attrs) => pinned.get(key) ?? attrs,
    });
  }

  const runner: LayoutRunner = {
    start() {
      if (killed || layout.isRunning()) return;
      startedAt = Date.now();
      iterations = 0;
      iterationsAtCheck = 0;
      calmChecks = 0;
      // the user may have dragged nodes (or noverlap moved them) since the last run
      work.updateEachNodeAttributes((id, a) => {
        const d = graph.getNodeAttributes(id);
        return { ...a, x: d.x, y: d.y, fixed: d.fixed };
      });
      previous = snapshot();
      work.on('eachNodeAttributesUpdated', onTick);
      layout.start();
      status.running = true;
      timer = setInterval(check, checkMs);
      syncTimer = setInterval(syncToDisplay, syncMs);
      emit();
    },
    stop() {
      finish('user');
    },
    isRunning: () => layout.isRunning(),
    reset() {
      if (killed) return;
      for (const id of pinned.keys()) {
        graph.removeNodeAttribute(id, 'fixed');
        work.removeNodeAttribute(id, 'fixed');
      }
      pinned.clear();
      if (layout.isRunning()) finish('user');
      runner.start();
    },
    pin(id, x, y) {
      if (killed || !graph.hasNode(id)) return;
      pinned.set(id, { x, y });
      graph.mergeNodeAttributes(id, { x, y, fixed: true });
      work.mergeNodeAttributes(id, { x, y, fixed: true });
    },
    state: () => ({ ...status, iterations }),
    kill() {
      if (killed) return;
      finish('killed');
      killed = true;
      layout.kill();
    },
  };
  return runner;
}
