// Ego pictures (pure): the export of a focus drawn around its centre actor. The centre sits in the
// middle and the actors one, two, three hops away on concentric rings; by default only the
// relations that lead outwards from the centre are drawn (at depth 1: the centre's own relations),
// ties among the neighbours only on request. Also the picture's default title ("Relations of
// Russia (depth 1)"), its date line (the report dates of the relations drawn, or the time filter)
// and its file name ("russia-depth1-2025").
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { RELATION_INFO, type RelationType } from '../model/vocabulary';
import type { Language } from '../model/language';
import { nodeLabel, type StyleView } from '../render/style';
import type { ImageOptions, Point } from './scene';
import { t } from '../i18n/catalog';

type Graph = AbstractGraph<NodeAttributes, EdgeAttributes>;

export interface EgoSpec {
  /** The centre actor. */
  id: string;
  depth: number;
  /** Hops from the centre of every actor in the focus (VisibleView.focusDistance). */
  distance: ReadonlyMap<string, number>;
  /** Also draw the relations among actors of the same ring (and memberships among neighbours). */
  neighbourTies: boolean;
}

export interface EgoPicture {
  /** The view with the relations left out of the picture hidden and the centre selected. */
  view: StyleView;
  /** Ring positions in graph coordinates (y up), the centre at (0, 0), one unit per hop. */
  positions: Map<string, Point>;
  /** The relations drawn. */
  edges: Set<string>;
}

/** Rings with more actors than this alternate between two radii so that labels find room. */
const STAGGER_FROM = 18;
const STAGGER = 0.16;

const shown = (view: StyleView, id: string, node: boolean) =>
  node
    ? !view.hiddenNodes.has(id) && !view.dimmedNodes?.has(id)
    : !view.hiddenEdges.has(id) && !view.dimmedEdges?.has(id);

/** The relations of the picture: outward ones (ring k to ring k + 1), plus same-ring ties on request. */
export function egoEdges(graph: Graph, view: StyleView, spec: EgoSpec): Set<string> {
  const edges = new Set<string>();
  graph.forEachEdge((id, _a, s, t) => {
    if (!shown(view, id, false) || !shown(view, s, true) || !shown(view, t, true)) return;
    const ds = spec.distance.get(s);
    const dt = spec.distance.get(t);
    if (ds === undefined || dt === undefined) return;
    if (Math.abs(ds - dt) === 1 || (spec.neighbourTies && ds > 0 && dt > 0)) edges.add(id);
  });
  return edges;
}

/** +1 friendly, −1 hostile, 0 neutral or structural: the sum of the signs of the relations drawn. */
function stance(graph: Graph, centre: string, other: string, edges: Set<string>): number {
  let sum = 0;
  for (const e of graph.edges(centre, other).concat(graph.edges(other, centre))) {
    if (!edges.has(e)) continue;
    const info = RELATION_INFO[graph.getEdgeAttribute(e, 'relation') as RelationType];
    sum += info ? info.sign : 0;
  }
  return Math.sign(sum);
}

const KIND_ORDER = ['state', 'organization', 'person', 'agreement'];

