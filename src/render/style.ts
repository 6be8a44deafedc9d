// The one style module: node/edge attributes + a precomputed view state → what to draw (colour,
// size, label, hidden, z-index, edge program). Pure (no DOM, no sigma) so the screen renderer and
// the image exporters share it and their pictures match. Also exports the legend data.
import {
  ACTOR_KINDS,
  FOREIGN_VALUE_INFO,
  KIND_INFO as KIND_NAMES,
  RELATION_INFO,
  RELATION_TYPES,
  type ActorKind,
  type RelationType,
} from '../model/vocabulary';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import type { Language } from '../model/language';
import { valueKey } from '../graph/filters';
import { elideMiddle, estimateTextWidth, fitLines } from './label-text';

export type EdgeColorMode = 'relation' | 'sign';

/** What the reducers may look up. Every field is precomputed once per UI change, never per node. */
export interface StyleView {
  language: Language;
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** Neighbourhood of the hovered or selected actor (or the ends of a selected edge); null = no focus. */
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Size-by metric, normalised to 0..1; missing ids get the minimum size. */
  sizes: ReadonlyMap<string, number>;
  edgeColorMode: EdgeColorMode;
  /** Curvature of edges that share their two ends with others (see parallel-edges.ts); absent = straight. */
  curvatures: ReadonlyMap<string, number>;
  /**
   * Actors whose label is always drawn when nothing is in focus (the largest by the size metric);
   * the others are labelled where the renderer's label grid has room. Absent = none forced.
   */
  labelled?: ReadonlySet<string>;
  /**
   * Outside the ego focus with outside=dim: drawn faded and unlabelled, behind everything else.
   * Not part of an export's subgraph (see src/graph/visible.ts). Absent = none.
   */
  dimmedNodes?: ReadonlySet<string>;
  dimmedEdges?: ReadonlySet<string>;
  /** Fill colour per actor (bloc colouring, blocs=on); absent ids keep their kind colour. */
  nodeColors?: ReadonlyMap<string, string>;
  /** Colour per relation (a file's own, or an attribute's partition); absent ids keep theirs. */
  edgeColors?: ReadonlyMap<string, string>;
  /** Width 0..1 per relation (a file's thickness/weight, an attribute's ranking); absent = default. */
  edgeSizes?: ReadonlyMap<string, number>;
  /** What the appearance choices show, for the legend of a picture (see AppearanceView). */
  appearance?: AppearanceView;
  /**
   * A shortest path or an unbalanced triad shown in the graph: its actors labelled, its relations
   * drawn thick on top, everything else faded, unless a hover highlight takes precedence.
   */
  emphasis?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

export interface NodeStyle {
  color: string;
  size: number;
  /** The label drawn on the graph: the short label, the whole name in a small focus, or ''. */
  label: string;
  /** The whole name in the view's language (the hover card and the details show it). */
  fullLabel: string;
  hidden: boolean;
  zIndex: number;
  forceLabel: boolean;
  highlighted: boolean;
  type: 'circle';
}

export interface EdgeStyle {
  color: string;
  size: number;
  hidden: boolean;
  zIndex: number;
  forceLabel: boolean;
  /** Sigma edge program: straight or curved (parallel edges), with an arrow for directed types. */
  type: 'line' | 'arrow' | 'curve' | 'curvedArrow';
  /** Curvature for curved programs (0 for straight ones). */
  curvature: number;
  label: string;
  /** Part of the quiet background layer (a membership out of focus, see BACKGROUND_RELATIONS). */
  background: boolean;
}

export const BACKGROUND = '#fcfcfa';
export const DIMMED_NODE = '#d9d9d6';
export const DIMMED_EDGE = '#ecece8';
export const SELECTED_RING = '#111111';
export const NODE_SIZE_MIN = 5;
export const NODE_SIZE_MAX = 20;
export const LABEL_FONT = '"Noto Sans JP", system-ui, sans-serif';

/** Okabe-Ito colours plus greys and lightness variants: friendly = blues/greens, hostile = vermillion/black. */
export const RELATION_COLORS: Record<RelationType, string> = {
  represents: '#b3b3b3',
  member_of: '#808080',
  alliance: '#0072b2',
  partnership: '#56b4e9',
  cooperation: '#009e73',
  support: '#00563f',
  trade: '#e69f00',
  negotiation: '#cc79a7',
  proposal: '#8e4a73',
  criticism: '#f0a35e',
  pressure: '#d55e00',
  sanction: '#000000',
  conflict: '#8c2d04',
  dispute: '#b8a200',
};

/** Paul Tol's "bright" qualitative scheme (colour-blind safe) for actor kinds. */
export const KIND_COLORS: Record<ActorKind, string> = {
  state: '#4477aa',
  organization: '#ee6677',
  person: '#228833',
  agreement: '#ccbb44',
  group: '#aa3377',
};

/**
 * Bloc colours: Paul Tol's "muted" qualitative scheme (colour-blind safe), distinct from the kind
 * colours; blocs beyond it and single actors get BLOC_OTHER.
 */
export const BLOC_COLORS: readonly string[] = [
  '#332288',
  '#44aa99',
  '#cc6677',
  '#ddcc77',
  '#88ccee',
  '#882255',
  '#117733',
  '#999933',
  '#aa4499',
];
export const BLOC_OTHER = '#bbbbbb';

/** The colour of bloc number `index` (0 = largest), or BLOC_OTHER past the palette. */
export function blocColor(index: number): string {
  return BLOC_COLORS[index] ?? BLOC_OTHER;
}

export const SIGN_COLORS: Record<-1 | 0 | 1, string> = {
  1: '#0072b2',
  0: '#999999',
  [-1]: '#d55e00',
};
const UNKNOWN_COLOR = '#999999';

/**
 * Colours for relation types of imported files that are not in our vocabulary (a file's own
 * "tariffs", "funds"…): Paul Tol's "muted" scheme, darker than the membership greys, assigned by a
 * stable hash of the name so that a type keeps its colour across sessions. The importer's generic
 * `related` stays grey. Memoised: the reducers call this per edge per frame.
 */
export const FOREIGN_RELATION_COLORS = [
  '#332288',
  '#88ccee',
  '#44aa99',
  '#117733',
  '#999933',
  '#ddcc77',
  '#cc6677',
  '#882255',
  '#aa4499',
] as const;
const foreignColors = new Map<string, string>();

export function foreignRelationColor(relation: string): string {
  let color = foreignColors.get(relation);
  if (color === undefined) {
    let hash = 0;
    for (const ch of relation) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) >>> 0;
    color =
      relation === 'related'
        ? UNKNOWN_COLOR
        : FOREIGN_RELATION_COLORS[hash % FOREIGN_RELATION_COLORS.length]!;
    foreignColors.set(relation, color);
  }
  return color;
}

