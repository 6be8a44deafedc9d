// Alignment scores: how far two actors side with and against the same others, from their rows of
// the signed projection. score = (1 − α) · cosine + α · tanh(w_ab), α = directWeight (default 0.5):
// `cosine` compares the two signed profiles over every third actor (each profile leaves the other
// actor out, so the direct tie is not counted twice; 0 when either profile is empty), and tanh(w_ab)
// squashes the direct net tie into (−1, 1). The score lies in [−1, 1] and is symmetric. It splits
// exactly into contributions: each third actor k adds (1 − α)·w_ak·w_bk / (‖a‖‖b‖), a shared ally
// (both positive), a shared adversary (both negative) or an opposition (ally of one, adversary of the
// other); the direct tie adds α·tanh(w_ab). `rankAlignment` scores an actor against every actor
// within two steps (all others score 0) and lists the most aligned and the most opposed among those
// with support: a direct tie of at least MIN_DIRECT_SUPPORT (one confirmed act of cooperation; a
// single reported remark by an analyst is not a stance) or at least MIN_SHARED_SUPPORT third actors
// that each contribute at least MIN_CONTRIBUTION. Contributions below MIN_CONTRIBUTION are left out
// of the lists (their number is reported) so that a hundred +0.000 entries do not bury the few
// that matter.
// Profile norms are cached per projection object: treat a SignedGraph as immutable once built.
import type { AbstractGraph } from 'graphology-types';
import { byString, fail, type Failure, type Result } from './analysis-result';
import { WEIGHT_EPSILON, type SignedGraph, type SignedTie, type TieEvidence } from './signed';

export interface AlignmentOptions {
  /** Share α of the direct tie in the score (default 0.5, within [0, 1]). */
  directWeight?: number;
  /** The graph the projection came from, for actor names in messages. */
  graph?: AbstractGraph;
}

export interface AlignmentContribution {
  actor: string;
  /** Net tie of the first and the second actor with this actor. */
  weightA: number;
  weightB: number;
  /** Signed share of the score. */
  contribution: number;
}

export interface Alignment {
  a: string;
  b: string;
  score: number;
  /** Cosine of the two profiles (0 when either is empty). */
  cosine: number;
  /** Net direct tie between the two. */
  direct: number;
  /** What the tie between the two comes from: each relation (or shared body) and its contribution. */
  directEvidence: TieEvidence[];
  directContribution: number;
  /** Largest |contribution| first in each list. */
  sharedAllies: AlignmentContribution[];
  sharedAdversaries: AlignmentContribution[];
  opposed: AlignmentContribution[];
  /** Third actors left out of the lists because their contribution is near zero. */
  negligible: number;
  /** Their summed contribution (the score is the direct contribution + all listed + this). */
  negligibleContribution: number;
}

export const DEFAULT_DIRECT_WEIGHT = 0.5;
/** |direct tie| that alone supports a ranking entry. */
export const MIN_DIRECT_SUPPORT = 1;
/** Third actors with a non-negligible contribution that together support a ranking entry. */
export const MIN_SHARED_SUPPORT = 3;
/** Contributions smaller than this (in score units) are near zero: not listed, not support. */
export const MIN_CONTRIBUTION = 0.005;

function checkAlpha(alpha: number): Failure | null {
  return alpha >= 0 && alpha <= 1
    ? null
    : fail({
        module: 'alignment',
        code: 'invalid-option',
        params: { option: 'directWeight', rule: { kind: 'unit-interval' }, got: String(alpha) },
      });
}

function checkMember(signed: SignedGraph, node: string, options: AlignmentOptions): Failure | null {
  if (signed.adjacency.has(node)) return null;
  const graph = options.graph;
  const into = signed.folded.get(node);
  if (into !== undefined)
    return fail(
      { module: 'alignment', code: 'folded-actor', params: { actor: node, into } },
      graph,
    );
  if (graph?.hasNode(node))
    return fail({ module: 'alignment', code: 'hidden-actor', params: { actor: node } }, graph);
  return fail({ module: 'alignment', code: 'unknown-actor', params: { actor: node } }, graph);
}