export function egoPicture(graph: Graph, view: StyleView, spec: EgoSpec): EgoPicture {
  const edges = egoEdges(graph, view, spec);
  const rings: string[][] = [];
  for (const [id, d] of spec.distance) {
    if (!graph.hasNode(id) || !shown(view, id, true)) continue;
    (rings[d] ??= []).push(id);
  }
  const positions = new Map<string, Point>();
  const angle = new Map<string, number>();
  positions.set(spec.id, { x: 0, y: 0 });
  const label = (id: string) => nodeLabel(graph.getNodeAttributes(id), view.language);
  // an outer ring is at least one hop out, and wide enough for half the room ring 1 gives an actor
  const n1 = Math.max(1, rings[1]?.length ?? 1);
  let radius = 0;
  for (let k = 1; k < rings.length; k++) {
    const ring = rings[k] ?? [];
    radius = Math.max(radius + 1, (0.5 * ring.length) / n1);
    let key: (id: string) => number;
    let target: Map<string, number> | null = null;
    if (k === 1) {
      // friends, then neutral and structural ties, then adversaries: who is aligned with whom
      const rank = new Map(
        ring.map((id) => {
          const kind = KIND_ORDER.indexOf(String(graph.getNodeAttribute(id, 'kind')));
          return [id, (1 - stance(graph, spec.id, id, edges)) * 10 + (kind < 0 ? 9 : kind)];
        }),
      );
      key = (id) => rank.get(id)!;
    } else {
      // next to the actors of the ring inside that lead to it (circular mean of their angles)
      const mean = new Map<string, number>();
      for (const id of ring) {
        let sx = 0;
        let sy = 0;
        for (const e of graph.edges(id)) {
          if (!edges.has(e)) continue;
          const other = graph.opposite(id, e);
          const a = angle.get(other);
          if (a === undefined || spec.distance.get(other) !== k - 1) continue;
          sx += Math.cos(a);
          sy += Math.sin(a);
        }
        mean.set(id, Math.atan2(sy, sx));
      }
      target = mean;
      // clockwise turn from the top, as the rings are filled
      key = (id) => {
        const turn = Math.PI / 2 - mean.get(id)!;
        return ((turn % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      };
    }
    const sorted = [...ring].sort(
      (a, b) => key(a) - key(b) || label(a).localeCompare(label(b)) || (a < b ? -1 : 1),
    );
    const n = sorted.length;
    // clockwise from the top (graph y is up), turned as a whole towards the ring inside
    const slot = (i: number) => Math.PI / 2 - (2 * Math.PI * (i + 0.5)) / n;
    let turn = 0;
    if (target) {
      let sx = 0;
      let sy = 0;
      sorted.forEach((id, i) => {
        sx += Math.cos(target.get(id)! - slot(i));
        sy += Math.sin(target.get(id)! - slot(i));
      });
      turn = Math.atan2(sy, sx);
    }
    sorted.forEach((id, i) => {
      const a = slot(i) + turn;
      const r = radius * (1 + (n >= STAGGER_FROM && i % 2 === 1 ? STAGGER : 0));
      angle.set(id, a);
      positions.set(id, { x: r * Math.cos(a), y: r * Math.sin(a) });
    });
  }
  const curvatures = fanCurvatures(graph, edges);
  const hiddenEdges = new Set(view.hiddenEdges);
  graph.forEachEdge((id) => {
    if (!edges.has(id)) hiddenEdges.add(id);
  });
  return {
    view: {
      ...view,
      hiddenEdges,
      curvatures,
      highlight: null,
      emphasis: null,
      selectedNode: spec.id,
      selectedEdge: null,
    },
    positions,
    edges,
  };
}

/** Widest bend of a set of parallel relations in a ring picture (sigma's curvature unit). */
const MAX_FAN = 0.22;

/**
 * Curvatures of the relations drawn that share both ends, fanned out within ±MAX_FAN: the rings
 * put many parallel relations on one spoke, and the screen's wider bends would loop across the
 * picture. A→B and B→A bend to opposite sides, as in parallel-edges.ts.
 */
function fanCurvatures(graph: Graph, edges: Set<string>): Map<string, number> {
  const groups = new Map<string, { key: string; flipped: boolean }[]>();
  for (const key of [...edges].sort()) {
    const s = graph.source(key);
    const t = graph.target(key);
    const flipped = s > t;
    const pair = flipped ? `${t}\u0000${s}` : `${s}\u0000${t}`;
    let group = groups.get(pair);
    if (!group) groups.set(pair, (group = []));
    group.push({ key, flipped });
  }
  const result = new Map<string, number>();
  for (const group of groups.values()) {
    const n = group.length;
    if (n < 2) continue;
    group.forEach(({ key, flipped }, i) => {
      const c = ((i / (n - 1)) * 2 - 1) * Math.min(MAX_FAN, 0.08 * (n - 1));
      result.set(key, flipped ? -c : c);
    });
  }
  return result;
}

/** The everyday name of an actor: a short alias the full name starts with (ロシア for ロシア連邦). */
export function commonName(attrs: NodeAttributes, language: Language): string {
  const full = nodeLabel(attrs, language);
  const short = (attrs.aliases ?? [])
    .filter((a) => a.length >= 2 && a.length < full.length && full.startsWith(a))
    .sort((a, b) => b.length - a.length)[0];
  return short ?? full;
}

/** 「ロシアの関係(深さ1)」 / "Relations of Russia (depth 1)". */
export function egoTitle(attrs: NodeAttributes, depth: number, language: Language): string {
  const name = commonName(attrs, language);
  return t(language, 'egoTitle', { name, depth });
}

/** Earliest and latest report (source) dates of the evidence of some relations; null = none. */
export function reportSpan(
  graph: Graph,
  edges: Iterable<string>,
): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const id of edges) {
    for (const ev of graph.getEdgeAttribute(id, 'evidence') ?? []) {
      const d = ev.sourceDate;
      if (typeof d !== 'string' || !/^\d{4}/.test(d)) continue;
      if (from === null || d < from) from = d;
      if (to === null || d > to) to = d;
    }
  }
  return from !== null && to !== null ? { from, to } : null;
}

