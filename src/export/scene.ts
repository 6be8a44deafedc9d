// The picture of the current subgraph as plain data (a Scene): page size, edges as straight or
// quadratic paths with arrowheads, nodes as circles, labels, title, date line, legend and source
// line, all in CSS pixels. Pure: the SVG writer (svg.ts) and the canvas painter (canvas.ts) only
// draw what this computes, from the same style module as the screen (render/style.ts), so the
// two image formats and the screen agree. Positions are the graph's x/y attributes (y up, as
// sigma draws them), flipped to the picture's y down.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import {
  BACKGROUND,
  DIMMED_EDGE,
  DIMMED_NODE,
  isAcronym,
  nodeLabel,
  SELECTED_RING,
  styleEdge,
  styleNode,
  type StyleView,
} from '../render/style';
import {
  appearanceSections,
  layoutLegend,
  legendSections,
  type LegendLayout,
  type LegendSections,
} from './legend';
import { estimateTextWidth, fitText } from './text-metrics';
import { fitLines } from '../render/label-text';
import { placeLabels, type Box } from '../render/label-placement';

export interface ImageOptions {
  crop: 'visible' | 'camera';
  /** Graph-coordinate rectangle of the camera viewport, required when crop = 'camera'. */
  cameraBox?: { minX: number; minY: number; maxX: number; maxY: number };
  /** CSS px of the picture (height follows the aspect ratio). */
  width: number;
  /** PNG pixel ratio; width × scale ≤ MAX_PNG_PIXELS. */
  scale: 1 | 2 | 3 | 4;
  title?: string;
  legend: boolean;
  /** e.g. "2025-05-01 – 2025-05-31" or "as of 2025-12-07". */
  dateLine?: string;
  /** e.g. "Source: Alignmap, graph-data (5 articles, 2025)". */
  sourceLine?: string;
  /** Graph coordinates (y up) to draw instead of the x/y attributes (an ego picture's rings). */
  positions?: ReadonlyMap<string, Point>;
  /** Label every actor drawn (an ego picture), moving labels round their actors as needed. */
  labelAll?: boolean;
  /** An actor whose labels point away from it (the centre of an ego picture). */
  centre?: string;
}

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 8000;
/** Largest PNG side in device pixels (width × scale). */
export const MAX_PNG_PIXELS = 8000;
export const FONT_FAMILY = "'Noto Sans JP', sans-serif";
/** The screen width (CSS px) at which a picture has the screen's node and label sizes. */
export const REFERENCE_WIDTH = 1200;

const LABEL_COLOR = '#1d1d1b';
const MUTED_TEXT = '#55554f';
const LEGEND_FILL = '#ffffff';
const LEGEND_STROKE = '#d4d4ce';
const LEADER_COLOR = '#8a8a84';
/** sigma's minimum edge thickness is 1.7 px; pictures are read closer, a little thinner is clearer. */
const MIN_EDGE_WIDTH = 1.2;
/**
 * Width of the background layer (memberships) relative to the screen's: sigma's anti-aliasing
 * feather makes its hairlines lighter than a vector stroke of the same width and colour.
 */
const BACKGROUND_EDGE_SCALE = 0.6;

export interface Point {
  x: number;
  y: number;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SceneEdge {
  id: string;
  relation: string;
  /** The actors at the two ends. */
  source: string;
  target: string;
  color: string;
  width: number;
  from: Point;
  /** Control point of a quadratic curve (parallel edges); null = straight. */
  control: Point | null;
  to: Point;
  /** Arrowhead triangle (tip first) for directed relations. */
  arrow: [Point, Point, Point] | null;
}

export interface SceneNode {
  id: string;
  kind: string;
  x: number;
  y: number;
  r: number;
  color: string;
  /** Colour of a ring around the selected actor. */
  ring: string | null;
}

export interface SceneText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  color: string;
  anchor: 'start' | 'middle' | 'end';
  /** Background-coloured outline drawn under the text (labels over edges stay legible). */
  halo: string | null;
  role: 'label' | 'title' | 'date' | 'source' | 'legend-heading' | 'legend';
  /** The actor of a label. */
  nodeId?: string;
}