/** How strongly a relation is drawn: 1 = full; proposed/threatened/planned weaker, speculative weaker still. */
export function edgeStrength(status: string, certainty: string): number {
  const byStatus =
    status === 'proposed' || status === 'threatened' || status === 'planned'
      ? 0.45
      : status === 'ended'
        ? 0.6
        : 1;
  const byCertainty =
    certainty === 'speculative'
      ? 0.45
      : certainty === 'unverified'
        ? 0.7
        : certainty === 'reported'
          ? 0.85
          : 1;
  return byStatus * byCertainty;
}

/**
 * Mixes a #rrggbb colour towards another: t = 0 keeps `color`, t = 1 gives `toward`. Memoised
 * (a few dozen colour × strength pairs occur): the style of every edge calls it.
 */
export function mixColor(color: string, toward: string, t: number): string {
  let byToward = mixed.get(color);
  if (!byToward) mixed.set(color, (byToward = new Map()));
  let byT = byToward.get(toward);
  if (!byT) byToward.set(toward, (byT = new Map()));
  let result = byT.get(t);
  if (result === undefined) {
    const a = parseHex(color);
    const b = parseHex(toward);
    const k = Math.min(1, Math.max(0, t));
    const channel = (i: number) =>
      Math.round(a[i]! + (b[i]! - a[i]!) * k)
        .toString(16)
        .padStart(2, '0');
    result = `#${channel(0)}${channel(1)}${channel(2)}`;
    byT.set(t, result);
  }
  return result;
}
const mixed = new Map<string, Map<string, Map<number, string>>>();

