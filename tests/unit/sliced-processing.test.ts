// Sigma's processing of a large graph's actors in slices of tasks (src/render/sliced-processing.ts),
// against a renderer with sigma's members recorded (sigma itself needs WebGL): exact normalised
// positions, label grid, buffer places and picking indices on a small graph, the work spread over
// tasks, and a run ended unfinished when the graph changes, sigma processes on its own, or the
// caller stops it.
import { EventEmitter } from 'events';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import * as sigmaUtilities from 'sigma/utils';
import {
  byZIndex,
  processInSlices,
  sliceable,
  type SigmaUtilities,
} from '../../src/render/sliced-processing';
import { TaskQueue } from './helpers/task-queue';

const utilities = sigmaUtilities as unknown as SigmaUtilities;

interface Data {
  x: number;
  y: number;
  size: number;
  label: string | null;
  hidden: boolean;
  type: string;
  zIndex: number;
}

/** The sigma members the run uses, with what it does to them recorded. */
class Recorded extends EventEmitter {
  settings = { labelGridCellSize: 100, zIndex: true, autoRescale: true };
  nodeDataCache: Record<string, Data> = {};
  nodeZExtent: [number, number] = [0, 0];
  customBBox: { x: [number, number]; y: [number, number] } | null = null;
  nodeExtent = { x: [0, 1] as [number, number], y: [0, 1] as [number, number] };
  normalizationFunction = { applyTo: (_p: { x: number; y: number }) => {} };
  /** The label grid's candidates: id, size, cell position. */
  grid: [string, number, number, number][] = [];
  organized = 0;
  labelGrid = {
    resizeAndClear: () => (this.grid = []),
    add: (id: string, size: number, p: { x: number; y: number }) =>
      this.grid.push([id, size, p.x, p.y]),
    organize: () => this.organized++,
  };
  capacities: Record<string, number> = {};
  nodePrograms = {
    circle: { reallocate: (n: number) => (this.capacities.circle = n) },
    square: { reallocate: (n: number) => (this.capacities.square = n) },
  };
  edgePrograms = { line: { reallocate: (n: number) => (this.capacities.line = n) } };
  itemIDsIndex: Record<number, { type: string; id: string }> = { 9: { type: 'node', id: 'old' } };
  nodeIndices: Record<string, number> = { old: 9 };
  edgeIndices: Record<string, number> = {};
  needToProcess = false;
  processes = 0;
  /** Buffer writes: id, picking index, place, x, y. */
  written: [string, number, number, number, number][] = [];
  constructor(public graph: Graph) {
    super();
  }
  process() {
    this.processes++;
    this.emit('beforeProcess');
  }
  addNodeToProgram(id: string, fingerprint: number, place: number) {
    const d = this.nodeDataCache[id]!;
    this.written.push([id, fingerprint, place, d.x, d.y]);
  }
  getDimensions() {
    return { width: 800, height: 600 };
  }
  getGraphDimensions() {
    return { width: 20, height: 10 };
  }
  getStagePadding() {
    return 0;
  }
  /** (a stand-in for the camera matrix: the normalised position scaled) */
  framedGraphToViewport(p: { x: number; y: number }, { matrix }: { matrix: Float32Array }) {
    expect(matrix).toBeInstanceOf(Float32Array);
    return { x: p.x * 100, y: p.y * 100 };
  }
}

/** a (0, 0) labelled, b (20, 0) hidden, c (10, 10) drawn on top, d (20, 10) a square, unlabelled. */
function small() {
  const graph = new Graph();
  const r = new Recorded(graph);
  const add = (id: string, x: number, y: number, data: Partial<Data>) => {
    graph.addNode(id, { x, y });
    r.nodeDataCache[id] = {
      x: NaN,
      y: NaN,
      size: 5,
      label: id,
      hidden: false,
      type: 'circle',
      zIndex: 0,
      ...data,
    };
  };
  add('a', 0, 0, { size: 8 });
  add('b', 20, 0, { hidden: true });
  add('c', 10, 10, { zIndex: 1 });
  add('d', 20, 10, { label: null, type: 'square' });
  r.nodeZExtent = [0, 1];
  return r;
}

function run(r: Recorded, options: { sliceMs?: number; stopped?: () => boolean } = {}) {
  const tasks = new TaskQueue();
  const results: boolean[] = [];
  const handle = processInSlices(r, {
    utilities,
    defer: tasks.push,
    done: (p) => results.push(p),
    ...options,
  });
  return { tasks, results, handle };
}