/** Squared norm of every actor's profile, computed once per projection. */
const norms = new WeakMap<SignedGraph, Map<string, number>>();
function norm2(signed: SignedGraph, node: string): number {
  let cache = norms.get(signed);
  if (!cache) {
    cache = new Map();
    for (const [n, row] of signed.adjacency) {
      let s = 0;
      for (const t of row.values()) s += t.weight * t.weight;
      cache.set(n, s);
    }
    norms.set(signed, cache);
  }
  return cache.get(node) ?? 0;
}

const byMagnitude = (x: AlignmentContribution, y: AlignmentContribution) =>
  Math.abs(y.contribution) - Math.abs(x.contribution) || byString(x.actor, y.actor);

export function alignmentScore(
  signed: SignedGraph,
  a: string,
  b: string,
  options: AlignmentOptions = {},
): Result<Alignment> {
  const alpha = options.directWeight ?? DEFAULT_DIRECT_WEIGHT;
  const problem =
    checkAlpha(alpha) ?? checkMember(signed, a, options) ?? checkMember(signed, b, options);
  if (problem) return problem;
  if (a === b) return fail({ module: 'alignment', code: 'same-actor', params: {} });
  const rowA = signed.adjacency.get(a) as Map<string, SignedTie>;
  const rowB = signed.adjacency.get(b) as Map<string, SignedTie>;
  const direct = rowA.get(b)?.weight ?? 0;
  const directEvidence = [...(rowA.get(b)?.evidence ?? [])].sort(
    (x, y) => Math.abs(y.contribution) - Math.abs(x.contribution),
  );
  let na = 0;
  let nb = 0;
  const keys = new Set<string>();
  for (const [k, t] of rowA) if (k !== b && Math.abs(t.weight) > WEIGHT_EPSILON) keys.add(k);
  for (const [k, t] of rowB) if (k !== a && Math.abs(t.weight) > WEIGHT_EPSILON) keys.add(k);
  const sorted = [...keys].sort(byString);
  for (const k of sorted) {
    const wa = rowA.get(k)?.weight ?? 0;
    const wb = rowB.get(k)?.weight ?? 0;
    na += wa * wa;
    nb += wb * wb;
  }
  const denominator = Math.sqrt(na) * Math.sqrt(nb);
  const sharedAllies: AlignmentContribution[] = [];
  const sharedAdversaries: AlignmentContribution[] = [];
  const opposed: AlignmentContribution[] = [];
  let dot = 0;
  let negligible = 0;
  let negligibleContribution = 0;
  if (denominator > 0)
    for (const k of sorted) {
      const wa = rowA.get(k)?.weight ?? 0;
      const wb = rowB.get(k)?.weight ?? 0;
      if (Math.abs(wa) <= WEIGHT_EPSILON || Math.abs(wb) <= WEIGHT_EPSILON) continue;
      dot += wa * wb;
      const entry = {
        actor: k,
        weightA: wa,
        weightB: wb,
        contribution: ((1 - alpha) * wa * wb) / denominator,
      };
      if (Math.abs(entry.contribution) < MIN_CONTRIBUTION) {
        negligible++;
        negligibleContribution += entry.contribution;
      } else if (wa > 0 && wb > 0) sharedAllies.push(entry);
      else if (wa < 0 && wb < 0) sharedAdversaries.push(entry);
      else opposed.push(entry);
    }
  const cosine = denominator > 0 ? Math.max(-1, Math.min(1, dot / denominator)) : 0;
  const directContribution = alpha * Math.tanh(direct);
  const score = Math.max(-1, Math.min(1, (1 - alpha) * cosine + directContribution));
  sharedAllies.sort(byMagnitude);
  sharedAdversaries.sort(byMagnitude);
  opposed.sort(byMagnitude);
  return {
    ok: true,
    a,
    b,
    score,
    cosine,
    direct,
    directEvidence,
    directContribution,
    sharedAllies,
    sharedAdversaries,
    opposed,
    negligible,
    negligibleContribution,
  };
}