/** A thin line from an actor to its label placed away from it. */
export interface SceneLeader {
  nodeId: string;
  from: Point;
  to: Point;
  color: string;
  width: number;
}

/** A legend swatch: a stroke, a filled triangle (arrowhead) or a filled circle. */
export type Swatch =
  | { shape: 'line'; from: Point; to: Point; width: number; color: string }
  | { shape: 'triangle'; points: [Point, Point, Point]; color: string }
  | { shape: 'circle'; x: number; y: number; r: number; color: string };

export interface SceneLegend {
  box: Rect;
  fill: string;
  stroke: string;
  swatches: Swatch[];
}

export interface Scene {
  width: number;
  height: number;
  background: string;
  fontFamily: string;
  /** The graph area; edges, nodes and labels are clipped to it. */
  area: Rect;
  edges: SceneEdge[];
  nodes: SceneNode[];
  /** Leader lines of labels placed away from their actors (drawn under the labels). */
  leaders: SceneLeader[];
  /** Actor labels: one text per line (a long name is two texts with the same nodeId). */
  labels: SceneText[];
  /** Title, date line, legend texts and source line. */
  texts: SceneText[];
  legend: SceneLegend | null;
  /** Keys of the legend entries (relation types or signs, actor kinds) actually drawn. */
  legendKeys: { relations: string[]; kinds: string[] };
  /** Picture size factor relative to the screen (node radii, label sizes). */
  factor: number;
}

type Graph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** Throws a readable error for options the exporters cannot honour. */
export function checkImageOptions(options: ImageOptions, png = false): void {
  const { width, scale, crop, cameraBox } = options;
  if (!Number.isFinite(width) || width < MIN_WIDTH || width > MAX_WIDTH)
    throw new Error(
      `image export: expected a width between ${MIN_WIDTH} and ${MAX_WIDTH} px, got ${width}`,
    );
  if (![1, 2, 3, 4].includes(scale))
    throw new Error(`image export: expected a scale of 1, 2, 3 or 4, got ${String(scale)}`);
  if (png && width * scale > MAX_PNG_PIXELS)
    throw new Error(
      `image export: a PNG may be at most ${MAX_PNG_PIXELS} px wide, got ${width} × ${scale} = ${width * scale}; lower the width or the scale`,
    );
  if (crop !== 'visible' && crop !== 'camera')
    throw new Error(`image export: expected crop "visible" or "camera", got "${String(crop)}"`);
  if (crop === 'camera') {
    const b = cameraBox;
    if (
      !b ||
      ![b.minX, b.minY, b.maxX, b.maxY].every(Number.isFinite) ||
      b.maxX <= b.minX ||
      b.maxY <= b.minY
    )
      throw new Error(
        'image export: crop "camera" needs a cameraBox with finite minX < maxX and minY < maxY',
      );
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Extents of one element around a point that scales with the picture: u·s + lo … u·s + hi. */
interface Extent {
  u: number;
  lo: number;
  hi: number;
}

function span(extents: Extent[], s: number): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const e of extents) {
    min = Math.min(min, e.u * s + e.lo);
    max = Math.max(max, e.u * s + e.hi);
  }
  return { min, max };
}

/** The largest scale (≤ cap) at which the extents fit in `room` px (span grows with s). */
function fitScale(extents: Extent[], room: number, cap: number): number {
  const width = (s: number) => {
    const r = span(extents, s);
    return r.max - r.min;
  };
  if (width(cap) <= room) return cap;
  if (width(0) > room) return 0;
  let lo = 0;
  let hi = cap;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (width(mid) <= room) lo = mid;
    else hi = mid;
  }
  return lo;
}

interface Item {
  id: string;
  attrs: NodeAttributes;
  gx: number;
  gy: number;
  r: number;
  color: string;
  zIndex: number;
  /** The label's lines (a long name on two lines; none = unlabelled). */
  lines: string[];
  /** Width of the widest line in px. */
  labelWidth: number;
  forced: boolean;
  /**
   * Every actor labelled (an ego picture): the label searches all round its actor and farther
   * out; one that finds no free place is left out rather than drawn over another.
   */
  labelAll: boolean;
  selected: boolean;
  rank: number;
  /** Preferred label direction in picture coordinates (y down); null = right of the actor. */
  outward: Point | null;
}

