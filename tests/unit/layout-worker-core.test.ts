// The layout worker's protocol, with its core run in-process (tests/unit/helpers): stop rule, time
// limit, kill, transferred buffers and back-pressure, and the same positions as the headless layout.
import { describe, expect, it } from 'vitest';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import { createLayoutRunner, type LayoutState } from '../../src/layout/fa2-runner';
import { createLayoutWorkerCore } from '../../src/layout/layout-worker-core';
import { DEFAULT_STOP_RULE, LayoutCore, overlapBudget } from '../../src/layout/layout-core';
import { layoutMatrices, layoutSettings } from '../../src/layout/layout-matrices';
import { headlessLayout } from '../../src/layout/headless';
import type { FromWorker } from '../../src/layout/layout-protocol';
import { seedPositions } from '../../src/layout/prng';
import { syntheticGraph } from '../../bench/synthetic';
import { inProcessLayoutWorker } from './helpers/in-process-layout-worker';
import { TaskQueue } from './helpers/task-queue';
import { smallGraph } from './helpers/small-graph';

function synthetic(actors: number): AlignmapGraph {
  const g = createEmptyGraph();
  g.import({ ...syntheticGraph({ actors }), options: g.export().options });
  return g;
}

const positions = (g: AlignmapGraph) => g.mapNodes((_id, a) => [a.x as number, a.y as number]);

/** Resolves with the runner's state when a run ends. */
function runToStop(
  graph: AlignmapGraph,
  options: Parameters<typeof createLayoutRunner>[1] = {},
  frameMs = 0,
): Promise<{ state: LayoutState; worker: ReturnType<typeof inProcessLayoutWorker> }> {
  const worker = inProcessLayoutWorker();
  return new Promise((resolve) => {
    const runner = createLayoutRunner(graph, {
      ...options,
      spawn: () => worker,
      frame: (fn) => setTimeout(fn, frameMs),
      onChange: (state) => {
        if (!state.running) {
          runner.kill();
          resolve({ state, worker });
        }
      },
    });
    runner.start();
  });
}

describe('LayoutCore stop rule', () => {
  it('settles on a small graph after two calm checks, well before a cap', () => {
    const g = smallGraph();
    seedPositions(g, 1);
    const { nodes, edges } = layoutMatrices(g);
    const core = new LayoutCore(nodes, edges, layoutSettings(g.order));
    let reason = null;
    while (!reason && core.iterations < 20_000) reason = core.step();
    expect(reason).toBe('settled');
    // checks happen every 10 iterations: it stops on a check
    expect(core.iterations % DEFAULT_STOP_RULE.checkEvery).toBe(0);
    expect(core.iterations).toBeGreaterThanOrEqual(2 * DEFAULT_STOP_RULE.checkEvery);
  });

  it('stops at maxIterations when the rule never calms down (threshold 0)', () => {
    const g = smallGraph();
    seedPositions(g, 1);
    const { nodes, edges } = layoutMatrices(g);
    const core = new LayoutCore(nodes, edges, layoutSettings(g.order), {
      ...DEFAULT_STOP_RULE,
      threshold: 0,
      maxIterations: 37,
    });
    let reason = null;
    while (!reason) reason = core.step();
    expect(reason).toBe('max-iterations');
    expect(core.iterations).toBe(37);
  });

  it('keeps pinned nodes where they were put', () => {
    const g = smallGraph();
    seedPositions(g, 1);
    const { nodes, edges } = layoutMatrices(g);
    const core = new LayoutCore(nodes, edges, layoutSettings(g.order));
    core.pin(2, 123, -45);
    for (let i = 0; i < 50; i++) core.step();
    const p = core.positions();
    expect([p[4], p[5]]).toEqual([123, -45]);
  });

  it('scales the overlap budget down with the graph', () => {
    expect(overlapBudget(200)).toBe(60);
    expect(overlapBudget(10_000)).toBe(30);
    expect(overlapBudget(100_000)).toBe(3);
  });
});

