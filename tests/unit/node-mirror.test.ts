// The nodes-only mirror a large graph is drawn from while its edges are hidden
// (src/render/node-mirror.ts): the same node keys and positions as the source, no edges, bulk
// position updates copied in place and reported once, following additions, drops and clears
// until kill().
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { createNodeMirror } from '../../src/render/node-mirror';

function source() {
  const g = new Graph({ multi: true });
  g.addNode('a', { x: 1, y: 2, label: 'A', kind: 'state' });
  g.addNode('b', { x: -1, y: 0.5, label: 'B' });
  g.addNode('c', { label: 'no position yet' });
  g.addEdge('a', 'b', { relation: 'alliance' });
  g.addEdge('a', 'b', { relation: 'trade' });
  return g;
}

describe('createNodeMirror', () => {
  it('copies the nodes and their positions only', () => {
    const g = source();
    const { graph } = createNodeMirror(g);
    expect(graph.nodes()).toEqual(['a', 'b', 'c']);
    expect(graph.size).toBe(0);
    expect(graph.getNodeAttributes('a')).toEqual({ x: 1, y: 2 });
    expect(graph.getNodeAttributes('c')).toEqual({ x: 0, y: 0 });
  });

  it('copies a bulk position update in place without graph events, reports it once, ignores other bulk updates', () => {
    const g = source();
    let moves = 0;
    const { graph } = createNodeMirror(g, { onMoved: () => moves++ });
    const events: unknown[] = [];
    graph.on('eachNodeAttributesUpdated', (e) => events.push(e));
    graph.on('nodeAttributesUpdated', (e) => events.push(e));
    const a = graph.getNodeAttributes('a');
    g.updateEachNodeAttributes((_id, attrs) => ({ ...attrs, x: (attrs.x ?? 0) * 10, y: 3 }), {
      attributes: ['x', 'y'],
    });
    expect(events).toEqual([]);
    expect(moves).toBe(1);
    expect(graph.getNodeAttributes('a')).toBe(a); // the same object, written in place
    expect(graph.getNodeAttributes('a')).toEqual({ x: 10, y: 3 });
    expect(graph.getNodeAttributes('b')).toEqual({ x: -10, y: 3 });
    g.updateEachNodeAttributes((_id, attrs) => ({ ...attrs, label: 'x' }), {
      attributes: ['label'],
    });
    expect(moves).toBe(1);
    // an update without hints may have moved anything
    g.updateEachNodeAttributes((_id, attrs) => ({ ...attrs, x: 5 }));
    expect(moves).toBe(2);
    expect(graph.getNodeAttributes('c')).toEqual({ x: 5, y: 3 });
    // after nodes came and went, the copy still pairs each node with its own position
    g.dropNode('a');
    g.addNode('z', { x: 0, y: 0 });
    g.updateEachNodeAttributes((id, attrs) => ({ ...attrs, x: id.charCodeAt(0), y: 1 }), {
      attributes: ['x', 'y'],
    });
    expect(graph.nodes().map((id) => [id, graph.getNodeAttribute(id, 'x')])).toEqual([
      ['b', 98],
      ['c', 99],
      ['z', 122],
    ]);
  });

  it('follows one node moved (a drag), and stays silent when its position did not change', () => {
    const g = source();
    const { graph } = createNodeMirror(g);
    const moved: string[] = [];
    graph.on('nodeAttributesUpdated', (e) => moved.push(e.key));
    g.mergeNodeAttributes('b', { x: 7, y: 8, fixed: true });
    g.setNodeAttribute('a', 'label', 'renamed');
    g.replaceNodeAttributes('c', { label: 'C', x: 4, y: 4 });
    expect(moved).toEqual(['b', 'c']);
    expect(graph.getNodeAttributes('b')).toEqual({ x: 7, y: 8 });
    expect(graph.getNodeAttributes('c')).toEqual({ x: 4, y: 4 });
  });

  it('made empty, is filled in tasks (moves meanwhile reach the actors it has), then says so', () => {
    const g = new Graph();
    for (let i = 0; i < 300; i++) g.addNode(`n${i}`, { x: i, y: 0 });
    let moves = 0;
    const mirror = createNodeMirror(g, { empty: true, onMoved: () => moves++ });
    expect(mirror.graph.order).toBe(0);
    const tasks: (() => void)[] = [];
    let filled = false;
    const slices: number[] = [];
    // a slice of 0 ms: one clock check (every 128 actors) per task
    mirror.fill(
      (fn) => tasks.push(fn),
      () => (filled = true),
      { sliceMs: 0, onSlice: (count) => slices.push(count) },
    );
    expect(mirror.graph.order).toBe(0); // not in the task that asks
    tasks.shift()!();
    expect(mirror.graph.order).toBe(128);
    expect(slices).toEqual([128]);
    // (the actors it has are the source's first ones, in order: copied without a lookup by id)
    const lookups = { n: 0 };
    const byId = mirror.graph.getNodeAttributes.bind(mirror.graph);
    mirror.graph.getNodeAttributes = ((id: string) => (lookups.n++, byId(id))) as never;
    g.updateEachNodeAttributes((_id, a) => ({ ...a, y: 5 }), { attributes: ['y'] });
    expect([moves, lookups.n]).toEqual([1, 0]);
    expect(byId('n3')).toEqual({ x: 3, y: 5 });
    expect(byId('n127')).toEqual({ x: 127, y: 5 });
    expect(mirror.graph.hasNode('n128')).toBe(false);
    g.dropNode('n200');
    // an actor went otherwise than by the fill: by id then, still right
    g.updateEachNodeAttributes((_id, a) => ({ ...a, x: -(a.x as number) }), { attributes: ['x'] });
    expect([moves, lookups.n > 0]).toEqual([2, true]);
    expect(byId('n127')).toEqual({ x: -127, y: 5 });
    g.updateEachNodeAttributes((_id, a) => ({ ...a, x: -(a.x as number) }), { attributes: ['x'] });
    while (tasks.length > 0) tasks.shift()!();
    expect(filled).toBe(true);
    expect(mirror.graph.order).toBe(299);
    // after each slice but the last (which calls `then`)
    expect(slices).toEqual([128, 255]); // (n200 dropped meanwhile)
    expect(mirror.graph.getNodeAttributes('n250')).toEqual({ x: 250, y: 5 });
    // filled: the fast path again
    g.updateEachNodeAttributes((_id, a) => ({ ...a, y: 6 }), { attributes: ['y'] });
    expect(mirror.graph.getNodeAttributes('n299')).toEqual({ x: 299, y: 6 });
    mirror.kill();
  });

  it('follows nodes added, dropped and a clear; kill stops following and is idempotent', () => {
    const g = source();
    const mirror = createNodeMirror(g);
    g.addNode('d', { x: 9, y: 9 });
    g.dropNode('a');
    expect(mirror.graph.nodes()).toEqual(['b', 'c', 'd']);
    expect(mirror.graph.getNodeAttributes('d')).toEqual({ x: 9, y: 9 });
    g.clear();
    expect(mirror.graph.order).toBe(0);
    g.addNode('e', { x: 1, y: 1 });
    mirror.kill();
    mirror.kill();
    g.addNode('f', { x: 1, y: 1 });
    g.mergeNodeAttributes('e', { x: 2 });
    expect(mirror.graph.nodes()).toEqual(['e']);
    expect(mirror.graph.getNodeAttributes('e')).toEqual({ x: 1, y: 1 });
  });
});