function parseHex(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) throw new Error(`style: expected a #rrggbb colour, got "${color}"`);
  const v = parseInt(m[1]!, 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

export function nodeLabel(attrs: Pick<NodeAttributes, 'label' | 'labelJa'>, language: Language) {
  return language === 'ja' ? attrs.labelJa || attrs.label : attrs.label || attrs.labelJa;
}

/** Canvas label size (px) and the width (em) past which a label goes onto a second line. */
export const LABEL_SIZE = 13;
export const LABEL_WRAP_EM = 10;
/** English names longer than this give way to their acronym (NATO, SCO) when one is known. */
export const ACRONYM_FROM_LENGTH = 24;
const ACRONYM = /^[A-Z][A-Z0-9&+-]{1,7}$/;
/** An acronym such as NATO, SCO, G7 (what shortLabel puts for long English names). */
export const isAcronym = (label: string) => ACRONYM.test(label);
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uff60]/;
const TRAILING_PARENTHESIS = /\s*[(（][^()（）]*[)）]\s*$/;
const labelEm = (s: string) => estimateTextWidth(s, 1);

/**
 * Whether a text fits, by text: a restyle asks it for every actor's name, and breaking a name
 * (fitLines) is the dearest part of styling an actor. Cleared when full.
 */
const fitsByText = new Map<string, boolean>();
const FITS_KEPT = 50_000;

/** A label on at most two lines of the graph's label width, uncut (see label-text.ts). */
export function labelFits(text: string): boolean {
  let fits = fitsByText.get(text);
  if (fits === undefined) {
    const { lines, cut } = fitLines(text, labelEm, LABEL_WRAP_EM, { em: 1 });
    fits =
      !cut && lines.length <= 2 && lines.every((l) => labelEm(l) <= LABEL_WRAP_EM * LABEL_SLACK);
    if (fitsByText.size >= FITS_KEPT) fitsByText.clear();
    fitsByText.set(text, fits);
  }
  return fits;
}
const LABEL_SLACK = 1.35;

/**
 * The label drawn on the graph when the actor is not in focus: the name, on two lines when long
 * (the drawers break it, label-text.ts); in English a long body's acronym (NATO, SCO). A name
 * that does not fit two lines loses its trailing qualifier ("(2025)", "(US Treasury)"), else
 * gives way to the first of its aliases in the language that fits (「ユーラシア憲章」,
 * "2001 China-Russia treaty"); only a name with none is elided in the middle ("China-Russia Joint Statement on … for a New
 * Era (2025)"). The
 * whole name is in the hover card, the focus and the details panel.
 */
export function shortLabel(
  attrs: Pick<NodeAttributes, 'label' | 'labelJa' | 'aliases'>,
  language: Language,
): string {
  const full = nodeLabel(attrs, language);
  const aliases = attrs.aliases ?? [];
  if (language === 'en' && [...full].length > ACRONYM_FROM_LENGTH) {
    const acronym = aliases.find(isAcronym);
    if (acronym) return acronym;
  }
  if (labelFits(full)) return full;
  const stripped = full.replace(TRAILING_PARENTHESIS, '');
  if (stripped && stripped !== full && labelFits(stripped)) return stripped;
  // aliases in the data's order (the usual short name first)
  const alias = aliases.find((a) => WIDE.test(a) === (language === 'ja') && labelFits(a));
  if (alias) return alias;
  return elideMiddle(full, labelEm, LABEL_WRAP_EM, { slack: LABEL_SLACK }).text;
}

export function nodeSize(value: number | undefined): number {
  const v = Math.min(1, Math.max(0, value ?? 0));
  return NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * Math.sqrt(v);
}

export function kindColor(kind: string): string {
  return KIND_COLORS[kind as ActorKind] ?? UNKNOWN_COLOR;
}