/** "Reported 2025-03 – 2025-12-07" / 「報道: 2025-03 – 2025-12-07」 ("" when nothing is dated). */
export function reportDateLine(span: { from: string; to: string } | null, language: Language) {
  if (!span) return '';
  const range = span.from === span.to ? span.from : `${span.from} – ${span.to}`;
  return t(language, 'reportedSpan', { range });
}

/** "2025", "2024-2025": the years of a date range (partial dates allowed); "" when open. */
export function yearSpan(from?: string | null, to?: string | null): string {
  const a = from?.slice(0, 4) ?? '';
  const b = to?.slice(0, 4) ?? '';
  if (!/^\d{4}$/.test(a) && !/^\d{4}$/.test(b)) return '';
  if (!/^\d{4}$/.test(a)) return `to-${b}`;
  if (!/^\d{4}$/.test(b)) return `from-${a}`;
  return a === b ? a : `${a}-${b}`;
}

/** "russia-depth1-2025": the file name (without extension) of an ego picture. */
export function egoBaseName(id: string, depth: number, years: string): string {
  const slug = id
    .toLowerCase()
    .replace(/[^a-z0-9\u3040-\u30ff\u4e00-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return [slug || 'focus', `depth${depth}`, ...(years ? [years] : [])].join('-');
}

export interface EgoExport {
  picture: EgoPicture;
  /** The scene options that draw the rings. */
  options: Pick<ImageOptions, 'positions' | 'labelAll' | 'centre'>;
  title: string;
  /** The time filter's line when one applies, else the report dates of the relations drawn. */
  dateLine: string;
  baseName: string;
}

/**
 * Everything an ego picture needs beyond the usual image options. `time` is the time filter (null
 * = none) and `timeLine` its text as the non-ego picture would write it.
 */
export function egoExport(
  graph: Graph,
  view: StyleView,
  spec: EgoSpec,
  time: { from?: string | null; to?: string | null } | null,
  timeLine: string,
): EgoExport {
  const picture = egoPicture(graph, view, spec);
  const attrs = graph.getNodeAttributes(spec.id);
  const span = reportSpan(graph, picture.edges);
  const filtered = time !== null && (!!time.from || !!time.to);
  const years = filtered ? yearSpan(time.from, time.to) : span ? yearSpan(span.from, span.to) : '';
  return {
    picture,
    options: { positions: picture.positions, labelAll: true, centre: spec.id },
    title: egoTitle(attrs, spec.depth, view.language),
    dateLine: filtered ? timeLine : reportDateLine(span, view.language),
    baseName: egoBaseName(spec.id, spec.depth, years),
  };
}
