// The edge layer (src/render/edge-layer.ts) with a recording drawer: which relations it draws,
// where and in which colour (exact vertex data), in slices of tasks with the old picture kept
// until the new one is complete, restyles in place, moves, rebuilds, hide and kill.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { colorBytes, createEdgeLayer, type LayerEdgeStyle } from '../../src/render/edge-layer';
import { RecordingDrawer } from './helpers/recording-drawer';
import { TaskQueue } from './helpers/task-queue';

/** a (0,0) —ab— b (1,0) —bc— c (1,2); ca: c → a; positions in graph units. */
function setup(slice = 2) {
  const graph = new Graph({ type: 'mixed', multi: true });
  graph.addNode('a', { x: 0, y: 0 });
  graph.addNode('b', { x: 1, y: 0 });
  graph.addNode('c', { x: 1, y: 2 });
  graph.addUndirectedEdgeWithKey('ab', 'a', 'b');
  graph.addUndirectedEdgeWithKey('bc', 'b', 'c');
  graph.addDirectedEdgeWithKey('ca', 'c', 'a');
  const styles = new Map<string, LayerEdgeStyle>([
    ['ab', { color: '#ff0000', hidden: false, zIndex: 0 }],
    ['bc', { color: '#00ff00', hidden: false, zIndex: 0 }],
    ['ca', { color: '#0000ff80', hidden: false, zIndex: 0 }],
  ]);
  const drawer = new RecordingDrawer();
  const tasks = new TaskQueue();
  const asked: string[] = [];
  const layer = createEdgeLayer({
    graph,
    drawer,
    styleOf: (id) => {
      asked.push(id);
      return styles.get(id)!;
    },
    defer: tasks.push,
    slice,
  });
  return { graph, styles, drawer, tasks, layer, asked };
}

const RED = [255, 0, 0, 255];
const GREEN = [0, 255, 0, 255];
const BLUE = [0, 0, 255, 128];

