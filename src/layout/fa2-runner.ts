// Page side of the layout: sends the graph's matrices to our layout worker (layout.worker.ts), and
// copies the positions it posts into the graph, at most once per animation frame, returning the
// buffer afterwards. The worker runs ForceAtlas2 freely, decides when to stop (stop rule, time
// limit) and removes overlaps; the page only copies arrays. Pins dragged nodes, Reset un-pins and
// runs again. Adapter with an idempotent kill(): the worker is always terminated.
import type { AbstractGraph } from 'graphology-types';
import type { ViewIndex } from '../graph/view-index';
import { DEFAULT_STOP_RULE } from './layout-core';
import { ensurePositions, layoutMatrices, layoutSettings } from './layout-matrices';
import type { FromWorker, StopReason, ToWorker } from './layout-protocol';

export type { StopReason } from './layout-protocol';
export { ensurePositions, layoutSettings, layoutWeight } from './layout-matrices';

/** The part of a Worker the runner uses (a real Worker, or the in-process one of the unit tests). */
export interface LayoutWorkerLike {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  terminate(): void;
}

export function spawnLayoutWorker(): LayoutWorkerLike {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

export interface LayoutRunnerOptions {
  seed?: number;
  /** Stop when the mean node displacement per iteration, relative to the layout's extent, drops below this. */
  threshold?: number;
  /** Hard limit for one run, in ms. */
  maxMs?: number;
  /** Hard limit for one run, in iterations (for tests). */
  maxIterations?: number;
  /** Node radius in screen pixels (node size + margin) for the overlap pass; none: no pass. */
  nodeRadiusPx?: (id: string) => number;
  /** Pixels the whole layout spans on screen (smaller viewport side minus the stage padding). */
  viewportPx?: () => number;
  onChange?: (state: LayoutState) => void;
  /** Positions were copied into the graph (once per frame at most). */
  onPositions?: () => void;
  spawn?: () => LayoutWorkerLike;
  /** The graph's ViewIndex, when the caller keeps one (the matrices are built from it). */
  index?: ViewIndex;
  /** Runs `fn` at the next frame (default requestAnimationFrame, a 16 ms timer without one). */
  frame?: (fn: () => void) => void;
}

export interface LayoutState {
  running: boolean;
  /** Why the last run stopped; 'saved' when no run was needed (the positions its user left). */
  lastStop: StopReason | 'saved' | null;
  /** Duration of the last finished run in ms, and how many iterations it made. */
  lastRunMs: number | null;
  iterations: number;
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

const defaultFrame = (fn: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : setTimeout(fn, 16);

export function createLayoutRunner(
  graph: AbstractGraph,
  options: LayoutRunnerOptions = {},
): LayoutRunner {
  const { seed = 1, threshold = DEFAULT_STOP_RULE.threshold, maxMs = 10_000, onChange } = options;
  const frame = options.frame ?? defaultFrame;
  ensurePositions(graph, seed);
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const fixed = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    if (graph.getNodeAttribute(id, 'fixed')) fixed[i] = 1;
  });

  let worker: LayoutWorkerLike | null = null;
  let killed = false;
  let running = false;
  let framePending = false;
  let latest: Float32Array | null = null;
  const status: LayoutState = { running: false, lastStop: null, lastRunMs: null, iterations: 0 };

  function post(message: ToWorker, transfer: Transferable[] = []): void {
    worker?.postMessage(message, transfer);
  }

  /** Copies x, y into the graph (one update event: the renderer redraws once); pins win. */
  function copy(positions: Float32Array): void {
    let i = 0;
    graph.updateEachNodeAttributes(
      (_id, attrs) => {
        if (!fixed[i]) {
          attrs.x = positions[i * 2];
          attrs.y = positions[i * 2 + 1];
        }
        i++;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
    options.onPositions?.();
  }

  function onMessage(event: MessageEvent<FromWorker>): void {
    if (killed) return;
    const message = event.data;
    if (message.type === 'positions') {
      status.iterations = message.iterations;
      latest = message.positions;
      if (framePending) return;
      framePending = true;
      frame(() => {
        framePending = false;
        const positions = latest;
        latest = null;
        if (killed || !positions) return;
        if (running) copy(positions);
        post({ type: 'ack', buffer: positions }, [positions.buffer]);
      });
    } else if (message.type === 'stopped') {
      running = false;
      latest = null;
      copy(message.positions);
      status.running = false;
      status.lastStop = message.reason;
      status.lastRunMs = message.ms;
      status.iterations = message.iterations;
      onChange?.({ ...status });
    } else {
      running = false;
      status.running = false;
      console.error(message.message);
      onChange?.({ ...status });
    }
  }

  function init(): void {
    worker = (options.spawn ?? spawnLayoutWorker)();
    worker.onmessage = onMessage;
    const { nodes, edges } = layoutMatrices(graph, options.index);
    post(
      {
        type: 'init',
        nodes,
        edges,
        settings: layoutSettings(graph.order),
        rule: {
          ...DEFAULT_STOP_RULE,
          threshold,
          maxIterations: options.maxIterations ?? Infinity,
        },
        maxMs,
      },
      [nodes.buffer, edges.buffer],
    );
  }

  function currentPositions(): Float32Array {
    const out = new Float32Array(ids.length * 2);
    let i = 0;
    graph.forEachNode((_id, a) => {
      out[i * 2] = a.x;
      out[i * 2 + 1] = a.y;
      i++;
    });
    return out;
  }

  function overlapRequest(): ToWorker {
    const radius = options.nodeRadiusPx;
    if (!radius) return { type: 'overlap', request: null };
    const radiiPx = new Float32Array(ids.length);
    ids.forEach((id, i) => (radiiPx[i] = radius(id)));
    const viewportPx = options.viewportPx?.() ?? 720;
    return { type: 'overlap', request: { radiiPx, viewportPx } };
  }

  const runner: LayoutRunner = {
    start() {
      if (killed || running) return;
      const first = worker === null;
      if (first) init();
      running = true;
      status.running = true;
      status.iterations = 0;
      post(overlapRequest());
      // After the first run the user may have dragged nodes, or the overlap pass moved them.
      if (first) post({ type: 'run' });
      else {
        const positions = currentPositions();
        const pins = fixed.slice();
        post({ type: 'run', positions, fixed: pins }, [positions.buffer, pins.buffer]);
      }
      onChange?.({ ...status });
    },
    stop() {
      if (running) post({ type: 'stop' });
    },
    isRunning: () => running,
    reset() {
      if (killed) return;
      fixed.fill(0);
      graph.forEachNode((id, a) => {
        if (a.fixed) graph.removeNodeAttribute(id, 'fixed');
      });
      post({ type: 'unpin-all' });
      if (running) {
        // the run goes on without pins
        return;
      }
      runner.start();
    },
    pin(id, x, y) {
      const i = index.get(id);
      if (killed || i === undefined) return;
      fixed[i] = 1;
      graph.mergeNodeAttributes(id, { x, y, fixed: true });
      post({ type: 'pin', index: i, x, y });
    },
    state: () => ({ ...status }),
    kill() {
      if (killed) return;
      killed = true;
      worker?.terminate();
      worker = null;
      if (running) {
        running = false;
        status.running = false;
        status.lastStop = 'killed';
      }
    },
  };
  return runner;
}
