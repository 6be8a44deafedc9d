// The relations of a large graph, drawn beside sigma instead of by it. Sigma indexes every relation
// of its graph in one call (graph changes, `setGraph`) and writes all of them into its buffers in
// one task: at 50,000 actors and 250,000 relations the layout's stop took 1.4 s of script in one
// task. Here the relations to draw are written into vertex arrays (two vertices per relation: its
// ends' positions and its colour) in slices of one task each, and handed to a drawer (the WebGL
// one is edge-layer-gl.ts; tests use a recording one) when complete: the previous picture stays
// until then. A view change that restyles a few relations (hover, selection, a filter) rewrites
// their slots in place (during a build: when it completes); relations drawn above the rest (a focus's: style.ts's zIndex 2 and 3, above the reported 1 and
// the background 0) are drawn a second
// time from a small array of their own. Positions follow the graph: a moved actor's relations are
// rewritten, a bulk move (a new layout) rewrites all of them in slices.
import type { AbstractGraph, Attributes, GraphEvents } from 'graphology-types';

/** What the layer reads of a relation's style. */
export interface LayerEdgeStyle {
  color: string;
  hidden: boolean;
  zIndex: number;
}

/** Vertex data of `count` relations: 2 vertices each, x/y (graph units) and RGBA bytes. */
export interface EdgeVertices {
  positions: Float32Array;
  colors: Uint8Array;
  count: number;
}

/** Where the vertex data goes (edge-layer-gl.ts draws it under the actors). */
export interface EdgeLayerDrawer {
  /** The relations to draw, and those drawn again on top of them; replaces the previous ones. */
  draw(main: EdgeVertices, top: EdgeVertices): void;
  /** Draws nothing (until the next `draw`). */
  clear(): void;
  kill(): void;
}

export interface EdgeLayerOptions {
  /** The relations' ends are read from its `x`/`y` node attributes. */
  graph: AbstractGraph;
  drawer: EdgeLayerDrawer;
  /** A relation's style (its attributes given when at hand). */
  styleOf: (id: string, attributes?: Attributes) => LayerEdgeStyle;
  /** Runs a function in a later task (setTimeout 0 in the app). */
  defer: (fn: () => void) => void;
  /** Relations written per task (default: as many as fit in SLICE_MS). */
  slice?: number;
  /** The clock for the default slices (performance.now). */
  now?: () => number;
}

export interface EdgeLayer {
  /** Draws these relations ('all' = every relation of the graph), written anew in slices. */
  show(edges: 'all' | readonly string[]): void;
  /** Draws nothing (a running layout); stops a build under way. */
  hide(): void;
  /** Restyles these relations in place (their style changed); others keep theirs. */
  restyle(ids: readonly string[]): void;
  /** Whether a build is under way (not everything asked for is drawn yet). */
  readonly busy: boolean;
  /** How many relations are drawn (hidden ones take no slot; restyled-hidden ones count). */
  readonly drawn: number;
  kill(): void;
}

/** Relations with a zIndex from this on (style.ts: highlighted 2, selected 3) are drawn on top. */
export const RAISED_Z = 2;

/** Script time per task of a build (the clock is read every CLOCK_EVERY relations). */
export const SLICE_MS = 12;
const CLOCK_EVERY = 256;

const EMPTY: EdgeVertices = {
  positions: new Float32Array(0),
  colors: new Uint8Array(0),
  count: 0,
};

/** RGBA bytes of a CSS colour (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba()); memoised. */
export function colorBytes(color: string): number {
  let packed = packedColors.get(color);
  if (packed === undefined) {
    packed = parseColor(color);
    packedColors.set(color, packed);
  }
  return packed;
}
const packedColors = new Map<string, number>();

function parseColor(color: string): number {
  const pack = (r: number, g: number, b: number, a: number) =>
    ((r & 255) << 24) | ((g & 255) << 16) | ((b & 255) << 8) | (a & 255);
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim());
  if (hex) {
    let h = hex[1]!;
    if (h.length === 3) h = [...h].map((c) => c + c).join('');
    const v = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return pack(v(0), v(2), v(4), h.length === 8 ? v(6) : 255);
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(
    color.trim(),
  );
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : +fn[4];
    return pack(+fn[1]!, +fn[2]!, +fn[3]!, Math.round(Math.min(1, Math.max(0, alpha)) * 255));
  }
  // not a colour this layer knows: a visible grey rather than nothing
  return pack(153, 153, 153, 255);
}