interface EdgeItem {
  id: string;
  attrs: EdgeAttributes;
  source: Item;
  target: Item;
  curvature: number;
  directed: boolean;
  color: string;
  width: number;
  zIndex: number;
}

/** Sizes that follow the picture width. */
interface Metrics {
  W: number;
  f: number;
  margin: number;
  inner: number;
  labelSize: number;
  lineHeight: number;
  labelGap: number;
}

/** The graph → picture mapping (x' = ox + gx·s, y' = oy − gy·s) and the graph area. */
interface Frame {
  area: Rect;
  px: (gx: number) => number;
  py: (gy: number) => number;
}

/** Longest label line (em) before a name wraps onto a second line. */
const LABEL_WRAP_EM = 11;
/** Lines a picture's label may take: the longest names get wider lines rather than a cut. */
const PICTURE_LABEL_LINES = 4;

/** Builds the Scene of the graph as `view` shows it. Throws on invalid options. */
export function buildScene(graph: Graph, view: StyleView, options: ImageOptions): Scene {
  checkImageOptions(options);
  const m = sceneMetrics(options.width);
  const items = collectNodes(graph, view, options, m);
  const edgeItems = collectEdges(graph, view, items, m.f);
  const header = layoutHeader(options, m);
  const frame =
    options.crop === 'camera'
      ? cameraFrame(options.cameraBox!, header.bottom, m)
      : fitFrame(items, edgeItems, header.bottom, m);
  const nodes = placeNodes(items, frame);
  const edges = placeEdges(edgeItems, frame, nodes, m.f);
  const { labels, leaders } = placeSceneLabels(items, nodes, frame.area, m);
  const footer = layoutFooter(view, options, nodes, edges, frame.area, m);
  return {
    width: m.W,
    height: footer.height,
    background: BACKGROUND,
    fontFamily: FONT_FAMILY,
    area: frame.area,
    edges,
    nodes,
    leaders,
    labels,
    texts: [...header.texts, ...footer.texts],
    legend: footer.legend,
    legendKeys: footer.legendKeys,
    factor: m.f,
  };
}

function sceneMetrics(width: number): Metrics {
  const W = Math.round(width);
  const f = clamp(Math.sqrt(W / REFERENCE_WIDTH), 0.85, 2);
  const margin = Math.round(16 * f);
  const labelSize = round(13 * f);
  return {
    W,
    f,
    margin,
    inner: W - 2 * margin,
    labelSize,
    lineHeight: round(labelSize * 1.2),
    labelGap: 3 * f,
  };
}

/**
 * The label of an actor in a picture: the whole name, never cut (a picture is read closer than the
 * screen and is published: no acronym the reader cannot expand, no elision), on up to four lines
 * that widen for the longest names; an acronym stays (NATO, SCO). Lines break as on screen
 * (label-text.ts).
 */
function labelLines(
  styled: string,
  attrs: NodeAttributes,
  view: StyleView,
  m: Metrics,
  bold: boolean,
) {
  if (styled === '') return [];
  const width = (s: string) => estimateTextWidth(s, m.labelSize, bold);
  const name =
    styled !== nodeLabel(attrs, view.language) && !isAcronym(styled)
      ? nodeLabel(attrs, view.language)
      : styled;
  const max = Math.max(LABEL_WRAP_EM * m.labelSize, width(name) / PICTURE_LABEL_LINES);
  return fitLines(name, width, max, { maxLines: PICTURE_LABEL_LINES, em: m.labelSize }).lines;
}

