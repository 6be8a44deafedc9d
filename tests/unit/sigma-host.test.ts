// The sigma host (src/render/sigma-host.ts) with a fake renderer in place of Sigma (which needs
// WebGL): the reducers it hands the renderer (styles from style.ts, cached per view; large graphs:
// sigma draws the nodes, the edge layer the relations after the layout), partial refreshes for a view
// change, pointer events and dragging, camera framing with exact numbers, kill().
import { describe, expect, it, vi } from 'vitest';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph-types';
import {
  createSigmaHost,
  isLargeGraph,
  largeNodeScale,
  type SigmaHostOptions,
} from '../../src/render/sigma-host';
import { styleEdge, styleNode, type StyleView } from '../../src/render/style';
import { TestGraph } from './helpers/analysis-graph';
import { TaskQueue } from './helpers/task-queue';
import { RecordingDrawer, RecordingPointDrawer } from './helpers/recording-drawer';
import { colorBytes } from '../../src/render/edge-layer';

// sigma's modules read WebGL constants when loaded: the programs are only handed to the renderer,
// which is the fake here
vi.mock('sigma', () => ({ default: class {} }));
vi.mock('sigma/rendering', () => ({
  EdgeArrowProgram: 'arrow',
  EdgeRectangleProgram: 'line',
  EdgeLineProgram: 'glLine',
  NodePointProgram: 'glPoint',
  NodeCircleProgram: 'glCircle',
}));
vi.mock('@sigma/edge-curve', () => ({ default: 'curve', EdgeCurvedArrowProgram: 'curvedArrow' }));

const VIEW: StyleView = {
  language: 'en',
  hiddenNodes: new Set(),
  hiddenEdges: new Set(),
  highlight: null,
  selectedNode: null,
  selectedEdge: null,
  sizes: new Map(),
  edgeColorMode: 'relation',
  curvatures: new Map(),
};

type Cam = { x: number; y: number; ratio: number; angle: number };
type Handler = (payload: never) => void;
const PX_PER_UNIT = 1000;
const SIZE = { width: 800, height: 600 };

/** What the host uses of Sigma: settings kept, events emitted by the test, a linear camera. */
/** The graph view's element, as sigma reads its size. */
const CONTAINER = { offsetWidth: 800, offsetHeight: 600 };

class FakeRenderer {
  readonly handlers = new Map<string, Handler>();
  readonly refreshes: unknown[] = [];
  readonly animations: Partial<Cam>[] = [];
  readonly cameraListeners = new Set<() => void>();
  state: Cam = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  customBBox: unknown = null;
  killed = 0;
  /** Canvases asked for by our own WebGL layers (edge-layer-gl, node-layer-gl). */
  canvasesMade = 0;
  /** The graphs sigma was given, in order (the first by the constructor). */
  readonly graphs: unknown[] = [];
  /** The container's size as the constructor saw it (sigma sizes its canvases to it). */
  readonly sizeAtConstruction: [number, number];
  /** Calls of resize() (sigma: its canvases sized to the container again). */
  resizes = 0;
  constructor(
    public graph: AlignmapGraph,
    readonly settings: Partial<Settings<NodeAttributes, EdgeAttributes>>,
    readonly container: { offsetWidth: number; offsetHeight: number } = CONTAINER,
  ) {
    this.graphs.push(graph);
    this.sizeAtConstruction = [container.offsetWidth, container.offsetHeight];
  }
  resize() {
    this.resizes++;
  }
  getGraph() {
    return this.graph;
  }
  /** Like sigma: a new graph, then a full refresh. */
  setGraph(graph: AlignmapGraph) {
    this.graph = graph;
    this.graphs.push(graph);
    this.refresh();
  }
  on(event: string, fn: Handler) {
    this.handlers.set(event, fn);
  }
  emit(event: string, payload: unknown = {}) {
    this.handlers.get(event)!(payload as never);
  }
  refresh(options?: { partialGraph?: unknown; skipIndexation?: boolean }) {
    this.refreshes.push(options ?? 'full');
    // like sigma: a full refresh or one that moves nodes makes its next frame process them all
    if (!options?.partialGraph || !options.skipIndexation) this.needToProcess = true;
  }
  /** sigma's private processing of every node (normalised positions, label grid, buffers). */
  needToProcess = false;
  processes = 0;
  process() {
    this.processes++;
  }
  renders = 0;
  scheduleRender() {
    this.renders++;
  }
  kill() {
    this.killed++;
  }
  node(id: string) {
    return this.settings.nodeReducer!(id, { ...this.graph.getNodeAttributes(id) } as never);
  }
  edge(id: string) {
    return this.settings.edgeReducer!(id, { ...this.graph.getEdgeAttributes(id) } as never);
  }
  getNodeDisplayData(id: string) {
    return this.graph.hasNode(id) ? this.node(id) : undefined;
  }
  /** sigma's layers: the labels' context, and styles (the host hides the actors' layers). */
  readonly canvases = {
    labels: { getContext: () => ({}), style: { visibility: '' } },
    nodes: { style: { visibility: '' } },
    hovers: { style: { visibility: '' } },
    hoverNodes: { style: { visibility: '' } },
    edges: { style: { visibility: '' } },
  };
  getCanvases() {
    return this.canvases;
  }
  createCanvas(): never {
    this.canvasesMade++;
    throw new Error('fake renderer: no canvases for WebGL layers');
  }
  getDimensions() {
    return SIZE;
  }
  getBBox() {
    return { x: [0, 2], y: [0, 1] };
  }
  getCustomBBox() {
    return this.customBBox;
  }
  setCustomBBox(box: unknown) {
    this.customBBox = box;
  }
  framedGraphToViewport(p: { x: number; y: number }, o?: { cameraState?: Cam }) {
    const c = o?.cameraState ?? this.state;
    return {
      x: SIZE.width / 2 + ((p.x - c.x) * PX_PER_UNIT) / c.ratio,
      y: SIZE.height / 2 - ((p.y - c.y) * PX_PER_UNIT) / c.ratio,
    };
  }
  viewportToFramedGraph(p: { x: number; y: number }, o?: { cameraState?: Cam }) {
    const c = o?.cameraState ?? this.state;
    return {
      x: c.x + ((p.x - SIZE.width / 2) * c.ratio) / PX_PER_UNIT,
      y: c.y - ((p.y - SIZE.height / 2) * c.ratio) / PX_PER_UNIT,
    };
  }
  viewportToGraph(p: { x: number; y: number }) {
    return this.viewportToFramedGraph(p);
  }
  getCamera() {
    return {
      getState: () => this.state,
      setState: (s: Partial<Cam>) => {
        this.state = { ...this.state, ...s };
        for (const fn of this.cameraListeners) fn();
      },
      animate: async (s: Partial<Cam>) => {
        this.animations.push(s);
        this.state = { ...this.state, ...s };
      },
      on: (_e: string, fn: () => void) => this.cameraListeners.add(fn),
      removeListener: (_e: string, fn: () => void) => this.cameraListeners.delete(fn),
    };
  }
}

