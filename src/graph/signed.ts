// Signed projection: one signed tie per pair of actors, aggregated from all their typed, directed,
// parallel relations; the input of blocs, structural balance and alignment scores. Each visible
// relation adds sign × type weight × status weight × certainty weight to its pair, whatever its
// direction. Type weights (DEFAULT_RELATION_WEIGHTS): a treaty alliance or an armed conflict 4, a
// partnership or sanctions 2, cooperation, support and disputes 1, criticism, pressure and trade 0.5,
// so that an alliance outweighs a trade quarrel and a few complaints; neutral types (negotiation,
// proposal) and `represents` add nothing. Status: active 1, ended and planned 0.5, proposed and
// threatened 0.25 (a threat is not yet an act). Certainty: confirmed 1, reported 0.5, speculative
// 0.25. A membership is a direct positive tie between the member and the organization or agreement
// (memberTieWeight, 1), when both take part; and shared memberships add a weaker positive tie
// between every two co-members: membershipWeight × the weaker of the two memberships' status ×
// certainty weights, divided by (members − 1) when membershipScaling is 'size' (the default), so a
// membership gives a member membershipWeight in all however large the body (a bilateral deal binds
// its two parties by membershipWeight, the UN's 193 members barely at all). The default
// membershipWeight comes from the bloc grid search (bench/blocs.ts, src/graph/README.md).
// `foldPersons` attributes a person's relations to the state or organization they represent (their
// first active, confirmed `represents` relation in data order, read from the whole graph so that
// hiding the `represents` type does not undo the folding). Every pair keeps its evidence trail: the
// relation ids and what each contributed. Which relations are still in force at the analysis date
// is decided before (time.ts analysisScope).
import type { AbstractGraph } from 'graphology-types';
import { ACTOR_KINDS, RELATION_INFO, type RelationType } from '../model/vocabulary';
import { byString, edgeUsable, nodeUsable, type VisibleScope } from './analysis-result';

export const DEFAULT_CERTAINTY_WEIGHTS: Readonly<Record<string, number>> = {
  confirmed: 1,
  reported: 0.5,
  speculative: 0.25,
};
export const DEFAULT_STATUS_WEIGHTS: Readonly<Record<string, number>> = {
  active: 1,
  ended: 0.5,
  planned: 0.5,
  proposed: 0.25,
  threatened: 0.25,
};
/** Co-membership weight per membership (chosen by the grid search in bench/blocs.ts, npm run bench:blocs). */
export const DEFAULT_MEMBERSHIP_WEIGHT = 0.05;
/** Weight of the direct tie between a member and its organization or agreement. */
export const DEFAULT_MEMBER_TIE_WEIGHT = 1;
/**
 * Magnitude per relation type; unlisted signed types weigh 1. A treaty alliance and an armed
 * conflict outweigh a partnership or sanctions, which outweigh a statement, an act of pressure or
 * a trade link, so that a tariff threat and a complaint do not turn treaty allies into adversaries.
 */
export const DEFAULT_RELATION_WEIGHTS: Readonly<Record<string, number>> = {
  alliance: 4,
  conflict: 4,
  partnership: 2,
  sanction: 2,
  cooperation: 1,
  support: 1,
  dispute: 1,
  criticism: 0.5,
  pressure: 0.5,
  trade: 0.5,
};
/** Weights below this magnitude count as no tie. */
export const WEIGHT_EPSILON = 1e-9;

export interface SignedOptions extends VisibleScope {
  foldPersons?: boolean;
  /** Co-membership weight (0 = shared memberships make no tie). */
  membershipWeight?: number;
  /** Weight of the member–organization tie itself (0 = none). */
  memberTieWeight?: number;
  membershipScaling?: 'size' | 'none';
  certaintyWeights?: Readonly<Record<string, number>>;
  statusWeights?: Readonly<Record<string, number>>;
  /** Magnitude per relation type (merged over DEFAULT_RELATION_WEIGHTS); the sign comes from the vocabulary. */
  relationWeights?: Readonly<Record<string, number>>;
  /**
   * Which of the vocabulary's actor kinds take part; undefined = all. Kinds outside the vocabulary
   * (an import's own, such as "unknown") always take part: nothing says they should not.
   */
  kinds?: ReadonlySet<string>;
}