/** Stage 1: the actors drawn (not hidden, not dimmed, with a position) and their styles. */
function collectNodes(graph: Graph, view: StyleView, options: ImageOptions, m: Metrics): Item[] {
  const items: Item[] = [];
  const positions = options.positions;
  const centre = options.centre ? positions?.get(options.centre) : undefined;
  graph.forEachNode((id, attrs) => {
    if (view.hiddenNodes.has(id) || view.dimmedNodes?.has(id)) return;
    const pos = positions ? positions.get(id) : { x: attrs.x, y: attrs.y };
    if (!pos || !Number.isFinite(pos.x) || !Number.isFinite(pos.y)) return;
    const style = styleNode(id, attrs, view);
    const selected = style.highlighted;
    const lines = labelLines(style.label, attrs, view, m, selected);
    let outward: Point | null = null;
    if (centre) {
      const dx = (pos.x as number) - centre.x;
      const dy = (pos.y as number) - centre.y;
      const len = Math.hypot(dx, dy);
      // picture y is down: away from the centre
      outward = len > 1e-9 ? { x: dx / len, y: -dy / len } : { x: 1, y: 0 };
    }
    items.push({
      id,
      attrs,
      gx: pos.x as number,
      gy: pos.y as number,
      r: style.size * m.f,
      color: style.color,
      zIndex: style.zIndex,
      lines,
      labelWidth: Math.max(0, ...lines.map((l) => estimateTextWidth(l, m.labelSize, selected))),
      // the style forces labels of the largest actors and of a highlight, path or triad
      forced:
        lines.length > 0 &&
        (options.labelAll === true || style.forceLabel || view.selectedNode === id),
      labelAll: options.labelAll === true,
      selected,
      rank: view.sizes.get(id) ?? 0,
      outward,
    });
  });
  return items;
}

/** Stage 2: the relations drawn (both ends drawn, not hidden, not dimmed) and their styles. */
function collectEdges(graph: Graph, view: StyleView, items: Item[], f: number): EdgeItem[] {
  const byId = new Map(items.map((it) => [it.id, it]));
  const edgeItems: EdgeItem[] = [];
  graph.forEachEdge((id, attrs, s, t) => {
    if (view.hiddenEdges.has(id) || view.dimmedEdges?.has(id)) return;
    const source = byId.get(s);
    const target = byId.get(t);
    if (!source || !target) return;
    const style = styleEdge(id, attrs, view);
    edgeItems.push({
      id,
      attrs,
      source,
      target,
      curvature: style.curvature,
      directed: style.type === 'arrow' || style.type === 'curvedArrow',
      color: style.color,
      width: style.background
        ? style.size * BACKGROUND_EDGE_SCALE * f
        : Math.max(MIN_EDGE_WIDTH, style.size) * f,
      zIndex: style.zIndex,
    });
  });
  return edgeItems;
}

/** Stage 3: title and date line above the graph; `bottom` is where the graph area starts. */
function layoutHeader(options: ImageOptions, m: Metrics): { texts: SceneText[]; bottom: number } {
  const texts: SceneText[] = [];
  const { f, margin, inner } = m;
  let top = margin;
  const titleSize = round(Math.max(18, 22 * f));
  const dateSize = round(Math.max(12, 13 * f));
  if (options.title?.trim()) {
    texts.push(
      text(fitText(options.title.trim(), titleSize, inner, true), margin, top + titleSize * 0.9, {
        size: titleSize,
        weight: 700,
        color: LABEL_COLOR,
        role: 'title',
      }),
    );
    top += Math.round(titleSize * 1.35);
  }
  if (options.dateLine?.trim()) {
    texts.push(
      text(fitText(options.dateLine.trim(), dateSize, inner), margin, top + dateSize * 0.9, {
        size: dateSize,
        color: MUTED_TEXT,
        role: 'date',
      }),
    );
    top += Math.round(dateSize * 1.6);
  }
  if (top > margin) top += Math.round(6 * f);
  return { texts, bottom: top };
}

function frameOf(area: Rect, ox: number, oy: number, s: number): Frame {
  return { area, px: (gx) => ox + gx * s, py: (gy) => oy - gy * s };
}

