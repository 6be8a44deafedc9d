// The page side of the layout (src/layout/fa2-runner.ts) against a scripted fake worker: what it
// posts (init with transferred matrices, run, overlap request, pins, stop, unpin-all, acks), how it
// copies posted positions into the graph (at most once per frame, pinned nodes untouched, nothing
// after a stop or kill), the state it reports, and kill() terminating the worker exactly once.
// The real worker core runs in process in layout-worker-core.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import {
  createLayoutRunner,
  type LayoutState,
  type LayoutWorkerLike,
} from '../../src/layout/fa2-runner';
import type { FromWorker, ToWorker } from '../../src/layout/layout-protocol';

const NO_OVERLAP = { iterations: 0, skipped: null };

class FakeWorker implements LayoutWorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  readonly posted: ToWorker[] = [];
  readonly transfers: Transferable[][] = [];
  terminated = 0;
  postMessage(message: ToWorker, transfer: Transferable[]): void {
    this.posted.push(message);
    this.transfers.push(transfer);
  }
  terminate(): void {
    this.terminated++;
  }
  send(message: FromWorker): void {
    this.onmessage!({ data: message } as MessageEvent<FromWorker>);
  }
  types(): string[] {
    return this.posted.map((m) => m.type);
  }
}

/** a (0, 0), b (1, 0), c (0, 1) pinned; a—b, b—c. */
function graph(): AlignmapGraph {
  const g = createEmptyGraph();
  const node = (id: string, x: number, y: number, fixed = false) =>
    g.addNode(id, {
      label: id,
      labelJa: id,
      kind: 'state',
      aliases: [],
      x,
      y,
      ...(fixed ? { fixed } : {}),
    });
  node('a', 0, 0);
  node('b', 1, 0);
  node('c', 0, 1, true);
  const rel = { relation: 'alliance', status: 'active', certainty: 'confirmed', evidence: [] };
  g.addUndirectedEdgeWithKey('ab', 'a', 'b', rel);
  g.addUndirectedEdgeWithKey('bc', 'b', 'c', rel);
  return g;
}

function setup(options: Parameters<typeof createLayoutRunner>[1] = {}) {
  const g = graph();
  const worker = new FakeWorker();
  const frames: (() => void)[] = [];
  const states: LayoutState[] = [];
  let copies = 0;
  const runner = createLayoutRunner(g, {
    spawn: () => worker,
    frame: (fn) => frames.push(fn),
    onChange: (s) => states.push(s),
    onPositions: () => copies++,
    ...options,
  });
  const flushFrames = () => frames.splice(0).forEach((fn) => fn());
  return { g, worker, runner, states, flushFrames, copies: () => copies };
}

const xy = (g: AlignmapGraph, id: string) => {
  const { x, y } = g.getNodeAttributes(id);
  return [x, y];
};