export interface RankOptions extends AlignmentOptions {
  /** Entries per list (default 10). */
  limit?: number;
  /** Only these actors may appear in the lists (e.g. states only). */
  candidates?: ReadonlySet<string>;
}

export interface RankEntry {
  actor: string;
  score: number;
}

export interface AlignmentRanking {
  actor: string;
  /** Highest positive scores first. */
  mostAligned: RankEntry[];
  /** Most negative scores first. */
  mostOpposed: RankEntry[];
  /** Actors with a non-zero score. */
  scored: number;
  /** Of those, actors left out for lack of support (no strong direct tie, too few shared others). */
  unsupported: number;
}

export function rankAlignment(
  signed: SignedGraph,
  actor: string,
  options: RankOptions = {},
): Result<AlignmentRanking> {
  const alpha = options.directWeight ?? DEFAULT_DIRECT_WEIGHT;
  const limit = options.limit ?? 10;
  const problem = checkAlpha(alpha) ?? checkMember(signed, actor, options);
  if (problem) return problem;
  if (!Number.isInteger(limit) || limit < 1)
    return fail({
      module: 'alignment',
      code: 'invalid-option',
      params: { option: 'limit', rule: { kind: 'positive-integer' }, got: String(limit) },
    });

  const rowA = signed.adjacency.get(actor) as Map<string, { weight: number }>;
  const normA2 = norm2(signed, actor);
  // products w_ak · w_bk per candidate b over the shared third actors k
  const products = new Map<string, number[]>();
  for (const [k, tk] of rowA) {
    if (Math.abs(tk.weight) <= WEIGHT_EPSILON) continue;
    for (const [b, tb] of signed.adjacency.get(k) ?? []) {
      if (b === actor || Math.abs(tb.weight) <= WEIGHT_EPSILON) continue;
      const list = products.get(b);
      if (list) list.push(tk.weight * tb.weight);
      else products.set(b, [tk.weight * tb.weight]);
    }
  }
  for (const b of rowA.keys()) if (!products.has(b)) products.set(b, []);

  const entries: RankEntry[] = [];
  let unsupported = 0;
  for (const [b, list] of products) {
    if (options.candidates && !options.candidates.has(b)) continue;
    const direct = rowA.get(b)?.weight ?? 0;
    const na = Math.max(0, normA2 - direct * direct);
    const nb = Math.max(0, norm2(signed, b) - direct * direct);
    const denominator = Math.sqrt(na) * Math.sqrt(nb);
    const d = list.reduce((sum, p) => sum + p, 0);
    const cosine = denominator > WEIGHT_EPSILON ? Math.max(-1, Math.min(1, d / denominator)) : 0;
    const score = Math.max(-1, Math.min(1, (1 - alpha) * cosine + alpha * Math.tanh(direct)));
    if (Math.abs(score) <= WEIGHT_EPSILON) continue;
    const shared =
      denominator > WEIGHT_EPSILON
        ? list.filter((p) => Math.abs(((1 - alpha) * p) / denominator) >= MIN_CONTRIBUTION).length
        : 0;
    if (Math.abs(direct) >= MIN_DIRECT_SUPPORT || shared >= MIN_SHARED_SUPPORT)
      entries.push({ actor: b, score });
    else unsupported++;
  }
  const mostAligned = entries
    .filter((e) => e.score > 0)
    .sort((x, y) => y.score - x.score || byString(x.actor, y.actor))
    .slice(0, limit);
  const mostOpposed = entries
    .filter((e) => e.score < 0)
    .sort((x, y) => x.score - y.score || byString(x.actor, y.actor))
    .slice(0, limit);
  return {
    ok: true,
    actor,
    mostAligned,
    mostOpposed,
    scored: entries.length + unsupported,
    unsupported,
  };
}