export interface TieEvidence {
  kind: 'direct' | 'co-membership';
  /** The relation type, or 'member_of' for a co-membership. */
  relation: string;
  /** One relation id for a direct tie; the two membership ids for a co-membership. */
  edges: string[];
  /** The organization or agreement both belong to (co-membership only). */
  via?: string;
  /** Signed amount this evidence adds to the pair's weight. */
  contribution: number;
}

export interface SignedTie {
  /** The pair's ends, a < b. */
  a: string;
  b: string;
  /** Net signed weight (positive + negative). */
  weight: number;
  /** Sum of the positive contributions (>= 0). */
  positive: number;
  /** Sum of the negative contributions (<= 0). */
  negative: number;
  evidence: TieEvidence[];
}

export interface SignedGraph {
  /** Actors taking part, sorted by id (folded persons excluded). */
  nodes: string[];
  /** One entry per pair with any evidence, sorted by (a, b). */
  ties: SignedTie[];
  /** actor → neighbour → tie (both directions present). */
  adjacency: Map<string, Map<string, SignedTie>>;
  /** Folded person → the actor they represent. */
  folded: Map<string, string>;
}

const MEMBERSHIP = 'member_of';
const REPRESENTS = 'represents';

function relationSign(relation: string): number {
  const info = RELATION_INFO[relation as RelationType] as
    (typeof RELATION_INFO)[RelationType] | undefined;
  return info ? info.sign : 0;
}