/** Stage 4a: the camera box fills the width (crop 'camera'). */
function cameraFrame(b: NonNullable<ImageOptions['cameraBox']>, top: number, m: Metrics): Frame {
  const s = m.inner / (b.maxX - b.minX);
  const areaH = clamp(Math.round((b.maxY - b.minY) * s), 120, 4 * m.W);
  const area = { x: m.margin, y: top, width: m.inner, height: areaH };
  return frameOf(area, m.margin - b.minX * s, top + areaH / 2 + ((b.minY + b.maxY) / 2) * s, s);
}

/** Extents of an item's circle and forced label along x and y (picture orientation). */
function itemExtents(it: Item, m: Metrics): { x: Extent; y: Extent } {
  const x: Extent = { u: it.gx, lo: -it.r, hi: it.r };
  const y: Extent = { u: -it.gy, lo: -it.r, hi: it.r };
  if (!it.forced) return { x, y };
  const w = m.labelGap + it.labelWidth;
  const h = m.lineHeight * (it.lines.length - 1) + m.labelSize * 1.2;
  const o = it.outward ?? { x: 1, y: 0 };
  if (o.x > 0.38) x.hi = it.r + w;
  else if (o.x < -0.38) x.lo = -it.r - w;
  else {
    x.lo = Math.min(x.lo, -it.labelWidth / 2);
    x.hi = Math.max(x.hi, it.labelWidth / 2);
  }
  if (o.y > 0.38) y.hi = it.r + m.labelGap + h;
  else if (o.y < -0.38) y.lo = -it.r - m.labelGap - h;
  else {
    y.lo = Math.min(y.lo, -h / 2);
    y.hi = Math.max(y.hi, h / 2);
  }
  return { x, y };
}

/** Stage 4b: every actor and forced label fits the width (crop 'visible'). */
function fitFrame(items: Item[], edgeItems: EdgeItem[], top: number, m: Metrics): Frame {
  const { inner, margin, f } = m;
  const xs: Extent[] = [];
  const ys: Extent[] = [];
  for (const it of items) {
    const e = itemExtents(it, m);
    xs.push(e.x);
    ys.push(e.y);
  }
  for (const e of edgeItems) {
    if (e.curvature === 0) continue;
    const mid = curveMidpoint(e.source, e.target, e.curvature);
    xs.push({ u: mid.x, lo: 0, hi: 0 });
    ys.push({ u: -mid.y, lo: 0, hi: 0 });
  }
  const maxH = Math.round(1.5 * inner);
  const minH = Math.round(160 * f);
  if (items.length === 0)
    return frameOf({ x: margin, y: top, width: inner, height: minH }, margin, top, 1);
  const gxSpan = Math.max(...items.map((i) => i.gx)) - Math.min(...items.map((i) => i.gx));
  const gySpan = Math.max(...items.map((i) => i.gy)) - Math.min(...items.map((i) => i.gy));
  const extent = Math.max(gxSpan, gySpan);
  // Never zoom in further than the extent filling the page 1:1 (a lone pair of actors).
  const cap = extent > 0 ? inner / extent : 1;
  let s = Math.min(fitScale(xs, inner, cap), fitScale(ys, maxH, cap));
  if (s === 0) s = extent > 0 ? (inner * 0.5) / extent : 1;
  const sx = span(xs, s);
  const sy = span(ys, s);
  const areaH = clamp(Math.round(sy.max - sy.min), minH, maxH);
  const ox = margin + (inner - (sx.max - sx.min)) / 2 - sx.min;
  const oy = top + (areaH - (sy.max - sy.min)) / 2 - sy.min;
  return frameOf({ x: margin, y: top, width: inner, height: areaH }, ox, oy, s);
}

const boxMeets = (b: Box, area: Rect) =>
  b.x1 >= area.x && b.x0 <= area.x + area.width && b.y1 >= area.y && b.y0 <= area.y + area.height;