describe('layout worker protocol', () => {
  it('stops by the stop rule inside the worker and reports it', async () => {
    const g = smallGraph();
    const { state, worker } = await runToStop(g, { maxMs: 60_000 });
    expect(state.lastStop).toBe('settled');
    expect(state.iterations % DEFAULT_STOP_RULE.checkEvery).toBe(0);
    // the page never asked it to stop: the worker decided
    expect(worker.sent.map((m) => m.type)).not.toContain('stop');
    expect(worker.received.at(-1)?.type).toBe('stopped');
  });

  it('stops at the time limit on a graph that does not settle in time', async () => {
    const g = synthetic(400);
    const { state } = await runToStop(g, { maxMs: 150, threshold: 0 });
    expect(state.lastStop).toBe('time-limit');
    expect(state.lastRunMs).toBeGreaterThanOrEqual(150);
    expect(state.iterations).toBeGreaterThanOrEqual(1);
  });

  it('posts positions as transferred Float32Arrays, one at a time until the page acknowledges', async () => {
    const g = synthetic(300);
    // a slow page (100 ms a frame): the worker goes on iterating while its message waits
    const { worker } = await runToStop(g, { threshold: 0, maxIterations: 200 }, 100);
    const posts = worker.received.filter((m) => m.type === 'positions');
    expect(posts.length).toBeGreaterThan(0);
    // the page drew each one, then transferred the same buffer back: its copy is detached, and
    // the worker received x, y for every node in it
    // (the last one may arrive after the run stopped: it is then not drawn nor given back)
    for (const m of posts.slice(0, -1)) {
      expect(m.positions).toBeInstanceOf(Float32Array);
      expect(m.positions.byteLength).toBe(0);
    }
    const trace = worker.trace.filter((t) => t.type === 'positions' || t.type === 'ack');
    for (const t of trace) expect(t.floats).toBe(g.order * 2);
    // strictly alternating: never a second positions message before the page gave the buffer back
    trace.forEach((t, i) => expect(t.type).toBe(i % 2 === 0 ? 'positions' : 'ack'));
    expect(trace.filter((t) => t.type === 'ack').length).toBeGreaterThanOrEqual(posts.length - 1);
    const order = worker.received.map((m) => m.type);
    expect(order.at(-1)).toBe('stopped');
    expect(posts.at(-1)!.iterations / posts.length).toBeGreaterThan(1);
    // the init matrices were transferred, not copied: the page kept no usable copy
    const init = worker.sent.find((m) => m.type === 'init');
    expect(init && init.type === 'init' && init.nodes.length).toBe(g.order * 10);
  });

  it('detaches the buffer it posts (transfer, not copy) and reuses the one given back', () => {
    const posted: FromWorker[] = [];
    let tick: (() => void) | null = null;
    let clock = 0;
    const handle = createLayoutWorkerCore({
      post: (message, transfer) => {
        posted.push(message);
        structuredClone(message, { transfer }); // detaches what was listed, as postMessage does
      },
      schedule: (fn) => (tick = fn),
      now: () => (clock += 20), // every slice ends after one iteration
    });
    const g = smallGraph();
    seedPositions(g, 1);
    const { nodes, edges } = layoutMatrices(g);
    handle({
      type: 'init',
      nodes,
      edges,
      settings: layoutSettings(g.order),
      rule: { ...DEFAULT_STOP_RULE, threshold: 0 },
      maxMs: Infinity,
    });
    handle({ type: 'run' });
    const slice = () => {
      const fn = tick;
      tick = null;
      fn?.();
    };
    slice();
    expect(posted).toHaveLength(1);
    const first = posted[0]!;
    if (first.type !== 'positions') throw new Error('expected positions');
    expect(first.positions.byteLength).toBe(0); // transferred away
    // no acknowledgement: the worker goes on iterating but posts nothing more
    slice();
    slice();
    expect(posted).toHaveLength(1);
    // the page gives a buffer back: the latest positions go out at once, in that same buffer
    const back = new Float32Array(g.order * 2);
    handle({ type: 'ack', buffer: back });
    expect(posted).toHaveLength(2);
    const second = posted[1]!;
    expect(second.type === 'positions' && second.iterations).toBe(3);
    expect(second.type === 'positions' && second.positions).toBe(back);
    // stop: the final positions come with the reason
    handle({ type: 'stop' });
    expect(posted.at(-1)?.type).toBe('stopped');
    expect(tick === null || (slice(), posted.length === 3)).toBe(true);
  });

  it('kill() is idempotent: the worker is terminated once, nothing arrives afterwards', () => {
    const g = synthetic(300);
    // the worker's messages and slices and the runner's frames all run when this test runs them
    const tasks = new TaskQueue();
    const worker = inProcessLayoutWorker({ schedule: tasks.push });
    const changes: LayoutState[] = [];
    let copies = 0;
    const runner = createLayoutRunner(g, {
      spawn: () => worker,
      frame: tasks.push,
      threshold: 0,
      onChange: (s) => changes.push(s),
      onPositions: () => copies++,
    });
    runner.start();
    // running: positions have reached the graph twice, and the worker has more slices queued
    tasks.runUntil(() => copies >= 2);
    expect(runner.isRunning()).toBe(true);
    expect(tasks.size).toBeGreaterThan(0);
    runner.kill();
    runner.kill();
    expect(worker.terminations).toBe(1);
    expect(runner.state().lastStop).toBe('killed');
    expect(runner.isRunning()).toBe(false);
    const before = positions(g);
    const seen = changes.length;
    const received = worker.received.length;
    // whatever was still queued runs now: it finds a dead worker and a killed runner
    tasks.drain(100);
    expect(tasks.size).toBe(0);
    expect(positions(g)).toEqual(before);
    expect(changes.length).toBe(seen);
    expect(copies).toBe(2);
    expect(worker.received.length).toBe(received);
    runner.start(); // a killed runner stays dead
    expect(worker.terminations).toBe(1);
    expect(runner.isRunning()).toBe(false);
    expect(tasks.size).toBe(0);
  });

  it('gives the same positions as the headless layout for the same seed and iterations', async () => {
    const radius = (id: string) => 5 + (id.length % 4);
    const a = synthetic(250);
    const b = synthetic(250);
    await runToStop(a, {
      threshold: 0,
      maxIterations: 120,
      nodeRadiusPx: radius,
      viewportPx: () => 720,
    });
    headlessLayout(b, { iterations: 120, nodeRadiusPx: radius });
    expect(positions(a)).toEqual(positions(b));
  });
});