function host(graph: AlignmapGraph, options: Partial<SigmaHostOptions> = {}, view = VIEW) {
  let fake!: FakeRenderer;
  let current = view;
  const pointDrawer = new RecordingPointDrawer();
  const container = { ...CONTAINER };
  const h = createSigmaHost(container as unknown as HTMLElement, graph, {
    getView: () => current,
    createEdgeDrawer: () => new RecordingDrawer(),
    createPointDrawer: () => pointDrawer,
    ...options,
    createRenderer: (g, element, settings) => {
      fake = new FakeRenderer(g as AlignmapGraph, settings, element);
      return fake as unknown as Sigma<NodeAttributes, EdgeAttributes>;
    },
  });
  return {
    h,
    fake,
    pointDrawer,
    show(next: StyleView) {
      current = next;
      h.applyView(next);
    },
  };
}

/** a (0, 0) — b (0.2, 0.1) alliance, b → c (1, 1) sanction. */
function small(): AlignmapGraph {
  const g = new TestGraph().rel('ab', 'alliance', 'a', 'b').rel('bc', 'sanction', 'b', 'c').graph;
  const at = { a: [0, 0], b: [0.2, 0.1], c: [1, 1] } as const;
  for (const [id, [x, y]] of Object.entries(at)) g.mergeNodeAttributes(id, { x, y, size: 1 });
  return g;
}

function large(order = 1000): AlignmapGraph {
  const g = createEmptyGraph();
  for (let i = 0; i < order; i++)
    g.addNode(`n${i}`, {
      label: `n${i}`,
      labelJa: `n${i}`,
      kind: 'state',
      aliases: [],
      x: i,
      y: 0,
    });
  g.addUndirectedEdgeWithKey('e', 'n0', 'n1', {
    relation: 'alliance',
    status: 'active',
    certainty: 'confirmed',
    evidence: [{ source: 's', quote: 'q' }],
  });
  return g;
}