describe('edge layer', () => {
  it('writes every relation in slices of tasks and draws them once complete', () => {
    const { drawer, tasks, layer } = setup();
    layer.show('all');
    // nothing in the task that asks
    expect(tasks.size).toBe(1);
    expect(layer.busy).toBe(true);
    tasks.runNext(); // ab, bc
    expect(drawer.draws).toBe(0);
    tasks.runNext(); // ca
    expect(tasks.size).toBe(0);
    expect(layer.busy).toBe(false);
    expect(drawer.draws).toBe(1);
    expect(drawer.main).toEqual([
      { from: [0, 0], to: [1, 0], rgba: RED },
      { from: [1, 0], to: [1, 2], rgba: GREEN },
      { from: [1, 2], to: [0, 0], rgba: BLUE },
    ]);
    expect(drawer.top).toEqual([]);
  });

  it('leaves out hidden relations, draws raised ones again on top, and draws only a list when given one', () => {
    const { styles, drawer, tasks, layer } = setup(10);
    styles.set('ab', { color: '#ff0000', hidden: true, zIndex: 0 });
    styles.set('ca', { color: '#123', hidden: false, zIndex: 2 });
    layer.show('all');
    tasks.drain();
    expect(drawer.main.map((e) => e.rgba)).toEqual([GREEN, [0x11, 0x22, 0x33, 255]]);
    expect(drawer.top).toEqual([{ from: [1, 2], to: [0, 0], rgba: [0x11, 0x22, 0x33, 255] }]);
    // a list: those of it in the graph, in its order
    layer.show(['ca', 'gone', 'bc']);
    tasks.drain();
    expect(drawer.main.map((e) => e.from)).toEqual([
      [1, 2],
      [1, 0],
    ]);
  });

  it('keeps the old picture while a new one is written; a newer request replaces an unfinished one', () => {
    const { styles, drawer, tasks, layer } = setup(1);
    layer.show('all');
    tasks.drain();
    expect(drawer.draws).toBe(1);
    styles.set('ab', { color: '#000000', hidden: false, zIndex: 0 });
    layer.show('all');
    tasks.runNext();
    tasks.runNext();
    expect(drawer.draws).toBe(1);
    expect(drawer.main[0]!.rgba).toEqual(RED);
    layer.show(['bc']);
    tasks.drain();
    expect(drawer.draws).toBe(2);
    expect(drawer.main.map((e) => e.rgba)).toEqual([GREEN]);
  });

  it('applies restyles and moves that come during a build when it completes, without restarting it', () => {
    const { graph, styles, drawer, tasks, layer } = setup(1);
    layer.show('all');
    tasks.runNext(); // ab written
    styles.set('ab', { color: '#000000', hidden: false, zIndex: 2 });
    layer.restyle(['ab']);
    graph.mergeNodeAttributes('a', { x: 7 });
    layer.restyle(['ab']); // a hover that keeps coming
    expect(tasks.size).toBe(1); // the same build goes on
    tasks.drain();
    expect(tasks.ran).toBe(4); // three slices of one relation and the end: never restarted
    expect(drawer.draws).toBe(1);
    expect(drawer.main[0]).toEqual({ from: [7, 0], to: [1, 0], rgba: [0, 0, 0, 255] });
    expect(drawer.main[2]!.to).toEqual([7, 0]);
    expect(drawer.top).toHaveLength(1);
  });

  it('restyles relations in place at once; one shown again without a slot is written anew', () => {
    const { styles, drawer, tasks, layer, asked } = setup(10);
    styles.set('bc', { color: '#00ff00', hidden: true, zIndex: 0 });
    layer.show('all');
    tasks.drain();
    expect(drawer.main).toHaveLength(2);
    asked.length = 0;
    // ab raised (a selection), ca hidden (a filter): only they are styled again
    styles.set('ab', { color: '#000000', hidden: false, zIndex: 2 });
    styles.set('ca', { color: '#0000ff', hidden: true, zIndex: 0 });
    layer.restyle(['ab', 'ca']);
    expect(asked).toEqual(['ab', 'ca']);
    expect(tasks.size).toBe(0);
    expect(drawer.main.map((e) => e.rgba)).toEqual([
      [0, 0, 0, 255],
      [0, 0, 0, 0],
    ]);
    expect(drawer.top.map((e) => e.rgba)).toEqual([[0, 0, 0, 255]]);
    // lowered again (a reported relation's 1): off the top
    styles.set('ab', { color: '#ff0000', hidden: false, zIndex: 1 });
    layer.restyle(['ab']);
    expect(drawer.top).toEqual([]);
    // bc had no slot (hidden when written): shown again, everything is written anew
    styles.set('bc', { color: '#00ff00', hidden: false, zIndex: 0 });
    layer.restyle(['bc']);
    expect(tasks.size).toBe(1);
    tasks.drain();
    expect(drawer.main.map((e) => e.rgba)).toEqual([RED, GREEN]);
  });

  it('follows moves: a dragged actor’s relations at once, a bulk move and new relations in slices', () => {
    const { graph, drawer, tasks, layer } = setup(10);
    layer.show('all');
    tasks.drain();
    const draws = drawer.draws;
    graph.mergeNodeAttributes('b', { x: 5, y: 6 });
    expect(drawer.draws).toBe(draws + 1);
    expect(drawer.main.map((e) => [e.from, e.to])).toEqual([
      [
        [0, 0],
        [5, 6],
      ],
      [
        [5, 6],
        [1, 2],
      ],
      [
        [1, 2],
        [0, 0],
      ],
    ]);
    // a new layout's positions: written anew
    graph.updateEachNodeAttributes((_id, a) => ({ ...a, x: 9 }), { attributes: ['x'] });
    expect(tasks.size).toBe(1);
    tasks.drain();
    expect(drawer.main.every((e) => e.from[0] === 9 && e.to[0] === 9)).toBe(true);
    // another attribute in bulk: nothing to do
    graph.updateEachNodeAttributes((_id, a) => ({ ...a, label: 'x' }), { attributes: ['label'] });
    expect(tasks.size).toBe(0);
    graph.dropEdge('bc');
    tasks.drain();
    expect(drawer.main).toHaveLength(2);
  });

  it('hides (clears, stops a build, ignores moves) and is killed once: no drawing, no listening', () => {
    const { graph, drawer, tasks, layer } = setup(1);
    layer.show('all');
    tasks.runNext();
    layer.hide();
    expect(layer.busy).toBe(false);
    expect(drawer.clears).toBe(1);
    tasks.drain();
    expect(drawer.draws).toBe(0);
    graph.mergeNodeAttributes('a', { x: 3 });
    layer.restyle(['ab']);
    expect(tasks.size).toBe(0);
    expect(drawer.draws).toBe(0);
    layer.show('all');
    layer.kill();
    layer.kill();
    tasks.drain();
    graph.mergeNodeAttributes('a', { x: 4 });
    graph.dropEdge('ab');
    layer.show('all');
    expect(tasks.size).toBe(0);
    expect([drawer.draws, drawer.kills]).toEqual([0, 1]);
  });

  it('slices by time by default: a slice ends once 12 ms have passed (the clock read every 256)', () => {
    const graph = new Graph({ multi: true });
    for (let i = 0; i < 1000; i++) graph.addNode(`n${i}`, { x: i, y: 0 });
    for (let i = 0; i < 999; i++) graph.addEdge(`n${i}`, `n${i + 1}`);
    let clock = 0;
    const tasks = new TaskQueue();
    const drawer = new RecordingDrawer();
    const layer = createEdgeLayer({
      graph,
      drawer,
      styleOf: () => {
        clock += 0.02; // 256 relations take 5.12 ms: a slice ends after 768 of them
        return { color: '#000', hidden: false, zIndex: 0 };
      },
      defer: tasks.push,
      now: () => clock,
    });
    layer.show('all');
    tasks.runNext();
    expect(drawer.draws).toBe(0);
    expect(tasks.size).toBe(1);
    expect(clock).toBeCloseTo(768 * 0.02);
    tasks.drain();
    expect(drawer.main).toHaveLength(999);
  });

  it('reads CSS colours as RGBA bytes', () => {
    const bytes = (c: string) => {
      const v = colorBytes(c);
      return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
    };
    expect(bytes('#abc')).toEqual([0xaa, 0xbb, 0xcc, 255]);
    expect(bytes('#0a0b0c')).toEqual([10, 11, 12, 255]);
    expect(bytes('#0a0b0c80')).toEqual([10, 11, 12, 128]);
    expect(bytes('rgb(1, 2, 3)')).toEqual([1, 2, 3, 255]);
    expect(bytes('rgba(1,2,3,0.5)')).toEqual([1, 2, 3, 128]);
    expect(bytes('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 128]);
    expect(bytes('no colour')).toEqual([153, 153, 153, 255]);
  });
});