describe('processInSlices', () => {
  it('leaves what sigma’s processing would: normalised positions, label grid, buffers, indices', () => {
    const r = small();
    const { tasks, results, handle } = run(r);
    expect(r.needToProcess).toBe(true); // (a frame meanwhile would process)
    tasks.drain();
    expect(results).toEqual([true]);
    expect([handle!.finished, r.needToProcess, r.processes]).toEqual([true, false, 0]);
    // the extent 20 × 10 into the unit square around (0.5, 0.5), its longer side 1
    expect(r.nodeExtent).toEqual({ x: [0, 20], y: [0, 10] });
    const at = (id: string) => [r.nodeDataCache[id]!.x, r.nodeDataCache[id]!.y];
    expect(['a', 'b', 'c', 'd'].map(at)).toEqual([
      [0, 0.25],
      [1, 0.25],
      [0.5, 0.75],
      [1, 0.75],
    ]);
    // labelled and shown: a and c, with their sizes, where they sit at rest
    expect(r.grid).toEqual([
      ['a', 8, 0, 25],
      ['c', 5, 50, 75],
    ]);
    expect(r.organized).toBe(1);
    expect(r.capacities).toEqual({ circle: 3, square: 1, line: 0 });
    // drawing order by zIndex (c last: on top), each program's places from 0
    expect(r.written).toEqual([
      ['a', 1, 0, 0, 0.25],
      ['b', 2, 1, 1, 0.25],
      ['d', 3, 0, 1, 0.75],
      ['c', 4, 2, 0.5, 0.75],
    ]);
    expect(r.nodeIndices).toEqual({ a: 1, b: 2, d: 3, c: 4 });
    expect(r.itemIDsIndex).toEqual({
      1: { type: 'node', id: 'a' },
      2: { type: 'node', id: 'b' },
      3: { type: 'node', id: 'd' },
      4: { type: 'node', id: 'c' },
    });
    // (its listeners gone)
    expect([r.graph.listenerCount('nodeAdded'), r.listenerCount('beforeProcess')]).toEqual([0, 0]);
  });

  it('spreads the work over tasks: none in the caller’s, slices of the actors after', () => {
    const graph = new Graph();
    const r = new Recorded(graph);
    for (let i = 0; i < 1000; i++) {
      graph.addNode(`n${i}`, { x: i, y: -i });
      r.nodeDataCache[`n${i}`] = {
        ...{ x: 0, y: 0, size: 1, label: null, hidden: false, type: 'circle', zIndex: 0 },
      };
    }
    // (sliceMs 0: a slice ends at each look at the clock, every 256 actors)
    const { tasks, results } = run(r, { sliceMs: 0 });
    expect(r.written).toHaveLength(0);
    let ran = 0;
    let most = 0;
    while (tasks.size > 0) {
      const before = r.written.length;
      tasks.runNext();
      ran++;
      most = Math.max(most, r.written.length - before);
    }
    expect(results).toEqual([true]);
    expect(r.written).toHaveLength(1000);
    expect(most).toBe(256);
    // 4 slices of positions, the allocation, 4 slices of buffers
    expect(ran).toBe(9);
    expect(r.written[999]!.slice(0, 3)).toEqual(['n999', 1000, 999]);
  });

  it('ends unfinished when the graph changes, sigma processes on its own, or the caller stops', () => {
    const changed = small();
    const first = run(changed);
    first.tasks.runNext();
    changed.graph.mergeNodeAttributes('a', { x: 5 });
    first.tasks.drain();
    expect([first.results, changed.needToProcess]).toEqual([[false], true]);
    expect(changed.nodeIndices).toEqual({ old: 9 }); // (indices not swapped)
    expect(changed.graph.listenerCount('nodeAttributesUpdated')).toBe(0);

    const own = small();
    const second = run(own);
    second.tasks.runNext();
    own.process(); // e.g. a frame not held
    second.tasks.drain();
    expect(second.results).toEqual([false]);
    expect(own.written).toHaveLength(0);

    let stop = false;
    const stopped = small();
    const third = run(stopped, { stopped: () => stop });
    third.tasks.runNext();
    stop = true;
    third.tasks.drain();
    expect([third.results, stopped.needToProcess, stopped.written.length]).toEqual([
      [false],
      true,
      0,
    ]);
  });

  it('an actor without display data is left to sigma’s own processing (which says what is wrong)', () => {
    const r = small();
    delete r.nodeDataCache.c;
    const { tasks, results } = run(r);
    tasks.drain();
    expect([results, r.needToProcess, r.written.length]).toEqual([[false], true, 0]);
  });

  it('is not for a renderer without these members, with relations, or with fixed scaling', () => {
    expect(sliceable(small())).toBe(true);
    const withEdge = small();
    withEdge.graph.addEdge('a', 'b');
    expect(processInSlices(withEdge, { utilities, defer: () => {}, done: () => {} })).toBeNull();
    const fixed = small();
    fixed.settings.autoRescale = false;
    expect(sliceable(fixed)).toBe(false);
    const older = small() as Partial<Recorded>;
    delete older.addNodeToProgram;
    Object.setPrototypeOf(older, EventEmitter.prototype);
    expect(sliceable(older)).toBe(false);
    expect(sliceable(null)).toBe(false);
  });

  it('orders by zIndex as sigma’s stable sort does, in one pass', () => {
    const z: Record<string, number | undefined> = { a: 1, b: 3, c: 1, d: 0, e: undefined, f: NaN };
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const zOf = (id: string) => z[id];
    expect(byZIndex(items, zOf)).toEqual(['d', 'e', 'f', 'a', 'c', 'b']);
    expect(byZIndex(items, zOf)).toEqual(
      sigmaUtilities.zIndexOrdering([0, 3], (id: string) => zOf(id) as number, [...items]),
    );
    const plain = ['x', 'y'];
    expect(byZIndex(plain, () => 1)).toBe(plain);
  });
});
