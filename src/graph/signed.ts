// Signed projection: turns the typed, directed, parallel relations into one signed weight per pair of
// actors, the input of blocs, structural balance and alignment scores. Each visible relation of a
// positive type (alliance, partnership, cooperation, support, trade) adds, and each of a negative
// type (criticism, pressure, sanction, conflict, dispute) subtracts, relation weight (alliance and
// conflict 2, the others 1; configurable) × certainty
// weight (confirmed 1, reported 0.6, speculative 0.3) × status weight (active/ended 1, planned 0.75,
// proposed/threatened 0.5) to the pair's weight, whatever its direction; neutral types
// (negotiation, proposal) and `represents` add nothing. Memberships add a positive tie between every
// two co-members of the same organization or agreement: membershipWeight (0.25) × the weaker of the
// two memberships' certainty × status weights, divided by (members − 1) when membershipScaling is
// 'size' (the default), so that each membership gives a member 0.25 in all however large the body
// (a bilateral deal binds its two parties by 0.25, the UN's 193 members barely at all).
// `foldPersons` attributes a person's relations to the state or organization they represent (their
// first active, confirmed `represents` relation in data order, read from the whole graph so that
// hiding the `represents` type does not undo the folding). Every pair keeps its evidence trail: the
// relation ids and what each contributed. The ended status weighs fully: whether past relations
// count is the status filter's and the time slider's business.
import type { AbstractGraph } from 'graphology-types';
import { ACTOR_KINDS, RELATION_INFO, type RelationType } from '../model/vocabulary';
import { byString, edgeUsable, nodeUsable, type VisibleScope } from './analysis-result';

export const DEFAULT_CERTAINTY_WEIGHTS: Readonly<Record<string, number>> = {
  confirmed: 1,
  reported: 0.6,
  speculative: 0.3,
};
export const DEFAULT_STATUS_WEIGHTS: Readonly<Record<string, number>> = {
  active: 1,
  ended: 1,
  planned: 0.75,
  proposed: 0.5,
  threatened: 0.5,
};
export const DEFAULT_MEMBERSHIP_WEIGHT = 0.25;
/**
 * Magnitude per relation type; unlisted signed types weigh 1. A treaty alliance and an armed
 * conflict outweigh a single statement or act of pressure, so that one tariff threat does not turn
 * treaty allies into adversaries.
 */
export const DEFAULT_RELATION_WEIGHTS: Readonly<Record<string, number>> = {
  alliance: 2,
  conflict: 2,
};
/** Weights below this magnitude count as no tie. */
export const WEIGHT_EPSILON = 1e-9;

export interface SignedOptions extends VisibleScope {
  foldPersons?: boolean;
  membershipWeight?: number;
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

export function signedProjection(graph: AbstractGraph, options: SignedOptions = {}): SignedGraph {
  const certaintyWeights = { ...DEFAULT_CERTAINTY_WEIGHTS, ...options.certaintyWeights };
  const statusWeights = { ...DEFAULT_STATUS_WEIGHTS, ...options.statusWeights };
  const relationWeights = { ...DEFAULT_RELATION_WEIGHTS, ...options.relationWeights };
  const membershipWeight = options.membershipWeight ?? DEFAULT_MEMBERSHIP_WEIGHT;
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