export function relationColor(relation: string, mode: EdgeColorMode = 'relation'): string {
  const info = RELATION_INFO[relation as RelationType];
  if (!info) return mode === 'sign' ? SIGN_COLORS[0] : foreignRelationColor(relation);
  return mode === 'sign' ? SIGN_COLORS[info.sign] : RELATION_COLORS[relation as RelationType];
}

export function isDirectedRelation(relation: string): boolean {
  return RELATION_INFO[relation as RelationType]?.directed ?? false;
}

/** The highlight in force: a hover/selection highlight, else the path or triad emphasis. */
function focusOf(view: StyleView): StyleView['highlight'] {
  return view.highlight ?? view.emphasis ?? null;
}

/**
 * A focus of at most this many actors labels them with their full names; a larger one (a hub's
 * neighbourhood) uses the short labels, all still shown, so that they do not run into each other.
 */
export const FULL_LABEL_FOCUS = 12;

export function styleNode(id: string, attrs: NodeAttributes, view: StyleView): NodeStyle {
  const hidden = view.hiddenNodes.has(id);
  const focus = focusOf(view);
  const highlighted = focus?.nodes.has(id) ?? false;
  const dimmed = (focus !== null && !highlighted) || (view.dimmedNodes?.has(id) ?? false);
  const selected = view.selectedNode === id;
  const fullLabel = nodeLabel(attrs, view.language);
  return {
    color: dimmed ? DIMMED_NODE : (view.nodeColors?.get(id) ?? kindColor(attrs.kind)),
    size: nodeSize(view.sizes.get(id)),
    label: dimmed
      ? ''
      : selected || (highlighted && focus!.nodes.size <= FULL_LABEL_FOCUS)
        ? fullLabel
        : shortLabel(attrs, view.language),
    fullLabel,
    hidden,
    zIndex: selected ? 3 : highlighted ? 2 : dimmed ? 0 : 1,
    forceLabel: highlighted || (focus === null && !dimmed && (view.labelled?.has(id) ?? false)),
    highlighted: selected,
    type: 'circle',
  };
}

/**
 * Structural relations (memberships: over 500 of them, to a few large bodies) are a quiet layer
 * unless in focus: hairlines, light grey, drawn under the relations the sources report, so that
 * who is aligned with (or against) whom reads first and the memberships do not form a hairball.
 * The screen needs sigma's minEdgeThickness below BACKGROUND_EDGE_SIZE (sigma-host.ts).
 */
export const BACKGROUND_RELATIONS: ReadonlySet<string> = new Set(['member_of']);
/** How far a background relation's colour is mixed towards the background (0 = own colour). */
export const BACKGROUND_EDGE_FADE = 0.6;
/** Width of a background relation (the reported ones: 1.6, or 1.28 when weaker). */
export const BACKGROUND_EDGE_SIZE = 0.8;
/** zIndex of the background layer: under the reported relations (1), with the dimmed ones. */
const BACKGROUND_Z = 0;

export function styleEdge(id: string, attrs: EdgeAttributes, view: StyleView): EdgeStyle {
  const hidden = view.hiddenEdges.has(id);
  const focus = focusOf(view);
  const highlighted = focus?.edges.has(id) ?? false;
  const dimmed = (focus !== null && !highlighted) || (view.dimmedEdges?.has(id) ?? false);
  const selected = view.selectedEdge === id;
  const emphasised = view.highlight === null && (view.emphasis?.edges.has(id) ?? false);
  const background = BACKGROUND_RELATIONS.has(attrs.relation) && !highlighted && !selected;
  const strength = edgeStrength(attrs.status, attrs.certainty);
  const own = view.edgeColors?.get(id);
  const base =
    own !== undefined ? opaqueColor(own) : relationColor(attrs.relation, view.edgeColorMode);
  const curvature = view.curvatures.get(id) ?? 0;
  // a hairline's arrowhead is a speck (a dotted ring around each large body): none in the background
  const directed = isDirectedRelation(attrs.relation) && !background;
  const curved = curvature !== 0;
  const fade = background ? 1 - strength * (1 - BACKGROUND_EDGE_FADE) : 1 - strength;
  return {
    color: dimmed ? DIMMED_EDGE : mixColor(base, BACKGROUND, fade),
    size: background
      ? BACKGROUND_EDGE_SIZE
      : (selected || emphasised ? 4 : highlighted ? 2.5 : 1.6) *
        (strength < 1 ? 0.8 : 1) *
        (view.edgeSizes ? edgeWidth(view.edgeSizes.get(id)) / 1.6 : 1),
    hidden,
    zIndex: selected ? 3 : highlighted ? 2 : dimmed || background ? BACKGROUND_Z : 1,
    forceLabel: selected,
    type: curved ? (directed ? 'curvedArrow' : 'curve') : directed ? 'arrow' : 'line',
    curvature,
    label: relationLabel(attrs.relation, view.language),
    background,
  };
}