/** Stage 5: actors (culled to the area for camera crops), lowest zIndex first, then graph order. */
function placeNodes(items: Item[], frame: Frame): SceneNode[] {
  const nodes: SceneNode[] = [];
  for (const it of [...items].sort((a, b) => a.zIndex - b.zIndex)) {
    const x = round(frame.px(it.gx));
    const y = round(frame.py(it.gy));
    const r = round(it.r);
    if (!boxMeets({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }, frame.area)) continue;
    nodes.push({
      id: it.id,
      kind: String(it.attrs.kind),
      x,
      y,
      r,
      color: it.color,
      ring: it.selected ? SELECTED_RING : null,
    });
  }
  return nodes;
}

/** Stage 6: relations whose path meets the area (both ends are visible actors). */
function placeEdges(
  edgeItems: EdgeItem[],
  frame: Frame,
  nodes: SceneNode[],
  f: number,
): SceneEdge[] {
  const drawn = new Set(nodes.map((n) => n.id));
  const edges: SceneEdge[] = [];
  for (const e of [...edgeItems].sort((a, b) => a.zIndex - b.zIndex)) {
    const from = { x: frame.px(e.source.gx), y: frame.py(e.source.gy) };
    const to = { x: frame.px(e.target.gx), y: frame.py(e.target.gy) };
    const edge = edgeGeometry(e.id, from, to, e.curvature, e.target.r, e.directed, e.width, f);
    const pts = [edge.from, edge.to, ...(edge.control ? [edge.control] : [])];
    const bbox = {
      x0: Math.min(...pts.map((p) => p.x)),
      y0: Math.min(...pts.map((p) => p.y)),
      x1: Math.max(...pts.map((p) => p.x)),
      y1: Math.max(...pts.map((p) => p.y)),
    };
    if (!drawn.has(e.source.id) && !drawn.has(e.target.id) && !boxMeets(bbox, frame.area)) continue;
    edges.push({
      ...edge,
      relation: String(e.attrs.relation),
      source: e.source.id,
      target: e.target.id,
      color: e.color,
    });
  }
  return edges;
}

/**
 * Stage 7: labels — the selected actor's first, then forced ones, then the largest actors; forced
 * labels move round their actor (with a leader line if need be), optional ones only go right or
 * left of it where they overlap nothing placed.
 */