describe('createSigmaHost: reducers', () => {
  it('a node’s display data is its style and position only: no copy of the app’s attributes', () => {
    const g = small();
    const { fake } = host(g);
    const data = fake.node('b') as unknown as Record<string, unknown>;
    const style = styleNode('b', g.getNodeAttributes('b'), VIEW);
    expect(data).toEqual({ ...style, x: 0.2, y: 0.1 });
    expect(Object.keys(data).sort()).toEqual([...Object.keys(style), 'x', 'y'].sort());
    expect(data).not.toHaveProperty('labelJa');
  });

  it('styles nodes and edges through style.ts: a node its style and position, an edge its shared style', () => {
    const g = small();
    const { fake, h } = host(g);
    expect(fake.settings.enableEdgeEvents).toBe(true);
    expect(h.large).toBe(false);
    expect(h.nodeScale).toBe(1);
    const a = g.getNodeAttributes('a');
    expect(fake.node('a')).toEqual({ ...styleNode('a', a, VIEW), x: a.x, y: a.y });
    const bc = g.getEdgeAttributes('bc');
    // an edge's display data is its style alone (sigma keeps it for every edge: no attribute copy)
    expect(fake.edge('bc')).toEqual(styleEdge('bc', bc, VIEW));
    expect(h.displayedLabel('a')).toBe(styleNode('a', a, VIEW).label);
    expect(h.displayedLabel('nobody')).toBeNull();
    expect(h.drawnLabels()).toEqual([]); // no frame drawn yet: no label placed
  });

  it('redraws without restyling or re-indexing (a label font arrived), nothing once killed', () => {
    const { fake, h } = host(small());
    const refreshes = fake.refreshes.length;
    h.redraw();
    expect(fake.renders).toBe(1);
    expect(fake.refreshes).toHaveLength(refreshes);
    h.kill();
    h.redraw();
    expect(fake.renders).toBe(1);
  });

  it('gives relations that look alike one shared style object, and different looks their own', () => {
    const g = new TestGraph()
      .rel('ab', 'alliance', 'a', 'b')
      .rel('cd', 'alliance', 'c', 'd')
      .rel('bc', 'sanction', 'b', 'c').graph;
    for (const id of g.nodes()) g.mergeNodeAttributes(id, { x: 0, y: 0, size: 1 });
    const { fake, show } = host(g);
    expect(fake.edge('ab')).toBe(fake.edge('cd'));
    expect(fake.edge('bc')).not.toBe(fake.edge('ab'));
    // a selected relation looks different: its own object; the other keeps the shared one
    show({ ...VIEW, selectedEdge: 'ab' });
    expect(fake.edge('ab')).not.toBe(fake.edge('cd'));
    expect(fake.edge('ab')).toEqual(
      styleEdge('ab', g.getEdgeAttributes('ab'), { ...VIEW, selectedEdge: 'ab' }),
    );
    expect(fake.edge('cd')).toEqual(styleEdge('cd', g.getEdgeAttributes('cd'), VIEW));
  });

  it('restyles only what a view change touches, from the cache otherwise', () => {
    const g = small();
    const { fake, show } = host(g);
    const before = fake.node('c');
    const next = { ...VIEW, selectedNode: 'a', hiddenEdges: new Set(['bc']) };
    show(next);
    expect(fake.refreshes.at(-1)).toEqual({
      partialGraph: { nodes: ['a'], edges: ['bc'] },
      skipIndexation: false,
    });
    expect(fake.node('a')).toMatchObject(styleNode('a', g.getNodeAttributes('a'), next));
    expect(fake.edge('bc').hidden).toBe(true);
    // c was not touched: its cached style, even though the view object is new
    expect(fake.node('c')).toEqual(before);
    const count = fake.refreshes.length;
    show({ ...next }); // the same content: nothing to do
    expect(fake.refreshes).toHaveLength(count);
    show({ ...next, language: 'ja' }); // everything restyles
    expect(fake.refreshes.at(-1)).toBe('full');
    expect(fake.node('c').label).toBe(
      styleNode('c', g.getNodeAttributes('c'), { ...next, language: 'ja' }).label,
    );
  });

  it('draws a large graph’s nodes smaller through sigma and its relations through the edge layer, after the layout', () => {
    const g = large();
    expect(isLargeGraph(g)).toBe(true);
    expect(largeNodeScale(1000)).toBe(0.5);
    expect(largeNodeScale(10)).toBe(1);
    expect(largeNodeScale(100_000)).toBe(0.25);
    const drawer = new RecordingDrawer();
    const tasks = new TaskQueue();
    const clicks: string[] = [];
    const { fake, h, show, pointDrawer } = host(g, {
      createEdgeDrawer: () => drawer,
      defer: tasks.push,
      onClickNode: (id) => clicks.push(id),
      onHoverNode: (id) => clicks.push(`hover ${id}`),
    });
    expect(fake.settings.enableEdgeEvents).toBe(false);
    expect(h.nodeScale).toBe(0.5);
    // discs as GL points; a small graph keeps sigma's default disc program
    expect(fake.settings.nodeProgramClasses).toEqual({ circle: 'glPoint' });
    // (said even so: a renderer kept from a large graph would have the points)
    expect(host(small()).fake.settings.nodeProgramClasses).toEqual({ circle: 'glCircle' });
    // sigma gets a graph of the nodes alone (it would index and process every relation in one
    // task), styled from the app's graph
    const mirror = fake.graph;
    expect(mirror).not.toBe(g);
    expect([mirror.order, mirror.size]).toEqual([1000, 0]);
    const half = styleNode('n0', g.getNodeAttributes('n0'), VIEW).size * 0.5;
    expect(fake.node('n0')).toEqual({
      x: 0,
      y: 0,
      ...styleNode('n0', g.getNodeAttributes('n0'), VIEW),
      size: expect.closeTo(half, 3),
    });
    // actors of equal size get sizes of their own (within 1e-4 of it), earlier ones larger:
    // sigma's label grid sorts them by size without comparing ids
    const sizes = ['n1', 'n2', 'n3'].map((id) => fake.node(id).size as number);
    expect(
      new Set(['n1', 'n2', 'n3'].map((id) => styleNode(id, g.getNodeAttributes(id), VIEW).size))
        .size,
    ).toBe(1);
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    expect(sizes[1]).toBeGreaterThan(sizes[2]!);
    for (const size of sizes) expect(Math.abs(size! / half - 1)).toBeLessThan(1e-4);
    // the layout runs at start: no relation drawn; the actors drawn as points, sigma's picture of
    // them hidden; its node events (stale positions) ignored
    tasks.drain();
    expect(drawer.draws).toBe(0);
    expect(fake.canvases.nodes.style.visibility).toBe('hidden');
    expect(fake.canvases.labels.style.visibility).toBe('hidden');
    expect(fake.canvases.edges.style.visibility).toBe('');
    expect(pointDrawer.points).toHaveLength(1000);
    expect(pointDrawer.points[3]).toEqual({
      at: [3, 0],
      rgba: [
        ...(() => {
          const v = colorBytes(styleNode('n3', g.getNodeAttributes('n3'), VIEW).color);
          return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
        })(),
      ],
      size: styleNode('n3', g.getNodeAttributes('n3'), VIEW).size * 0.5,
    });
    fake.emit('clickNode', { node: 'n3' });
    fake.emit('enterNode', { node: 'n3' });
    expect(clicks).toEqual([]);
    // a layout frame: the mirror's positions in place, the points drawn again, sigma untouched
    const refreshes = fake.refreshes.length;
    const pointDraws = pointDrawer.draws;
    g.updateEachNodeAttributes((_id, a) => ({ ...a, x: (a.x ?? 0) + 1, y: 2 }), {
      attributes: ['x', 'y'],
    });
    expect(mirror.getNodeAttributes('n7')).toEqual({ x: 8, y: 2 });
    expect(fake.refreshes).toHaveLength(refreshes);
    expect([pointDrawer.draws, pointDrawer.restyles]).toEqual([pointDraws + 1, 1]);
    expect(pointDrawer.points[7]!.at).toEqual([8, 2]);
    expect(pointDrawer.extent).toEqual({ minX: 1, maxX: 1000, minY: 2, maxY: 2 });
    // a view change restyles the points; sigma's frames are held (its picture is hidden): the
    // actors it touches are refreshed in sigma at the stop
    const selected = { ...VIEW, selectedNode: 'n1' };
    show(selected);
    expect(fake.refreshes).toHaveLength(refreshes);
    expect(pointDrawer.restyles).toBe(2); // the selection restyled the points
    const renders = fake.renders;
    fake.scheduleRender(); // (sigma's own frames: after a camera move, a node added)
    h.refresh();
    expect([fake.renders, fake.refreshes.length]).toEqual([renders, refreshes]);
    // stopped: nothing of sigma's in the stop's task (it copied the final positions), the picture
    // not complete yet
    h.setLayoutRunning(false);
    expect([fake.refreshes.length, fake.processes, h.drawing]).toEqual([refreshes, 0, true]);
    // the next task: sigma processes every actor (those restyled meanwhile updated first), its
    // frame still held, the points still drawing
    tasks.runNext();
    expect(fake.refreshes.slice(refreshes)).toEqual([
      { partialGraph: { nodes: ['n1'], edges: [] }, skipIndexation: false, schedule: true },
    ]);
    expect([fake.processes, fake.needToProcess, fake.renders]).toEqual([1, false, renders]);
    expect([fake.canvases.nodes.style.visibility, pointDrawer.clears]).toEqual(['hidden', 0]);
    // the task after: its frame only (no second processing), its picture shown again, the points
    // cleared; the relations follow in the next tasks
    tasks.runNext();
    expect(fake.refreshes.slice(refreshes + 1)).toEqual([
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: true },
    ]);
    expect([fake.processes, fake.needToProcess, h.drawing]).toEqual([1, false, true]);
    fake.scheduleRender();
    expect(fake.renders).toBe(renders + 1); // its frames again
    expect(fake.canvases.nodes.style.visibility).toBe('');
    expect(pointDrawer.clears).toBe(1);
    expect(drawer.draws).toBe(0);
    fake.emit('clickNode', { node: 'n3' });
    expect(clicks).toEqual(['n3']);
    // after the stop, a move is sigma's to draw (it re-reads the positions in its next frame)
    g.updateEachNodeAttributes((_id, a) => ({ ...a }), { attributes: ['x', 'y'] });
    expect(fake.refreshes.at(-1)).toEqual({
      partialGraph: { nodes: [], edges: [] },
      skipIndexation: false,
      schedule: true,
    });
    tasks.drain();
    const color = (view: StyleView) => {
      const v = colorBytes(styleEdge('e', g.getEdgeAttributes('e'), view).color);
      return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
    };
    expect(drawer.main).toEqual([{ from: [1, 2], to: [2, 2], rgba: color(selected) }]);
    // restyled in place by a view change
    show(VIEW);
    expect(tasks.size).toBe(0);
    expect(drawer.main[0]!.rgba).toEqual(color(VIEW));
    // a reported relation out of any focus is drawn once (not again on top)
    expect(drawer.top).toEqual([]);
    // a full change (the language) writes them anew
    show({ ...VIEW, language: 'ja' });
    expect(fake.refreshes.at(-1)).toBe('full');
    tasks.drain();
    expect(drawer.main).toHaveLength(1);
    // stopped again: nothing new; running again: cleared, once
    const draws = drawer.draws;
    h.setLayoutRunning(false);
    tasks.drain();
    expect(drawer.draws).toBe(draws);
    h.setLayoutRunning(true);
    h.setLayoutRunning(true);
    expect(drawer.clears).toBe(1);
    expect(fake.graphs).toEqual([mirror]);
    expect(fake.canvases.nodes.style.visibility).toBe('hidden');
    expect(pointDrawer.points).toHaveLength(1000);
    // a small graph keeps its relations in sigma while the layout runs
    const s = host(small());
    s.h.setLayoutRunning(true);
    expect(s.fake.refreshes).toHaveLength(0);
    expect(s.fake.graphs).toHaveLength(1);
    expect(s.fake.edge('ab').hidden).toBe(false);
    // and draws the final positions at once when it stops (a framing reads them next)
    s.h.setLayoutRunning(false);
    expect(s.fake.refreshes).toEqual([
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: false },
    ]);
    // a large graph whose layout does not start at once draws its relations
    const shown = new RecordingDrawer();
    host(large(), { layoutRunsAtStart: false, createEdgeDrawer: () => shown, defer: tasks.push });
    tasks.drain();
    expect(shown.main).toHaveLength(1);
    // kill: the mirror and the layer stop following
    h.kill();
    h.kill();
    expect(drawer.kills).toBe(1);
    expect(pointDrawer.kills).toBe(1);
    g.mergeNodeAttributes('n7', { x: 100 });
    expect(mirror.getNodeAttributes('n7').x).toBe(8);
  });
});