export function relationLabel(relation: string, language: Language): string {
  const info = RELATION_INFO[relation as RelationType] ?? FOREIGN_VALUE_INFO[relation];
  return info ? info[language] : relation;
}

export interface LegendEntry<K extends string> {
  key: K;
  color: string;
  en: string;
  ja: string;
}

export const RELATION_LEGEND: LegendEntry<RelationType>[] = RELATION_TYPES.map((key) => ({
  key,
  color: RELATION_COLORS[key],
  en: RELATION_INFO[key].en,
  ja: RELATION_INFO[key].ja,
}));

export const KIND_LEGEND: LegendEntry<ActorKind>[] = ACTOR_KINDS.map((key) => ({
  key,
  color: KIND_COLORS[key],
  en: KIND_NAMES[key].en,
  ja: KIND_NAMES[key].ja,
}));

// ---------------------------------------------------------------------------------------------
// Appearance of foreign data (Gephi Lite's Appearance panel): a file's own colours and sizes, or
// any node attribute as a partition (categorical colours with a legend) or a ranking (size).

/** A node colour attribute ("#rgb", "#rrggbb", "#rrggbbaa" from GEXF alpha, "rgb(a)(…)") as CSS. */
export function cssColorOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim().toLowerCase();
  if (/^#([0-9a-f]{3}|[0-9a-f]{6})$/.test(s)) return s;
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(s);
  if (m) {
    const [r, g, b, a] = [m[1], m[2], m[3], m[4]].map((h) => parseInt(h as string, 16));
    return `rgba(${r}, ${g}, ${b}, ${Math.round(((a as number) / 255) * 1000) / 1000})`;
  }
  if (/^rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*[\d.]+\s*)?\)$/.test(s)) return s;
  return undefined;
}

/** Colours of a partition's values, most frequent first (Tol muted, then Tol bright, then grey). */
export const PARTITION_COLORS: readonly string[] = [...BLOC_COLORS, ...Object.values(KIND_COLORS)];
export const PARTITION_OTHER = '#bbbbbb';

export interface PartitionEntry {
  value: string;
  color: string;
  count: number;
}

/** Partition legend: one entry per distinct value (as text), most frequent first, then by name. */
export function partitionLegend(values: Iterable<unknown>): PartitionEntry[] {
  const counts = new Map<string, number>();
  for (const v of values) {
    const key = valueKey(v);
    if (key === undefined) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }))
    .map(([value, count], i) => ({
      value,
      count,
      color: PARTITION_COLORS[i] ?? PARTITION_OTHER,
    }));
}

/** Text key of an attribute value for partitions and category filters (as filters.ts's). */
export const partitionKey = valueKey;

/** Numeric values normalised to 0..1 (min → 0, max → 1; all equal → 0.5); non-numbers left out. */
export function rankingSizes(values: Iterable<[string, unknown]>): Map<string, number> {
  const nums: [string, number][] = [];
  for (const [id, v] of values) {
    const n =
      typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isFinite(n)) nums.push([id, n]);
  }
  if (nums.length === 0) return new Map();
  let min = Infinity;
  let max = -Infinity;
  for (const [, n] of nums) {
    min = Math.min(min, n);
    max = Math.max(max, n);
  }
  return new Map(nums.map(([id, n]) => [id, max > min ? (n - min) / (max - min) : 0.5]));
}