function placeSceneLabels(
  items: Item[],
  nodes: SceneNode[],
  area: Rect,
  m: Metrics,
): { labels: SceneText[]; leaders: SceneLeader[] } {
  const drawn = new Map(nodes.map((n) => [n.id, n]));
  const order = items
    .filter((it) => it.lines.length > 0 && drawn.has(it.id))
    .sort(
      (a, b) =>
        Number(b.selected) - Number(a.selected) ||
        Number(b.forced) - Number(a.forced) ||
        b.rank - a.rank ||
        b.r - a.r ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const byId = new Map(items.map((it) => [it.id, it]));
  const placed = placeLabels(
    order.map((it) => {
      const n = drawn.get(it.id)!;
      return {
        id: it.id,
        x: n.x,
        y: n.y,
        r: n.r,
        lines: it.lines,
        width: it.labelWidth,
        forced: it.forced && (!it.labelAll || it.selected),
        ...(it.outward ? { outward: it.outward } : {}),
        nearOnly: !it.forced,
      };
    }),
    {
      fontSize: m.labelSize,
      lineHeight: m.lineHeight,
      gap: m.labelGap,
      pad: 2 * m.f,
      bounds: { x0: area.x, y0: area.y, x1: area.x + area.width, y1: area.y + area.height },
      circles: nodes,
    },
  );
  const labels: SceneText[] = [];
  const leaders: SceneLeader[] = [];
  for (const p of placed) {
    const it = byId.get(p.id)!;
    p.lines.forEach((line, i) =>
      labels.push(
        text(line, p.x, p.y + i * m.lineHeight, {
          size: m.labelSize,
          weight: it.selected ? 700 : 400,
          color: LABEL_COLOR,
          anchor: p.anchor,
          role: 'label',
          halo: BACKGROUND,
          nodeId: it.id,
        }),
      ),
    );
    if (p.leader)
      leaders.push({
        nodeId: p.id,
        from: { x: round(p.leader.from.x), y: round(p.leader.from.y) },
        to: { x: round(p.leader.to.x), y: round(p.leader.to.y) },
        color: LEADER_COLOR,
        width: round(0.8 * m.f),
      });
  }
  return { labels, leaders };
}

/** Stage 8: legend band and source line under the graph, and the page height. */
function layoutFooter(
  view: StyleView,
  options: ImageOptions,
  nodes: SceneNode[],
  edges: SceneEdge[],
  area: Rect,
  m: Metrics,
): {
  texts: SceneText[];
  legend: SceneLegend | null;
  legendKeys: Scene['legendKeys'];
  height: number;
} {
  const { f, margin, inner } = m;
  const texts: SceneText[] = [];
  let bottom = area.y + area.height + Math.round(10 * f);
  let legend: SceneLegend | null = null;
  // What the legend explains: the elements drawn in colour (not greyed outside a highlight);
  // with bloc colouring (view.nodeColors) the colours drawn, not the kinds.
  const coloured = nodes.filter((n) => n.color !== DIMMED_NODE);
  const relationsShown = new Set(
    edges.filter((e) => e.color !== DIMMED_EDGE).map((e) => e.relation),
  );
  const kindsShown = new Set(coloured.map((n) => n.kind));
  // (appearance colours are an attribute's partition, not blocs: see appearanceSections)
  const blocColours = view.nodeColors && !view.appearance?.nodeColors;
  const colorsShown = blocColours ? new Set(coloured.map((n) => n.color)) : null;
  let sections: LegendSections = legendSections(
    relationsShown,
    kindsShown,
    view.language,
    view.edgeColorMode,
    colorsShown,
  );
  if (view.appearance) {
    const drawn = (ids: string[], colors: ReadonlyMap<string, string> | undefined) =>
      new Set(ids.flatMap((id) => colors?.get(id) ?? []));
    sections = appearanceSections(
      sections,
      view.appearance,
      {
        nodes: drawn(
          coloured.map((n) => n.id),
          view.nodeColors,
        ),
        edges: drawn(
          edges.filter((e) => e.color !== DIMMED_EDGE).map((e) => e.id),
          view.edgeColors,
        ),
      },
      view.language,
    );
  }
  if (options.legend) {
    const layout = layoutLegend(
      sections,
      view.language,
      margin,
      bottom,
      inner,
      round(Math.max(12, 12 * f)),
    );
    if (layout) {
      legend = legendScene(layout);
      texts.push(...legendTexts(layout));
      bottom += layout.box.height + Math.round(10 * f);
    }
  }
  if (options.sourceLine?.trim()) {
    const size = round(Math.max(11, 11 * f));
    texts.push(
      text(fitText(options.sourceLine.trim(), size, inner), margin, bottom + size, {
        size,
        color: MUTED_TEXT,
        role: 'source',
      }),
    );
    bottom += Math.round(size * 1.5);
  }
  return {
    texts,
    legend,
    legendKeys: {
      relations: sections.relations.map((e) => e.key),
      kinds: sections.kinds.map((e) => e.key),
    },
    height: Math.round(bottom + margin - Math.round(10 * f)),
  };
}

function text(
  value: string,
  x: number,
  y: number,
  o: Partial<SceneText> & Pick<SceneText, 'size' | 'color' | 'role'>,
): SceneText {
  return {
    text: value,
    x: round(x),
    y: round(y),
    weight: 400,
    anchor: 'start',
    halo: null,
    ...o,
  };
}

/** The curve's control point in graph coordinates (y up), as @sigma/edge-curve places it. */
function curveControl(a: Point, b: Point, curvature: number): Point {
  // sigma: control = middle + (−dy, dx) · curvature in its y-up viewport.
  return {
    x: (a.x + b.x) / 2 - (b.y - a.y) * curvature,
    y: (a.y + b.y) / 2 + (b.x - a.x) * curvature,
  };
}

function curveMidpoint(a: { gx: number; gy: number }, b: { gx: number; gy: number }, c: number) {
  const p0 = { x: a.gx, y: a.gy };
  const p2 = { x: b.gx, y: b.gy };
  const cp = curveControl(p0, p2, c);
  return { x: 0.25 * p0.x + 0.5 * cp.x + 0.25 * p2.x, y: 0.25 * p0.y + 0.5 * cp.y + 0.25 * p2.y };
}

/**
 * Geometry of one edge in picture coordinates (y down): the curve control point, and for directed
 * relations an arrowhead whose tip touches the target circle (sigma: length 2.5 × and width 2 ×
 * the thickness; a little larger here so that print shows the direction).
 */
export function edgeGeometry(
  id: string,
  from: Point,
  to: Point,
  curvature: number,
  targetRadius: number,
  directed: boolean,
  width: number,
  factor = 1,
): Omit<SceneEdge, 'relation' | 'color' | 'source' | 'target'> {
  // Picture y is down: the y-up control formula applies with y negated.
  const control =
    curvature !== 0
      ? (() => {
          const c = curveControl({ x: from.x, y: -from.y }, { x: to.x, y: -to.y }, curvature);
          return { x: c.x, y: -c.y };
        })()
      : null;
  let end = to;
  let arrow: SceneEdge['arrow'] = null;
  const towards = control ?? from;
  const dx = to.x - towards.x;
  const dy = to.y - towards.y;
  const len = Math.hypot(dx, dy);
  if (directed && len > 1e-9) {
    const ux = dx / len;
    const uy = dy / len;
    const length = Math.max(7 * factor, width * 3);
    const half = Math.max(3 * factor, width * 1.4);
    const tip = { x: to.x - ux * targetRadius, y: to.y - uy * targetRadius };
    const base = { x: tip.x - ux * length, y: tip.y - uy * length };
    arrow = [
      { x: round(tip.x), y: round(tip.y) },
      { x: round(base.x - uy * half), y: round(base.y + ux * half) },
      { x: round(base.x + uy * half), y: round(base.y - ux * half) },
    ];
    end = { x: base.x + ux * 0.5, y: base.y + uy * 0.5 };
  }
  const pt = (p: Point) => ({ x: round(p.x), y: round(p.y) });
  return {
    id,
    width: round(width),
    from: pt(from),
    control: control ? pt(control) : null,
    to: pt(end),
    arrow,
  };
}

function legendScene(layout: LegendLayout): SceneLegend {
  const swatches: Swatch[] = [];
  for (const { entry, swatch: sw } of layout.items) {
    const color = entry.color;
    if (entry.shape === 'node') {
      swatches.push({
        shape: 'circle',
        x: round((sw.x0 + sw.x1) / 2),
        y: round(sw.y),
        r: round(sw.r),
        color,
      });
      continue;
    }
    const width = entry.shape === 'hairline' ? 1 : round(Math.max(2, sw.r * 0.45));
    const head = entry.shape === 'arrow' ? sw.r * 1.6 : 0;
    swatches.push({
      shape: 'line',
      from: { x: round(sw.x0), y: round(sw.y) },
      to: { x: round(sw.x1 - head * 0.8), y: round(sw.y) },
      width,
      color,
    });
    if (head > 0)
      swatches.push({
        shape: 'triangle',
        points: [
          { x: round(sw.x1), y: round(sw.y) },
          { x: round(sw.x1 - head), y: round(sw.y - sw.r * 0.8) },
          { x: round(sw.x1 - head), y: round(sw.y + sw.r * 0.8) },
        ],
        color,
      });
  }
  return { box: layout.box, fill: LEGEND_FILL, stroke: LEGEND_STROKE, swatches };
}

function legendTexts(layout: LegendLayout): SceneText[] {
  const size = layout.fontSize;
  return [
    ...layout.headings.map((h) =>
      text(h.text, h.x, h.y, { size, weight: 700, color: LABEL_COLOR, role: 'legend-heading' }),
    ),
    ...layout.items.map((i) =>
      text(i.text.value, i.text.x, i.text.y, { size, color: LABEL_COLOR, role: 'legend' }),
    ),
    ...layout.notes.map((n) => text(n.text, n.x, n.y, { size, color: MUTED_TEXT, role: 'legend' })),
  ];
}