function round(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

const VOCABULARY_KINDS: ReadonlySet<string> = new Set(ACTOR_KINDS);

function takesPart(kinds: ReadonlySet<string>, kind: unknown): boolean {
  const k = String(kind);
  return kinds.has(k) || !VOCABULARY_KINDS.has(k);
}

/**
 * The actor a person is counted as when persons are folded: the target of their first active,
 * confirmed `represents` relation in data order (null: not a person, or representing no one).
 */
export function representedBy(graph: AbstractGraph, person: string): string | null {
  if (!graph.hasNode(person) || graph.getNodeAttribute(person, 'kind') !== 'person') return null;
  for (const edge of graph.outEdges(person)) {
    const a = graph.getEdgeAttributes(edge);
    const target = graph.target(edge);
    if (
      a.relation === REPRESENTS &&
      a.status === 'active' &&
      a.certainty === 'confirmed' &&
      target !== person
    )
      return target;
  }
  return null;
}

export function signedProjection(graph: AbstractGraph, options: SignedOptions = {}): SignedGraph {
  const certaintyWeights = { ...DEFAULT_CERTAINTY_WEIGHTS, ...options.certaintyWeights };
  const statusWeights = { ...DEFAULT_STATUS_WEIGHTS, ...options.statusWeights };
  const relationWeights = { ...DEFAULT_RELATION_WEIGHTS, ...options.relationWeights };
  const membershipWeight = options.membershipWeight ?? DEFAULT_MEMBERSHIP_WEIGHT;
  const memberTieWeight = options.memberTieWeight ?? DEFAULT_MEMBER_TIE_WEIGHT;
  const scaling = options.membershipScaling ?? 'size';
  const factor = (attrs: Record<string, unknown>): number =>
    (certaintyWeights[String(attrs.certainty)] ?? 1) * (statusWeights[String(attrs.status)] ?? 1);

  const isVertex = (node: string): boolean =>
    nodeUsable(node, options) &&
    (options.kinds === undefined || takesPart(options.kinds, graph.getNodeAttribute(node, 'kind')));

  // Folding: person → represented actor.
  const folded = new Map<string, string>();
  if (options.foldPersons) {
    graph.forEachNode((node, attrs) => {
      if (attrs.kind !== 'person' || !isVertex(node)) return;
      for (const edge of graph.outEdges(node)) {
        const a = graph.getEdgeAttributes(edge);
        const target = graph.target(edge);
        if (
          a.relation === REPRESENTS &&
          a.status === 'active' &&
          a.certainty === 'confirmed' &&
          target !== node &&
          isVertex(target)
        ) {
          folded.set(node, target);
          return;
        }
      }
    });
  }
  const resolve = (node: string): string => folded.get(node) ?? node;

  const nodes: string[] = [];
  graph.forEachNode((node) => {
    if (isVertex(node) && !folded.has(node)) nodes.push(node);
  });
  nodes.sort(byString);

  const adjacency = new Map<string, Map<string, SignedTie>>();
  for (const n of nodes) adjacency.set(n, new Map());
  const ties: SignedTie[] = [];
  const tieFor = (x: string, y: string): SignedTie => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const row = adjacency.get(a) as Map<string, SignedTie>;
    let tie = row.get(b);
    if (!tie) {
      tie = { a, b, weight: 0, positive: 0, negative: 0, evidence: [] };
      row.set(b, tie);
      (adjacency.get(b) as Map<string, SignedTie>).set(a, tie);
      ties.push(tie);
    }
    return tie;
  };
  const add = (tie: SignedTie, evidence: TieEvidence) => {
    tie.evidence.push(evidence);
    if (evidence.contribution >= 0) tie.positive += evidence.contribution;
    else tie.negative += evidence.contribution;
  };

  // organization/agreement → member → { factor, membership edges }
  const groups = new Map<string, Map<string, { factor: number; edges: string[] }>>();

  graph.forEachEdge((edge, attrs, source, target) => {
    if (!edgeUsable(edge, source, target, options)) return;
    const relation = String(attrs.relation);
    if (relation === MEMBERSHIP) {
      if (!isVertex(source)) return;
      const member = resolve(source);
      const direct = memberTieWeight * factor(attrs);
      if (direct !== 0 && isVertex(target) && member !== target)
        add(tieFor(member, target), {
          kind: 'direct',
          relation,
          edges: [edge],
          contribution: direct,
        });
      let members = groups.get(target);
      if (!members) groups.set(target, (members = new Map()));
      const entry = members.get(member);
      const f = factor(attrs);
      if (entry) {
        entry.factor = Math.max(entry.factor, f);
        entry.edges.push(edge);
      } else members.set(member, { factor: f, edges: [edge] });
      return;
    }
    const sign = relationSign(relation);
    if (sign === 0 || !isVertex(source) || !isVertex(target)) return;
    const s = resolve(source);
    const t = resolve(target);
    if (s === t) return;
    const magnitude = (relationWeights[relation] ?? 1) * factor(attrs);
    if (magnitude === 0) return;
    add(tieFor(s, t), { kind: 'direct', relation, edges: [edge], contribution: sign * magnitude });
  });

  for (const [via, members] of [...groups].sort((x, y) => byString(x[0], y[0]))) {
    const list = [...members].sort((x, y) => byString(x[0], y[0]));
    if (list.length < 2) continue;
    const scale = scaling === 'size' ? 1 / (list.length - 1) : 1;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [m1, e1] = list[i] as [string, { factor: number; edges: string[] }];
        const [m2, e2] = list[j] as [string, { factor: number; edges: string[] }];
        const contribution = membershipWeight * Math.min(e1.factor, e2.factor) * scale;
        if (contribution === 0) continue;
        add(tieFor(m1, m2), {
          kind: 'co-membership',
          relation: MEMBERSHIP,
          edges: [...e1.edges, ...e2.edges],
          via,
          contribution,
        });
      }
  }

  for (const tie of ties) {
    tie.positive = round(tie.positive);
    tie.negative = round(tie.negative);
    tie.weight = round(tie.positive + tie.negative);
  }
  ties.sort((x, y) => byString(x.a, y.a) || byString(x.b, y.b));
  return { nodes, ties, adjacency, folded };
}

/** Net weight between two actors (0 when there is no tie). */
export function tieWeight(signed: SignedGraph, x: string, y: string): number {
  return signed.adjacency.get(x)?.get(y)?.weight ?? 0;
}

/** -1, 0 or 1: the sign of a net weight, with tiny weights counting as none. */
export function signOf(weight: number): -1 | 0 | 1 {
  return weight > WEIGHT_EPSILON ? 1 : weight < -WEIGHT_EPSILON ? -1 : 0;
}

/** Every relation id behind a tie, sorted and without repeats. */
export function tieEdgeIds(tie: SignedTie): string[] {
  const ids = new Set<string>();
  for (const ev of tie.evidence) for (const e of ev.edges) ids.add(e);
  return [...ids].sort(byString);
}