export function createEdgeLayer(options: EdgeLayerOptions): EdgeLayer {
  const { graph, drawer, styleOf, defer } = options;
  const now = options.now ?? (() => performance.now());
  /** Whether a slice that began at `start` and wrote `done` relations ends here. */
  const sliceOver = options.slice
    ? (done: number) => done >= options.slice!
    : (done: number, start: number) => done % CLOCK_EVERY === 0 && now() - start >= SLICE_MS;
  // what is drawn: the relations' slots, their vertex arrays
  let slotOf = new Map<string, number>();
  let main: EdgeVertices = EMPTY;
  // the relations drawn on top (slots), rebuilt into `top` when they change
  let above = new Set<number>();
  let top: EdgeVertices = EMPTY;
  let wanted: 'all' | readonly string[] | null = null;
  let wantedSet: ReadonlySet<string> | null = null;
  let run = 0;
  let building = false;
  // what changed while a build was under way: applied when it completes (restarting the build
  // instead would starve it while the pointer hovers or drags)
  let pendingStyles = new Set<string>();
  let pendingMoves = new Set<string>();
  let killed = false;

  function writePosition(v: EdgeVertices, slot: number, id: string): void {
    const [source, target] = graph.extremities(id);
    writeEnds(v, slot, graph.getNodeAttributes(source), graph.getNodeAttributes(target));
  }

  function writeEnds(v: EdgeVertices, slot: number, s: Attributes, t: Attributes): void {
    const p = v.positions;
    p[slot * 4] = s.x ?? 0;
    p[slot * 4 + 1] = s.y ?? 0;
    p[slot * 4 + 2] = t.x ?? 0;
    p[slot * 4 + 3] = t.y ?? 0;
  }

  /** Writes a relation's colour into its slot; whether it is drawn on top. */
  function writeColor(v: EdgeVertices, slot: number, style: LayerEdgeStyle): boolean {
    const packed = style.hidden ? 0 : colorBytes(style.color);
    const c = v.colors;
    for (const at of [slot * 8, slot * 8 + 4]) {
      c[at] = packed >>> 24;
      c[at + 1] = (packed >>> 16) & 255;
      c[at + 2] = (packed >>> 8) & 255;
      c[at + 3] = packed & 255;
    }
    return !style.hidden && style.zIndex >= RAISED_Z;
  }

  function buildTop(): void {
    const count = above.size;
    const next: EdgeVertices = {
      positions: new Float32Array(count * 4),
      colors: new Uint8Array(count * 8),
      count,
    };
    let i = 0;
    // in slot order, like the rest
    for (const slot of [...above].sort((a, b) => a - b)) {
      next.positions.set(main.positions.subarray(slot * 4, slot * 4 + 4), i * 4);
      next.colors.set(main.colors.subarray(slot * 8, slot * 8 + 8), i * 8);
      i++;
    }
    top = next;
  }

  function publish(): void {
    buildTop();
    drawer.draw(main, top);
  }

  /** The relations to write, one at a time: the whole graph's from its iterator (no lookups). */
  function* entries(): Generator<[string, Attributes, Attributes, Attributes]> {
    if (wanted === 'all') {
      for (const e of graph.edgeEntries())
        yield [e.edge, e.attributes, e.sourceAttributes, e.targetAttributes];
      return;
    }
    for (const id of wanted!) {
      if (!graph.hasEdge(id)) continue;
      const [source, target] = graph.extremities(id);
      yield [
        id,
        graph.getEdgeAttributes(id),
        graph.getNodeAttributes(source),
        graph.getNodeAttributes(target),
      ];
    }
  }

  /** Writes the wanted relations anew in slices (the first in the next task); the old picture
   * stays until the last one. */
  function build(): void {
    const mine = ++run;
    building = true;
    pendingStyles = new Set();
    pendingMoves = new Set();
    const count = wanted === 'all' ? graph.size : wanted!.length;
    const next: EdgeVertices = {
      positions: new Float32Array(count * 4),
      colors: new Uint8Array(count * 8),
      count,
    };
    const nextSlots = new Map<string, number>();
    const nextAbove = new Set<number>();
    const keptIds: string[] = [];
    const source = entries();
    const step = () => {
      if (killed || mine !== run) return;
      const start = now();
      for (let done = 1; ; done++) {
        const item = source.next();
        if (item.done) break;
        const [id, attrs, s, t] = item.value;
        const style = styleOf(id, attrs);
        // hidden relations take no slot (restyle rebuilds when one comes back)
        if (!style.hidden) {
          const slot = keptIds.length;
          keptIds.push(id);
          nextSlots.set(id, slot);
          writeEnds(next, slot, s, t);
          if (writeColor(next, slot, style)) nextAbove.add(slot);
        }
        if (sliceOver(done, start)) return defer(step);
      }
      building = false;
      slotOf = nextSlots;
      main = { ...next, count: keptIds.length };
      above = nextAbove;
      for (const node of pendingMoves) if (graph.hasNode(node)) moveEnds(node);
      if (restyleSlots([...pendingStyles]) === 'rebuild') return rebuild();
      publish();
    };
    defer(step);
  }

  /** Rewrites the drawn relations of a moved actor; whether it has any. */
  function moveEnds(node: string): boolean {
    let moved = false;
    graph.forEachEdge(node, (id) => {
      const slot = slotOf.get(id);
      if (slot === undefined) return;
      writePosition(main, slot, id);
      moved = true;
    });
    return moved;
  }

  /** Rewrites relations' colours in place; 'rebuild' when one without a slot is shown again. */
  function restyleSlots(changed: readonly string[]): boolean | 'rebuild' {
    let any = false;
    for (const id of changed) {
      const slot = slotOf.get(id);
      const style = styleOf(id);
      if (slot === undefined) {
        if (!style.hidden && graph.hasEdge(id) && (wanted === 'all' || wantedSet!.has(id)))
          return 'rebuild';
        continue;
      }
      any = true;
      if (writeColor(main, slot, style)) above.add(slot);
      else above.delete(slot);
    }
    return any;
  }

  /** A build under way restarts (what it wrote may be stale); a shown picture is rewritten. */
  function rebuild(): void {
    if (wanted !== null) build();
  }

  // Positions follow the graph: one moved actor (a drag) rewrites its relations at once; a bulk
  // move or a change of the relations themselves rebuilds in slices.
  const onNodeUpdated = ({ key }: { key: string }) => {
    if (wanted === null) return;
    if (building) return void pendingMoves.add(key);
    if (moveEnds(key)) publish();
  };
  const onBulk = (payload: { hints?: { attributes?: (string | number)[] } }) => {
    const fields = payload.hints?.attributes;
    if (fields && !fields.includes('x') && !fields.includes('y')) return;
    rebuild();
  };
  const onStructure = () => rebuild();
  type Event = keyof GraphEvents;
  const structure: Event[] = ['edgeAdded', 'edgeDropped', 'nodeDropped', 'edgesCleared', 'cleared'];
  const listeners: [Event, (payload: never) => void][] = [
    ['nodeAttributesUpdated', onNodeUpdated],
    ['eachNodeAttributesUpdated', onBulk],
    ...structure.map((event) => [event, onStructure] as [Event, () => void]),
  ];
  for (const [event, fn] of listeners) graph.on(event, fn);

  return {
    show(edges) {
      if (killed) return;
      wanted = edges;
      wantedSet = edges === 'all' ? null : new Set(edges);
      build();
    },
    hide() {
      if (killed) return;
      wanted = null;
      run++;
      building = false;
      slotOf = new Map();
      main = EMPTY;
      above = new Set();
      top = EMPTY;
      drawer.clear();
    },
    restyle(changed) {
      if (killed || wanted === null) return;
      if (building) {
        for (const id of changed) pendingStyles.add(id);
        return;
      }
      // a relation without a slot shown again: everything written anew
      const result = restyleSlots(changed);
      if (result === 'rebuild') rebuild();
      else if (result) publish();
    },
    get busy() {
      return building;
    },
    get drawn() {
      return main.count;
    },
    kill() {
      if (killed) return;
      killed = true;
      run++;
      for (const [event, fn] of listeners) graph.removeListener(event, fn);
      drawer.kill();
    },
  };
}
