// Structural balance: every triangle of the signed projection (three actors tied pairwise by a
// non-zero net weight) is balanced when the product of its three signs is positive ("the friend of
// my friend is my friend", "the enemy of my enemy is my friend") and unbalanced otherwise: two
// positive ties and one negative (an ally of my ally whom I sanction) or, in Heider's strong sense,
// three negative ones (with `weak: true`, Davis's weak balance, all-negative triangles count as
// balanced). A triangle weighs as much as its weakest tie (min |w|): the tension is only as real as
// its least certain link. Unbalanced triads are ranked by that weight (then by the sum of |w|, then
// by ids), each with its three pairs and their relation ids. The balance index is the weighted share
// of balanced triangles (in [0, 1]; null when there is no triangle); the count-based share comes too.
// Triangles in which two ties are memberships alone (two members of one body, e.g. Russia, the US
// and the G20) are not counted unless `membershipTriangles` is set: co-members at odds are the rule
// in any large body, not a tension an analyst looks for; their number is reported.
// Triangles are enumerated by orienting each tie from the lower- to the higher-ranked end (rank =
// degree, then id), which visits each triangle once in O(m^1.5).
import { byString, fail, type Result } from './analysis-result';
import { WEIGHT_EPSILON, tieEdgeIds, type SignedGraph, type SignedTie } from './signed';

export interface BalanceOptions {
  /** Davis's weak balance: all-negative triangles count as balanced (default false). */
  weak?: boolean;
  /** Most unbalanced triads to list (default 100); all are counted. */
  limit?: number;
  /** Count triangles with two membership-only ties too (default false). */
  membershipTriangles?: boolean;
}

export interface TriadPair {
  a: string;
  b: string;
  weight: number;
  sign: 1 | -1;
  edgeIds: string[];
}

export interface Triad {
  /** The three actors, sorted by id. */
  nodes: [string, string, string];
  /** Pairs (n0,n1), (n0,n2), (n1,n2). */
  pairs: [TriadPair, TriadPair, TriadPair];
  /** Number of negative ties (1 or 3 for an unbalanced triad). */
  negatives: number;
  /** min |w| of the three ties. */
  weight: number;
  /** Sum of |w| of the three ties. */
  totalWeight: number;
}

export interface BalanceResult {
  triangles: number;
  balanced: number;
  unbalancedCount: number;
  /** Weighted share of balanced triangles; null without triangles. */
  balanceIndex: number | null;
  /** Share of balanced triangles by count; null without triangles. */
  countIndex: number | null;
  /** Strongest unbalanced triads first, at most `limit`. */
  unbalanced: Triad[];
  /** Triangles left out because two of their ties are memberships alone. */
  membershipSkipped: number;
}

export const DEFAULT_TRIAD_LIMIT = 100;

export function analyseBalance(
  signed: SignedGraph,
  options: BalanceOptions = {},
): Result<BalanceResult> {
  const limit = options.limit ?? DEFAULT_TRIAD_LIMIT;
  if (!Number.isInteger(limit) || limit < 0)
    return fail({
      module: 'balance',
      code: 'invalid-option',
      params: { option: 'limit', rule: { kind: 'whole-number' }, got: String(limit) },
    });
  if (signed.nodes.length === 0) return fail({ module: 'balance', code: 'no-actors', params: {} });

  const n = signed.nodes.length;
  const index = new Map(signed.nodes.map((id, i) => [id, i]));
  const adjacency: Array<Array<[number, SignedTie]>> = Array.from({ length: n }, () => []);
  for (const t of signed.ties) {
    if (Math.abs(t.weight) <= WEIGHT_EPSILON) continue;
    const a = index.get(t.a) as number;
    const b = index.get(t.b) as number;
    adjacency[a]!.push([b, t]);
    adjacency[b]!.push([a, t]);
  }
  // Rank: degree, then index (ids are sorted, so index order = id order).
  const rank = (i: number) => adjacency[i]!.length * n + i;
  const out: Array<Array<[number, SignedTie]>> = adjacency.map((list, i) =>
    list.filter(([j]) => rank(j) > rank(i)),
  );

  const mark = new Map<number, SignedTie>();
  let triangles = 0;
  let balanced = 0;
  let weightAll = 0;
  let weightBalanced = 0;
  const found: Triad[] = [];
  let membershipSkipped = 0;
  const onlyMembership = (t: SignedTie) => t.evidence.every((ev) => ev.relation === 'member_of');
  for (let u = 0; u < n; u++) {
    mark.clear();
    for (const [w, t] of out[u]!) mark.set(w, t);
    for (const [v, tuv] of out[u]!) {
      for (const [w, tvw] of out[v]!) {
        const tuw = mark.get(w);
        if (!tuw) continue;
        const ties = [tuv, tvw, tuw];
        if (!options.membershipTriangles && ties.filter(onlyMembership).length >= 2) {
          membershipSkipped++;
          continue;
        }
        triangles++;
        const negatives = ties.filter((t) => t.weight < 0).length;
        const weight = Math.min(...ties.map((t) => Math.abs(t.weight)));
        weightAll += weight;
        const isBalanced = negatives % 2 === 0 || (options.weak === true && negatives === 3);
        if (isBalanced) {
          balanced++;
          weightBalanced += weight;
        } else found.push(makeTriad(ties, negatives, weight));
      }
    }
  }
  found.sort(
    (x, y) =>
      y.weight - x.weight ||
      y.totalWeight - x.totalWeight ||
      byString(x.nodes.join('\u0000'), y.nodes.join('\u0000')),
  );
  return {
    ok: true,
    triangles,
    balanced,
    unbalancedCount: triangles - balanced,
    balanceIndex: triangles > 0 ? clamp01(weightBalanced / weightAll) : null,
    countIndex: triangles > 0 ? balanced / triangles : null,
    unbalanced: found.slice(0, limit),
    membershipSkipped,
  };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
}

function makeTriad(ties: SignedTie[], negatives: number, weight: number): Triad {
  const nodes = [...new Set(ties.flatMap((t) => [t.a, t.b]))].sort(byString) as [
    string,
    string,
    string,
  ];
  const pair = (x: string, y: string): TriadPair => {
    const t = ties.find((tie) => (tie.a === x && tie.b === y) || (tie.a === y && tie.b === x));
    if (!t) throw new Error('balance: internal error, triangle without its tie');
    return { a: x, b: y, weight: t.weight, sign: t.weight > 0 ? 1 : -1, edgeIds: tieEdgeIds(t) };
  };
  const [n0, n1, n2] = nodes;
  return {
    nodes,
    pairs: [pair(n0, n1), pair(n0, n2), pair(n1, n2)],
    negatives,
    weight,
    totalWeight: ties.reduce((s, t) => s + Math.abs(t.weight), 0),
  };
}