describe('createLayoutRunner', () => {
  it('starts the worker lazily with the graph’s matrices (transferred), pins and the stop rule', () => {
    const { worker, runner, states } = setup({ maxIterations: 50, threshold: 0.01, maxMs: 500 });
    expect(worker.posted).toEqual([]); // nothing before start
    runner.start();
    expect(worker.types()).toEqual(['init', 'overlap', 'run']);
    const init = worker.posted[0] as Extract<ToWorker, { type: 'init' }>;
    expect(init.maxMs).toBe(500);
    expect(init.rule).toMatchObject({ threshold: 0.01, maxIterations: 50 });
    expect(worker.transfers[0]).toEqual([init.nodes.buffer, init.edges.buffer]);
    expect(worker.posted[1]).toEqual({ type: 'overlap', request: null }); // no radii given
    expect(runner.isRunning()).toBe(true);
    expect(states).toEqual([{ running: true, lastStop: null, lastRunMs: null, iterations: 0 }]);
    runner.start(); // already running: nothing more
    expect(worker.posted).toHaveLength(3);
  });

  it('copies posted positions once per frame, the latest only, pinned nodes untouched, then acks', () => {
    const { g, worker, runner, flushFrames, copies } = setup();
    runner.start();
    const first = new Float32Array([5, 5, 6, 6, 7, 7]);
    const second = new Float32Array([10, 20, 30, 40, 50, 60]);
    worker.send({ type: 'positions', positions: first, iterations: 3 });
    worker.send({ type: 'positions', positions: second, iterations: 4 });
    expect(xy(g, 'a')).toEqual([0, 0]); // not before the frame
    flushFrames();
    expect(copies()).toBe(1);
    expect([xy(g, 'a'), xy(g, 'b'), xy(g, 'c')]).toEqual([
      [10, 20],
      [30, 40],
      [0, 1], // pinned
    ]);
    expect(worker.posted.at(-1)).toEqual({ type: 'ack', buffer: second });
    expect(worker.transfers.at(-1)).toEqual([second.buffer]);
    expect(runner.state().iterations).toBe(4);
  });

  it('reports a stop with its reason, time and iterations, copying the final positions', () => {
    const { g, worker, runner, states, flushFrames } = setup();
    runner.start();
    worker.send({ type: 'positions', positions: new Float32Array(6), iterations: 1 });
    runner.stop();
    expect(worker.posted.at(-1)).toEqual({ type: 'stop' });
    worker.send({
      type: 'stopped',
      overlap: NO_OVERLAP,
      reason: 'user',
      positions: new Float32Array([1, 2, 3, 4, 5, 6]),
      ms: 12,
      iterations: 9,
    });
    expect(states.at(-1)).toEqual({
      running: false,
      lastStop: 'user',
      lastRunMs: 12,
      iterations: 9,
    });
    expect(xy(g, 'b')).toEqual([3, 4]);
    flushFrames(); // the frame asked for before the stop copies nothing now
    expect(xy(g, 'b')).toEqual([3, 4]);
    const n = worker.posted.length;
    runner.stop(); // not running: nothing posted
    expect(worker.posted).toHaveLength(n);
  });

  it('runs again from the current positions with the pins, and the overlap radii', () => {
    const { g, worker, runner } = setup({
      nodeRadiusPx: (id) => id.length * 10,
      viewportPx: () => 500,
    });
    runner.start();
    worker.send({
      type: 'stopped',
      overlap: NO_OVERLAP,
      reason: 'settled',
      positions: new Float32Array([0, 0, 1, 0, 0, 1]),
      ms: 1,
      iterations: 1,
    });
    runner.pin('a', 7, 8);
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 7, y: 8, fixed: true });
    expect(worker.posted.at(-1)).toEqual({ type: 'pin', index: 0, x: 7, y: 8 });
    runner.pin('nobody', 1, 1); // unknown: ignored
    expect(worker.posted.at(-1)).toMatchObject({ type: 'pin', index: 0 });
    runner.start();
    const [overlap, run] = worker.posted.slice(-2) as [
      Extract<ToWorker, { type: 'overlap' }>,
      Extract<ToWorker, { type: 'run' }>,
    ];
    expect(overlap.request!.viewportPx).toBe(500);
    expect([...overlap.request!.radiiPx]).toEqual([10, 10, 10]);
    expect([...run.positions!]).toEqual([7, 8, 1, 0, 0, 1]);
    expect([...run.fixed!]).toEqual([1, 0, 1]);
  });

  it('reset un-pins every node and runs again (or lets the current run go on without pins)', () => {
    const { g, worker, runner } = setup();
    runner.start();
    runner.reset(); // running: only the pins go
    expect(worker.types().slice(-1)).toEqual(['unpin-all']);
    expect(g.getNodeAttributes('c').fixed).toBeUndefined();
    worker.send({
      type: 'stopped',
      overlap: NO_OVERLAP,
      reason: 'settled',
      positions: new Float32Array(6),
      ms: 1,
      iterations: 1,
    });
    runner.reset(); // stopped: un-pins and starts
    expect(worker.types().slice(-3)).toEqual(['unpin-all', 'overlap', 'run']);
    expect(runner.isRunning()).toBe(true);
  });

  it('logs a worker error and reports the run as stopped', () => {
    const { worker, runner, states } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    runner.start();
    worker.send({ type: 'error', message: 'layout worker: boom' });
    expect(error).toHaveBeenCalledWith('layout worker: boom');
    expect(states.at(-1)!.running).toBe(false);
    expect(runner.isRunning()).toBe(false);
    error.mockRestore();
  });

  it('kill terminates the worker once, marks a running run killed, and ignores later messages', () => {
    const { g, worker, runner, flushFrames } = setup();
    runner.start();
    worker.send({
      type: 'positions',
      positions: new Float32Array([9, 9, 9, 9, 9, 9]),
      iterations: 2,
    });
    runner.kill();
    runner.kill();
    expect(worker.terminated).toBe(1);
    expect(runner.state()).toMatchObject({ running: false, lastStop: 'killed' });
    flushFrames();
    worker.send({
      type: 'stopped',
      overlap: NO_OVERLAP,
      reason: 'settled',
      positions: new Float32Array(6),
      ms: 1,
      iterations: 1,
    });
    expect(xy(g, 'a')).toEqual([0, 0]);
    runner.start();
    runner.reset();
    runner.pin('a', 1, 1);
    expect(runner.isRunning()).toBe(false);
    expect(xy(g, 'a')).toEqual([0, 0]);
  });
});