describe('createSigmaHost: a large graph indexed in the task after sigma is constructed', () => {
  it('constructs sigma on an empty graph, then gives it the nodes (and the layer the relations)', () => {
    const g = large();
    const later: (() => void)[] = [];
    const tasks = new TaskQueue();
    const drawer = new RecordingDrawer();
    const options = { createEdgeDrawer: () => drawer, defer: tasks.push };
    const { fake, h, show, pointDrawer } = host(g, {
      ...options,
      indexLater: (fn) => later.push(fn),
    });
    expect([fake.graph.order, fake.graph.size]).toEqual([0, 0]);
    // before: no refresh, no redraw; a view change only forgets the styles
    show({ ...VIEW, selectedNode: 'n1' });
    h.refresh();
    h.redraw();
    expect(fake.refreshes).toEqual([]);
    expect(fake.renders).toBe(0);
    expect(pointDrawer.draws).toBe(0);
    // the layout runs: the actors' styles in tasks of their own, then the points, then (in the next
    // task) sigma's indexing
    later.shift()!();
    expect(pointDrawer.draws).toBe(0);
    tasks.runUntil(() => pointDrawer.draws > 0);
    expect(pointDrawer.points).toHaveLength(1000);
    expect([fake.graph.order, fake.graph.size]).toEqual([0, 0]);
    // a layout frame before sigma has the actors: the points only
    g.updateEachNodeAttributes((_id, a) => ({ ...a, y: 1 }), { attributes: ['y'] });
    expect(pointDrawer.points[5]!.at).toEqual([5, 1]);
    expect(fake.refreshes).toEqual([]);
    // sigma gets the mirror empty, and the actors in slices of tasks after (it indexes each as it
    // comes); a view change meanwhile refreshes only those it has
    tasks.runNext();
    const mirror = fake.graph;
    expect([mirror.order, mirror.size]).toEqual([0, 0]);
    // sigma's frames wait meanwhile (each would process every actor it has so far), and a view
    // change refreshes nothing in sigma (what it lacks is styled as it comes)
    const renders = fake.renders;
    const refreshes = fake.refreshes.length; // (setGraph's)
    fake.scheduleRender();
    expect(fake.renders).toBe(renders);
    show({ ...VIEW, selectedNode: 'n2' });
    show({ ...VIEW, selectedNode: 'n1' });
    tasks.runUntil(() => mirror.order === 1000);
    // all come, the layout running: no frame (sigma's picture is hidden; processed at the stop)
    fake.scheduleRender();
    expect([fake.renders, fake.refreshes.length]).toEqual([renders, refreshes]);
    expect(mirror.getNodeAttributes('n5')).toEqual({ x: 5, y: 1 });
    expect(fake.node('n1')).toMatchObject({ highlighted: true, zIndex: 3 }); // styled as selected
    tasks.drain();
    expect(drawer.draws).toBe(0); // the layout runs
    // (the points are drawn by our own normalisation of their extent, not sigma's)
    // stopped: sigma processes every actor in one task, draws its frame in the next
    h.setLayoutRunning(false);
    tasks.runNext();
    expect([fake.processes, fake.refreshes.length]).toEqual([1, refreshes]);
    tasks.runNext();
    expect(fake.refreshes.slice(refreshes)).toEqual([
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: true },
    ]);
    fake.scheduleRender();
    expect(fake.renders).toBe(renders + 1);
    // stopped while sigma is given the actors: its frames wait until it has them all, then one
    // refresh, its picture shown, the points cleared, the relations drawn
    const mid = new RecordingDrawer();
    const m = host(large(), {
      createEdgeDrawer: () => mid,
      defer: tasks.push,
      indexLater: (fn) => later.push(fn),
    });
    later.shift()!();
    tasks.runUntil(() => m.fake.graph !== m.fake.graphs[0]);
    expect(m.fake.graph.order).toBe(0); // (the actors come in the next tasks)
    const filled = m.fake.refreshes.length;
    m.h.setLayoutRunning(false);
    expect(m.fake.refreshes).toHaveLength(filled);
    expect(m.fake.canvases.nodes.style.visibility).toBe('hidden');
    tasks.drain();
    expect(m.fake.graph.order).toBe(1000);
    // (processed in a task of its own, then its frame alone)
    expect(m.fake.processes).toBe(1);
    expect(m.fake.refreshes.slice(filled)).toEqual([
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: true },
    ]);
    expect([m.fake.canvases.nodes.style.visibility, m.pointDrawer.clears]).toEqual(['', 1]);
    expect(mid.main).toHaveLength(1);
    // stopped before it was indexed: the relations are drawn once it is
    const early = new RecordingDrawer();
    const e = host(large(), {
      createEdgeDrawer: () => early,
      defer: tasks.push,
      indexLater: (fn) => later.push(fn),
    });
    e.h.setLayoutRunning(false);
    e.h.setLayoutRunning(true);
    e.h.setLayoutRunning(false);
    expect(e.fake.refreshes).toEqual([]);
    tasks.drain();
    expect(early.draws).toBe(0);
    later.shift()!();
    tasks.drain();
    expect([e.fake.graph.order, e.fake.graph.size]).toEqual([1000, 0]);
    expect(early.main).toHaveLength(1);
    expect(e.pointDrawer.draws).toBe(0);
    // stopped between the points and sigma's indexing: the points go, sigma's actors shown
    const between = host(large(), { ...options, indexLater: (fn) => later.push(fn) });
    later.shift()!();
    tasks.runUntil(() => between.pointDrawer.draws > 0);
    expect(between.pointDrawer.points).toHaveLength(1000);
    between.h.setLayoutRunning(false);
    tasks.drain();
    expect(between.fake.graph.order).toBe(1000);
    expect(between.pointDrawer.clears).toBe(1);
    expect(between.fake.canvases.nodes.style.visibility).toBe('');
    // killed before: never indexed
    const gone = host(large(), { ...options, indexLater: (fn) => later.push(fn) });
    later.shift()!();
    gone.h.kill();
    tasks.drain();
    expect(gone.fake.graph.order).toBe(0);
    expect(gone.pointDrawer.draws).toBe(0);
    // a small graph is indexed at once
    expect(host(small(), { indexLater: () => {} }).fake.graph.order).toBe(3);
  });

  it('processes the first 5,000 actors once while indexing more than 10,000 (its code optimised before the one call over all)', () => {
    // a clock that advances 1 ms a reading: the fill reads it every 128 actors, a slice is 12 ms
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    try {
      const later: (() => void)[] = [];
      const tasks = new TaskQueue();
      const { fake, h } = host(large(12_000), {
        defer: tasks.push,
        indexLater: (fn) => later.push(fn),
      });
      later.shift()!();
      tasks.runUntil(() => fake.graph !== fake.graphs[0]);
      const attached = fake.refreshes.length; // (setGraph's)
      const seen: number[] = [];
      while (fake.refreshes.length === attached && fake.graph.order < 12_000) {
        tasks.runNext();
        seen.push(fake.graph.order);
      }
      // the first slice end past 5,000 actors: sigma renders what it has, once
      expect(fake.refreshes.slice(attached)).toEqual([
        { partialGraph: { nodes: [], edges: [] }, skipIndexation: false },
      ]);
      expect(fake.graph.order).toBeGreaterThanOrEqual(5000);
      expect(fake.graph.order).toBeLessThan(12_000);
      expect(seen.filter((n) => n >= 5000)).toEqual([fake.graph.order]);
      tasks.drain();
      expect(fake.graph.order).toBe(12_000);
      expect(fake.refreshes).toHaveLength(attached + 1); // (the layout runs: held until it stops)
      h.setLayoutRunning(false);
      tasks.drain();
      expect(fake.refreshes).toHaveLength(attached + 2);
      // 10,000 or fewer: no such frame
      const few = host(large(10_000), { defer: tasks.push, indexLater: (fn) => later.push(fn) });
      later.shift()!();
      const ran = tasks.ran;
      tasks.drain();
      expect(few.fake.graph.order).toBe(10_000);
      expect(tasks.ran - ran).toBeGreaterThan(5); // (in slices, past 5,000)
      expect(few.fake.refreshes).toEqual(['full']);
    } finally {
      now.mockRestore();
    }
  });
});