/** Colour per node id from its attributes (ids whose colour is undefined are left out). */
export function nodeColorMap(
  nodes: Iterable<[string, Record<string, unknown>]>,
  colorOf: (attrs: Record<string, unknown>) => string | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, a] of nodes) {
    const c = colorOf(a);
    if (c !== undefined) out.set(id, c);
  }
  return out;
}

/** Attributes preferred for the legend of a file's colours (Gephi's community detection first). */
const PARTITION_HINT = /modularity|community|cluster|class|group|partition/i;

/**
 * A legend for a file's own colours: the first of `keys` whose values map one to one onto the
 * node colours (lesmis.gexf: modularity_class), with those colours; null when none does.
 */
export function fileColorLegend(
  nodes: Record<string, unknown>[],
  keys: readonly string[],
): { key: string; entries: PartitionEntry[] } | null {
  const ordered = [...keys].sort(
    (a, b) => Number(PARTITION_HINT.test(b)) - Number(PARTITION_HINT.test(a)),
  );
  for (const key of ordered) {
    const colorOf = new Map<string, string>();
    const valueOf = new Map<string, string>();
    let ok = true;
    for (const a of nodes) {
      const value = partitionKey(a[key]);
      const color = cssColorOf(a.color);
      if (value === undefined || color === undefined) continue;
      if ((colorOf.get(value) ?? color) !== color || (valueOf.get(color) ?? value) !== value) {
        ok = false;
        break;
      }
      colorOf.set(value, color);
      valueOf.set(color, value);
    }
    if (!ok || colorOf.size < 2) continue;
    const entries = partitionLegend(nodes.map((a) => a[key])).map((e) => ({
      ...e,
      color: colorOf.get(e.value) ?? e.color,
    }));
    return { key, entries };
  }
  return null;
}

/** Edge widths of a ranking (0..1 → EDGE_SIZE_MIN..EDGE_SIZE_MAX, linear as Gephi's). */
export const EDGE_SIZE_MIN = 1;
export const EDGE_SIZE_MAX = 6;

export function edgeWidth(value: number | undefined): number {
  const v = Math.min(1, Math.max(0, value ?? 0));
  return EDGE_SIZE_MIN + (EDGE_SIZE_MAX - EDGE_SIZE_MIN) * v;
}

const opaque = new Map<string, string>();

/**
 * A CSS colour (cssColorOf's forms) as #rrggbb, its alpha blended over the background (what a
 * translucent line looks like on the page); colours it cannot read are grey.
 */
export function opaqueColor(css: string): string {
  let result = opaque.get(css);
  if (result === undefined) {
    const c = cssColorOf(css);
    const short = c && /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
    const rgba = c && /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(c);
    if (short) result = `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
    else if (c?.startsWith('#')) result = c;
    else if (rgba) {
      const hex = (i: number) => Math.min(255, Number(rgba[i])).toString(16).padStart(2, '0');
      const alpha = rgba[4] === undefined ? 1 : Math.min(1, Number(rgba[4]));
      result = mixColor(`#${hex(1)}${hex(2)}${hex(3)}`, BACKGROUND, 1 - alpha);
    } else result = UNKNOWN_COLOR;
    opaque.set(css, result);
  }
  return result;
}

/** A partition legend: the attribute whose values the colours show, and those colours. */
export interface PartitionLegend {
  key: string;
  entries: PartitionEntry[];
}

/** The attribute behind sizes or widths; `file` when it is the file's own (viz:size, weight). */
export interface RankingKey {
  key: string;
  file: boolean;
}

/**
 * What the appearance choices of imported data show, for a picture's legend: the colours of the
 * actors (nodeColors) and of the relations (edgeColors) as a partition, or 'file' for a file's
 * colours that no attribute explains; the attributes behind sizes and widths. Absent fields are
 * the app's own encodings (kinds or blocs, relation types or signs, the size metric).
 */
export interface AppearanceView {
  nodeColors?: PartitionLegend | 'file';
  edgeColors?: PartitionLegend | 'file';
  nodeSizes?: RankingKey;
  edgeSizes?: RankingKey;
}