describe('createSigmaHost: a large graph’s layout stop', () => {
  /** A large graph's host, its layout running with sigma holding all the actors. */
  function running(options: Partial<SigmaHostOptions> = {}) {
    const tasks = new TaskQueue();
    const drawer = new RecordingDrawer();
    const made = host(large(), { createEdgeDrawer: () => drawer, defer: tasks.push, ...options });
    tasks.drain();
    return { ...made, tasks, drawer, before: made.fake.refreshes.length };
  }

  it('a restart before sigma caught up keeps the points drawing; the next stop catches up once', () => {
    const { h, fake, tasks, pointDrawer, drawer, before } = running();
    h.setLayoutRunning(false);
    tasks.runNext(); // sigma processed the final positions
    h.setLayoutRunning(true); // running again before its frame
    tasks.drain();
    expect(fake.refreshes).toHaveLength(before); // no frame: still held, its picture hidden
    expect([fake.canvases.nodes.style.visibility, pointDrawer.clears]).toEqual(['hidden', 0]);
    expect([drawer.draws, h.drawing]).toEqual([0, false]);
    fake.emit('clickNode', { node: 'n3' }); // (stale positions: ignored, no handler throws)
    h.setLayoutRunning(false);
    h.setLayoutRunning(true);
    h.setLayoutRunning(false); // a pending catch-up serves both stops
    tasks.drain();
    expect(fake.processes).toBe(2);
    expect(fake.refreshes.slice(before)).toEqual([
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: true },
    ]);
    expect([fake.canvases.nodes.style.visibility, pointDrawer.clears]).toEqual(['', 1]);
    expect(drawer.main).toHaveLength(1);
    expect(h.drawing).toBe(false);
  });

  it('a view change between sigma’s processing and its frame is caught up before the frame', () => {
    const { h, fake, tasks, show, before } = running();
    h.setLayoutRunning(false);
    tasks.runNext();
    show({ ...VIEW, selectedNode: 'n4' });
    tasks.drain();
    // (another round: the restyled actor updated, every actor processed, then a frame only)
    expect(fake.refreshes.slice(before)).toEqual([
      { partialGraph: { nodes: ['n4'], edges: [] }, skipIndexation: false, schedule: true },
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: true },
    ]);
    expect(fake.processes).toBe(2);
    // killed while catching up: nothing more
    const other = running();
    other.h.setLayoutRunning(false);
    other.h.kill();
    other.tasks.drain();
    expect([other.fake.processes, other.fake.refreshes.length]).toEqual([0, other.before]);
  });

  it('a framing asked for at the stop waits for sigma’s picture of the final positions', async () => {
    const { h, fake, tasks } = running();
    h.setLayoutRunning(false);
    const seen: number[] = [];
    const animations = fake.animations;
    animations.push = (...items) => (
      seen.push(fake.processes),
      Array.prototype.push.apply(animations, items)
    );
    const framed = h.focus(['n10', 'n20'], { zoom: true });
    await Promise.resolve();
    expect(animations).toHaveLength(0);
    tasks.drain();
    await framed;
    expect(seen).toEqual([1]); // (sigma had processed the final positions)
  });

  it('without sigma’s private processing (another sigma version), processes and draws in one task', () => {
    const { h, fake, tasks, pointDrawer, before } = running();
    (fake as { process?: unknown }).process = undefined;
    h.setLayoutRunning(false);
    tasks.runNext();
    expect(fake.refreshes).toHaveLength(before);
    tasks.runNext();
    expect(fake.refreshes.slice(before)).toEqual([
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: false },
    ]);
    expect(pointDrawer.clears).toBe(1);
  });
});

/** A fake with the sigma members sliced-processing.ts uses (its processing spread over tasks). */
class SliceableRenderer extends FakeRenderer {
  nodeZExtent: [number, number] = [0, 0];
  nodeExtent = { x: [0, 1], y: [0, 1] };
  normalizationFunction = { applyTo: () => {} };
  labelGrid = { resizeAndClear: () => {}, add: () => {}, organize: () => {} };
  nodePrograms = { circle: { reallocate: () => {} } };
  edgePrograms = {};
  itemIDsIndex = {};
  nodeIndices = {};
  edgeIndices = {};
  /** Actors written into the node program's buffer by the sliced processing. */
  written = 0;
  private cache: Record<string, unknown> = {};
  /** (sigma's display data: the reducer's, computed when first asked for) */
  readonly nodeDataCache = new Proxy(this.cache, {
    get: (cache, id: string) =>
      (cache[id] ??= this.graph.hasNode(id)
        ? { ...this.node(id), type: 'circle', label: null }
        : undefined),
  });
  addNodeToProgram() {
    this.written++;
  }
  getGraphDimensions() {
    return SIZE;
  }
  getStagePadding() {
    return 0;
  }
  removeListener(event: string) {
    this.handlers.delete(event);
  }
  /** (events no one listens to, e.g. afterProcess) */
  override emit(event: string, payload: unknown = {}) {
    this.handlers.get(event)?.(payload as never);
  }
}

describe('createSigmaHost: a large graph’s stop with sigma’s processing in slices', () => {
  it('processes the actors over several tasks (never sigma’s one call), then only draws', () => {
    const tasks = new TaskQueue();
    const drawer = new RecordingDrawer();
    let fake!: SliceableRenderer;
    const h = createSigmaHost(CONTAINER as unknown as HTMLElement, large(3000), {
      getView: () => VIEW,
      createEdgeDrawer: () => drawer,
      createPointDrawer: () => new RecordingPointDrawer(),
      defer: tasks.push,
      createRenderer: (g, element, settings) =>
        (fake = new SliceableRenderer(g as AlignmapGraph, settings, element)) as never,
    });
    tasks.drain();
    const before = fake.refreshes.length;
    const warmUps = fake.processes;
    h.setLayoutRunning(false);
    let ran = 0;
    while (fake.refreshes.length === before) {
      expect(h.drawing).toBe(true);
      expect(tasks.runNext()).toBe(true);
      ran++;
    }
    expect(fake.written).toBe(3000);
    expect(fake.processes).toBe(warmUps);
    // (positions, the allocation, buffers: at least one task each, and the release)
    expect(ran).toBeGreaterThanOrEqual(4);
    expect(fake.refreshes.slice(before)).toEqual([
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: true },
    ]);
    tasks.drain();
    expect([h.drawing, fake.canvases.nodes.style.visibility]).toEqual([false, '']);
  });
});

describe('createSigmaHost: a very large graph’s view changes reach sigma in slices', () => {
  it('restyles and processes over tasks, the frames held until then; a smaller one at once', () => {
    const tasks = new TaskQueue();
    let fake!: SliceableRenderer;
    let current = VIEW;
    // a clock on which each batch of actors takes longer than a slice: one batch per task
    let clock = 0;
    const options = (order: number) => ({
      getView: () => current,
      createEdgeDrawer: () => new RecordingDrawer(),
      createPointDrawer: () => new RecordingPointDrawer(),
      defer: tasks.push,
      now: () => (clock += 100),
      createRenderer: ((
        g: AlignmapGraph,
        element: HTMLElement,
        settings: Partial<Settings<NodeAttributes, EdgeAttributes>>,
      ) => (fake = new SliceableRenderer(g, settings, element))) as never,
      layoutRunsAtStart: false,
      order,
    });
    const h = createSigmaHost(CONTAINER as unknown as HTMLElement, large(20_000), options(20_000));
    tasks.drain();
    const before = fake.refreshes.length;
    const written = fake.written;
    // the language: every actor restyled
    current = { ...VIEW, language: 'ja' };
    h.applyView(current);
    expect([fake.refreshes.length, h.drawing]).toEqual([before, true]);
    const ran = tasks.drain();
    const updates = fake.refreshes.slice(before, -1) as { partialGraph: { nodes: string[] } }[];
    // 20 batches of 1,000 actors, then the processing in slices, then one frame
    expect(updates.map((u) => u.partialGraph.nodes.length)).toEqual(Array(20).fill(1000));
    expect(ran).toBeGreaterThanOrEqual(20);
    expect(fake.refreshes.at(-1)).toEqual({
      partialGraph: { nodes: [], edges: [] },
      skipIndexation: true,
    });
    expect([fake.written - written, fake.processes, h.drawing]).toEqual([20_000, 0, false]);

    // a selection: the actor updated, every actor processed in slices, then a frame
    current = { ...current, selectedNode: 'n7' };
    h.applyView(current);
    expect(fake.refreshes.length).toBe(before + 21);
    tasks.drain();
    expect(fake.refreshes.slice(before + 21)).toEqual([
      { partialGraph: { nodes: ['n7'], edges: [] }, skipIndexation: false, schedule: true },
      { partialGraph: { nodes: [], edges: [] }, skipIndexation: true },
    ]);
    expect(fake.processes).toBe(0);

    // below 20,000 actors, sigma is refreshed at once (its processing of them is short)
    current = VIEW;
    const smaller = createSigmaHost(
      CONTAINER as unknown as HTMLElement,
      large(19_999),
      options(19_999),
    );
    tasks.drain();
    const at = fake.refreshes.length;
    current = { ...VIEW, selectedNode: 'n7' };
    smaller.applyView(current);
    expect(fake.refreshes.slice(at)).toEqual([{ partialGraph: { nodes: ['n7'], edges: [] } }]);
  });
});

describe('createSigmaHost: a large graph’s new Sigma sized in a task of its own', () => {
  it('is constructed at 1×1 and sized in the indexing step, before sigma is given any actor', () => {
    const later: (() => void)[] = [];
    const tasks = new TaskQueue();
    const { fake, h } = host(large(), {
      defer: tasks.push,
      indexLater: (fn) => later.push(fn),
      layoutRunsAtStart: false,
    });
    expect([fake.sizeAtConstruction, fake.resizes]).toEqual([[0, 0], 0]);
    // the container's own sizes again once constructed
    expect([fake.container.offsetWidth, fake.container.offsetHeight]).toEqual([800, 600]);
    later.shift()!();
    // sized; the actors' styling and sigma's indexing in the tasks after
    expect([fake.resizes, fake.graphs.length, tasks.size]).toEqual([1, 1, 1]);
    tasks.drain();
    expect([fake.resizes, fake.graph.order]).toEqual([1, 1000]);
    // asked for its size before the indexing step (a framing): sized then, once
    const early = host(large(), { defer: tasks.push, indexLater: (fn) => later.push(fn) });
    early.h.stageSpanPx();
    early.h.stageSpanPx();
    expect(early.fake.resizes).toBe(1);
    later.shift()!();
    expect(early.fake.resizes).toBe(1);
    // a small graph, or a large one mounted at once: sized by its construction
    for (const other of [host(small()), host(large())])
      expect([other.fake.sizeAtConstruction, other.fake.resizes]).toEqual([[800, 600], 0]);
    h.kill();
  });
});

describe('createSigmaHost: whether a frame has shown the actors yet', () => {
  it('a large graph’s: once the layout’s points draw them, or sigma has them all and draws', () => {
    const later: (() => void)[] = [];
    const tasks = new TaskQueue();
    // the layout runs: the points show the actors first
    const running = host(large(), { defer: tasks.push, indexLater: (fn) => later.push(fn) });
    expect(running.h.actorsShown).toBe(false);
    later.shift()!();
    tasks.runUntil(() => running.pointDrawer.draws > 0);
    expect(running.h.actorsShown).toBe(true);
    // reopened (no layout): sigma's first frame after it has every actor
    const reopened = host(large(), {
      defer: tasks.push,
      indexLater: (fn) => later.push(fn),
      layoutRunsAtStart: false,
    });
    reopened.fake.emit('afterRender'); // (sigma's frame of its empty graph)
    later.shift()!();
    tasks.runUntil(() => reopened.fake.graph.order === 1000);
    reopened.fake.emit('afterRender'); // (held: none comes while it is filled)
    expect(reopened.h.actorsShown).toBe(false);
    tasks.drain();
    expect(reopened.h.actorsShown).toBe(false);
    reopened.fake.emit('afterRender');
    expect([reopened.h.actorsShown, reopened.pointDrawer.draws]).toEqual([true, 0]);
    // a small graph is drawn with its construction
    expect(host(small()).h.actorsShown).toBe(true);
  });
});

describe('createSigmaHost: a large graph counts as drawing until its picture is complete', () => {
  it('from its construction until the relations are drawn, a reopened graph (no layout) too', () => {
    for (const runs of [false, true]) {
      const later: (() => void)[] = [];
      const tasks = new TaskQueue();
      const drawer = new RecordingDrawer();
      const { h, fake } = host(large(), {
        createEdgeDrawer: () => drawer,
        defer: tasks.push,
        indexLater: (fn) => later.push(fn),
        layoutRunsAtStart: runs,
      });
      // (before sigma is given the graph, and in every task until the relations are drawn)
      expect(h.drawing).toBe(true);
      later.shift()!();
      expect(h.drawing).toBe(true);
      // (while a layout runs, the layout's state says the picture is not final: it stops once
      // sigma has every actor)
      if (runs) {
        tasks.drain();
        h.setLayoutRunning(false);
      }
      const idleBeforeDrawn: number[] = [];
      for (let task = 0; tasks.runNext(); task++)
        if (!h.drawing && drawer.main.length === 0) idleBeforeDrawn.push(task);
      expect(idleBeforeDrawn).toEqual([]);
      expect([fake.graph.order, drawer.main.length > 0, h.drawing]).toEqual([1000, true, false]);
    }
  });
});

describe('createSigmaHost: a large graph’s actors styled ahead of sigma’s indexing', () => {
  /** A Set that counts lookups: styleNode asks view.hiddenNodes once per actor it styles. */
  class CountingSet extends Set<string> {
    lookups = 0;
    override has(value: string): boolean {
      this.lookups++;
      return super.has(value);
    }
  }

  it('styles every actor in tasks before sigma indexes them, so that its reducer only looks them up', () => {
    for (const runs of [true, false]) {
      const g = large();
      const later: (() => void)[] = [];
      const tasks = new TaskQueue();
      const hiddenNodes = new CountingSet();
      const { fake } = host(
        g,
        { defer: tasks.push, indexLater: (fn) => later.push(fn), layoutRunsAtStart: runs },
        { ...VIEW, hiddenNodes },
      );
      later.shift()!();
      expect(hiddenNodes.lookups).toBe(0); // not in the task that asks for the indexing
      tasks.runUntil(() => fake.graph.order === 1000);
      expect(hiddenNodes.lookups).toBe(1000);
      // sigma's reducer styled no actor again
      fake.node('n5');
      expect(hiddenNodes.lookups).toBe(1000);
    }
  });

  it('while the layout runs: the points’ layer made in a task of its own, the first points in the next, with the styles written ahead', () => {
    const later: (() => void)[] = [];
    const tasks = new TaskQueue();
    const { pointDrawer, fake } = host(large(), {
      defer: tasks.push,
      indexLater: (fn) => later.push(fn),
    });
    later.shift()!();
    const readyIn: number[] = [];
    const drawnIn: number[] = [];
    while (fake.graph.order < 1000 && tasks.runNext()) {
      if (readyIn.length < pointDrawer.readied.length) readyIn.push(tasks.ran);
      if (drawnIn.length < pointDrawer.draws) drawnIn.push(tasks.ran);
    }
    expect(pointDrawer.readied).toEqual([0]);
    expect(drawnIn).toEqual([readyIn[0]! + 1]);
    // the colours and sizes of every actor, as styled
    expect(pointDrawer.points).toHaveLength(1000);
    expect(pointDrawer.points.every((p) => p.rgba[3] === 255 && p.size > 0)).toBe(true);
  });
});

describe('createSigmaHost: a graph over the edge budget', () => {
  it('draws the relations that fit the budget, follows the view and says how many it left out', () => {
    const g = large();
    for (let i = 1; i <= 29; i++)
      g.addUndirectedEdgeWithKey(`x${i}`, 'n1', `n${i + 1}`, {
        relation: 'trade',
        status: 'active',
        certainty: 'confirmed',
        evidence: [],
      });
    const reports: unknown[] = [];
    const drawer = new RecordingDrawer();
    const tasks = new TaskQueue();
    const { h, show } = host(g, {
      edgeBudget: 10,
      onEdgesDrawn: (d) => reports.push(d),
      createEdgeDrawer: () => drawer,
      defer: tasks.push,
    });
    const ends = () => drawer.main.map((e) => `${e.from[0]}-${e.to[0]}`);
    // stopped: 30 relations shown, over the budget, nothing selected: none drawn
    h.setLayoutRunning(false);
    tasks.drain();
    expect(drawer.main).toEqual([]);
    expect(reports).toEqual([{ shown: 30, drawn: 0 }]);
    // a filter leaves 5: all drawn
    const hiddenEdges = new Set(g.edges().slice(5));
    show({ ...VIEW, hiddenEdges });
    tasks.drain();
    expect(ends()).toEqual(['0-1', '1-2', '1-3', '1-4', '1-5']);
    expect(reports.at(-1)).toBeNull();
    // a selection with the same filter writes nothing anew (the node is restyled in sigma)
    const draws = drawer.draws;
    show({ ...VIEW, hiddenEdges, selectedNode: 'n3' });
    expect(tasks.size).toBe(0);
    expect(drawer.draws).toBe(draws);
    expect(ends()).toHaveLength(5);
    // all shown again, n1 selected: its 29 relations do not fit either; n0 selected: its one does
    show({ ...VIEW, selectedNode: 'n1' });
    tasks.drain();
    expect(drawer.main).toEqual([]);
    expect(reports.at(-1)).toEqual({ shown: 30, drawn: 0 });
    show({ ...VIEW, selectedNode: 'n0' });
    tasks.drain();
    expect(ends()).toEqual(['0-1']);
    expect(reports.at(-1)).toEqual({ shown: 30, drawn: 1 });
    // the drawn relations follow the actors' moves; the layout running again: none
    g.mergeNodeAttributes('n0', { x: 42 });
    expect(ends()).toEqual(['42-1']);
    h.setLayoutRunning(true);
    expect(drawer.main).toEqual([]);
    h.kill();
  });
});

describe('createSigmaHost: events, dragging, camera', () => {
  it('keeps no display data of the framed actors while the camera moves to them', async () => {
    // the unit project runs Node with --expose-gc (vite.config.ts)
    expect(typeof globalThis.gc).toBe('function');
    let released = 0;
    const registry = new FinalizationRegistry(() => released++);
    let arrive!: () => void;
    /** Counts the display data it hands out as they are collected; its animations wait for arrive(). */
    class SlowCamera extends FakeRenderer {
      override getNodeDisplayData(id: string) {
        const data = super.getNodeDisplayData(id);
        if (data) registry.register(data, id);
        return data;
      }
      override getCamera() {
        const camera = super.getCamera();
        return {
          ...camera,
          animate: (s: Partial<Cam>) =>
            camera.animate(s).then(() => new Promise<void>((resolve) => (arrive = resolve))),
        };
      }
    }
    const h = createSigmaHost({} as HTMLElement, large(), {
      getView: () => VIEW,
      createEdgeDrawer: () => new RecordingDrawer(),
      createPointDrawer: () => new RecordingPointDrawer(),
      defer: new TaskQueue().push,
      createRenderer: (g, _container, settings) =>
        new SlowCamera(g as AlignmapGraph, settings) as unknown as Sigma<
          NodeAttributes,
          EdgeAttributes
        >,
    });
    const ids = Array.from({ length: 100 }, (_, i) => `n${i}`);
    const moving = h.focus(ids);
    // while the camera moves, the 100 actors' display data can go (a few rounds: a collection
    // that starts in the middle of a task may see its last temporaries)
    for (let i = 0; i < 10 && released < ids.length; i++) {
      globalThis.gc!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(released).toBe(ids.length);
    arrive();
    await moving;
    h.kill();
  });

  it('forwards clicks and hovers, pins a dragged node and swallows the click that ends the drag', () => {
    const calls: unknown[][] = [];
    const tasks = new TaskQueue();
    const { fake } = host(small(), {
      defer: tasks.push,
      onClickNode: (id) => calls.push(['node', id]),
      onClickEdge: (id) => calls.push(['edge', id]),
      onClickStage: () => calls.push(['stage']),
      onHoverNode: (id) => calls.push(['hover', id]),
      onDragNode: (id, x, y) => calls.push(['drag', id, x, y]),
      onDragEnd: (id) => calls.push(['dropped', id]),
    });
    fake.emit('clickNode', { node: 'a' });
    fake.emit('clickEdge', { edge: 'ab' });
    fake.emit('clickStage');
    fake.emit('enterNode', { node: 'b' });
    fake.emit('leaveNode');
    expect(calls.splice(0)).toEqual([
      ['node', 'a'],
      ['edge', 'ab'],
      ['stage'],
      ['hover', 'b'],
      ['hover', null],
    ]);

    let prevented = 0;
    const event = {
      x: 500,
      y: 200,
      preventSigmaDefault: () => prevented++,
      original: { preventDefault: () => prevented++, stopPropagation: () => prevented++ },
    };
    fake.emit('moveBody', { event }); // no drag: nothing
    fake.emit('downNode', { node: 'b' });
    expect(fake.customBBox).toEqual({ x: [0, 2], y: [0, 1] }); // frozen while dragging
    fake.emit('enterNode', { node: 'c' }); // no hover while dragging
    fake.emit('moveBody', { event });
    expect(prevented).toBe(3);
    fake.emit('upNode');
    fake.emit('clickNode', { node: 'b' }); // the click ending the drag
    fake.emit('clickStage');
    // (500 - 400) / 1000 + 0.5, 0.5 - (200 - 300) / 1000
    expect(calls.splice(0)).toEqual([
      ['drag', 'b', 0.6, 0.6],
      ['dropped', 'b'],
    ]);
    // clicks are swallowed until the pointer events of the drag are over (the deferred task)
    fake.emit('clickNode', { node: 'b' });
    expect(calls).toEqual([]);
    expect(tasks.drain()).toBe(1);
    fake.emit('clickNode', { node: 'b' });
    expect(calls.splice(0)).toEqual([['node', 'b']]);
    // pressed and released without moving: no drop (its positions did not change)
    fake.emit('downNode', { node: 'a' });
    fake.emit('upNode');
    expect(calls).toEqual([]);
  });

  it('frames nodes with room for labels, zooming in only when asked', async () => {
    const { fake, h } = host(small());
    // a (0, 0) and b (0.2, 0.1): 200 × 100 px at ratio 1; room 800 − 150 by 600 − 72
    await h.focus(['a', 'b', 'nobody'], { zoom: true });
    const fit = Math.max(200 / 650, 100 / 528);
    const last = fake.animations.at(-1)!;
    expect(last.ratio).toBeCloseTo(fit, 12);
    expect(last.x).toBeCloseTo(0.1 + (35 * fit) / PX_PER_UNIT, 12);
    expect(last.y).toBeCloseTo(0.05, 12);
    // without zoom the camera never zooms in (ratio 1 stays 1 when the nodes fit)
    fake.state = { x: 0, y: 0, ratio: 1, angle: 0 };
    await h.focus(['a'], { zoom: false });
    expect(fake.animations.at(-1)!.ratio).toBe(1);
    // a lone node with zoom: the closest zoom allowed
    await h.focus(['c'], { zoom: true });
    expect(fake.animations.at(-1)!.ratio).toBe(0.12);
    const n = fake.animations.length;
    await h.focus(['nobody']);
    expect(fake.animations).toHaveLength(n);
  });

  it('a large graph makes no WebGL layer of its own while the host is constructed', () => {
    // the default drawers (edge-layer-gl, node-layer-gl): made at their first draw, not here
    const { fake, h } = host(large(), {
      createEdgeDrawer: undefined,
      createPointDrawer: undefined,
      layoutRunsAtStart: false,
    });
    expect(fake.canvasesMade).toBe(0);
    h.kill();
    expect(fake.canvasesMade).toBe(0);
  });

  it('frames many actors from the corners of their box unless the camera is rotated', async () => {
    const { fake, h } = host(small());
    let conversions = 0;
    const convert = fake.framedGraphToViewport.bind(fake);
    fake.framedGraphToViewport = (p, o) => (conversions++, convert(p, o));
    await h.focus(['a', 'b', 'c'], { zoom: true });
    expect(conversions).toBe(2);
    const unrotated = fake.animations.at(-1)!;
    // rotated, x and y mix: each actor is converted (the fake ignores the angle: same framing)
    fake.state = { ...fake.state, angle: 0.5 };
    conversions = 0;
    await h.focus(['a', 'b', 'c'], { zoom: true });
    expect(conversions).toBe(3);
    expect(fake.animations.at(-1)!.ratio).toBe(unrotated.ratio);
  });

  it('reports, sets and converts the camera; kill is idempotent and stops everything', async () => {
    const seen: unknown[] = [];
    const { fake, h } = host(small(), { onCameraChange: (c) => seen.push(c) });
    await h.setCamera({ x: 0.25, ratio: 0.5 });
    expect(h.getCamera()).toEqual({ x: 0.25, y: 0.5, ratio: 0.5, angle: 0 });
    expect(seen).toEqual([{ x: 0.25, y: 0.5, ratio: 0.5, angle: 0 }]);
    await h.setCamera({ ratio: 2 }, true);
    expect(fake.animations.at(-1)).toEqual({ ratio: 2 });
    expect(h.viewportPosition('a')).toEqual(fake.framedGraphToViewport({ x: 0, y: 0 }));
    expect(h.viewportPosition('nobody')).toBeNull();
    // bbox 2 × 1 over the smaller side 600 − 2 × 40 px
    expect(h.graphUnitsPerPixel()).toBe(2 / 520);
    expect(h.stageSpanPx()).toBe(520);
    fake.state = { x: 0, y: 0, ratio: 1, angle: 0 };
    expect(h.viewportGraphBox()).toEqual({ minX: -0.4, minY: -0.3, maxX: 0.4, maxY: 0.3 });
    h.refresh();
    h.refresh(false);
    expect(fake.refreshes.slice(-2)).toEqual(['full', { skipIndexation: true }]);

    h.kill();
    h.kill();
    expect(fake.killed).toBe(1);
    expect(fake.cameraListeners.size).toBe(0);
    const n = fake.refreshes.length;
    h.refresh();
    h.applyView({ ...VIEW, language: 'ja' });
    h.setLayoutRunning(false);
    await h.focus(['a']);
    await h.setCamera({ ratio: 3 });
    expect(fake.refreshes).toHaveLength(n);
    expect(h.getCamera().ratio).toBe(1);
    expect(h.displayedLabel('a')).toBeNull();
    expect(h.drawnLabels()).toEqual([]);
    expect(h.viewportPosition('a')).toBeNull();
  });
});
