// Blocs as an analyst reads them: the one bloc pipeline shared by the app's worker, the tests and
// the grid search (bench/blocs.ts). States and persons are partitioned, persons folded into the
// state they represent; organizations and agreements stay out of the partition by default and
// instead appear as what binds a bloc (the bodies most of whose members sit in it). Co-membership
// ties are weak (DEFAULT_MEMBERSHIP_WEIGHT, chosen by the grid search) so shared memberships alone
// do not outvote direct relations; each bloc says how much of it rests on memberships only: the
// share of its internal positive weight that comes from co-memberships, and the members tied to the
// rest of the bloc by shared memberships alone. The model is written up in src/graph/README.md.
import type { AbstractGraph } from 'graphology-types';
import { byString, type Result, type VisibleScope } from './analysis-result';
import { detectBlocs, type BlocOptions, type BlocResult } from './blocs';
import { WEIGHT_EPSILON, signedProjection, type SignedGraph } from './signed';

/** Actor kinds partitioned into blocs by default. */
export const BLOC_KINDS: ReadonlySet<string> = new Set(['state', 'person']);
/** Kinds that bind blocs (listed per bloc, not partitioned unless asked). */
export const BODY_KINDS: ReadonlySet<string> = new Set(['organization', 'agreement']);
/** Resolution γ of the bloc detection (chosen by the grid search in bench/blocs.ts). */
export const DEFAULT_BLOC_RESOLUTION = 1.5;
/** How much more concentrated in a bloc than the bloc's share of all actors a binding body is. */
export const MIN_LIFT = 1.5;
/** Most bodies listed per bloc. */
export const BODIES_PER_BLOC = 3;

export interface BlocBody {
  id: string;
  /** Members of the body inside the bloc (after folding). */
  inside: number;
  /** All its members among the partitioned actors. */
  total: number;
}

export interface BlocReading {
  /** Share in [0, 1] of the bloc's internal positive weight that comes from shared memberships. */
  membershipShare: number;
  /** Members with no positive direct tie to any other member: in the bloc through memberships only. */
  membershipOnlyMembers: string[];
  /**
   * Organizations and agreements with at least two members in the bloc, at least a third of their
   * members there and MIN_LIFT times the bloc's share of all actors; multilateral bodies before
   * bilateral deals, then most members inside first.
   */
  bodies: BlocBody[];
}

/**
 * How each bloc is held together (indexed by bloc id): the share resting on shared memberships, the
 * members there only through them, and the bodies that bind it. `scope` is the view the projection
 * was built on (memberships outside it do not bind).
 */
export function readBlocs(
  graph: AbstractGraph,
  signed: SignedGraph,
  result: Pick<BlocResult, 'blocs' | 'bloc'>,
  scope: VisibleScope = {},
): BlocReading[] {
  const resolve = (n: string) => signed.folded.get(n) ?? n;
  // body → its partitioned members
  const members = new Map<string, Set<string>>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (attrs.relation !== 'member_of') return;
    if (scope.visibleEdges && !scope.visibleEdges.has(edge)) return;
    if (scope.visibleNodes && !scope.visibleNodes.has(target)) return;
    if (!BODY_KINDS.has(String(graph.getNodeAttribute(target, 'kind')))) return;
    const member = resolve(source);
    if (!result.bloc.has(member)) return;
    let set = members.get(target);
    if (!set) members.set(target, (set = new Set()));
    set.add(member);
  });
  return result.blocs.map((bloc) => {
    const inBloc = new Set(bloc.members);
    const direct = new Set<string>();
    let positive = 0;
    let fromMemberships = 0;
    for (const m of bloc.members)
      for (const [other, tie] of signed.adjacency.get(m) ?? []) {
        if (m > other || !inBloc.has(other) || tie.weight <= WEIGHT_EPSILON) continue;
        let d = 0;
        let c = 0;
        for (const ev of tie.evidence)
          if (ev.kind === 'direct') d += ev.contribution;
          else c += ev.contribution;
        positive += tie.weight;
        // the part of the tie that co-memberships carry (all of it when direct relations net ≤ 0)
        fromMemberships += Math.min(tie.weight, Math.max(0, c));
        if (d > WEIGHT_EPSILON) direct.add(m).add(other);
      }
    const bodies: BlocBody[] = [];
    // the bloc's share of all partitioned actors: a body binds the bloc when a clearly larger share
    // of its members sits there (the UN, with members everywhere, binds no bloc)
    const base = bloc.members.length / Math.max(1, result.bloc.size);
    for (const [id, set] of members) {
      let inside = 0;
      for (const m of set) if (inBloc.has(m)) inside++;
      const share = inside / set.size;
      if (inside >= 2 && share >= 1 / 3 && share >= MIN_LIFT * base)
        bodies.push({ id, inside, total: set.size });
    }
    bodies.sort(
      (x, y) =>
        Number(x.total <= 2) - Number(y.total <= 2) ||
        y.inside - x.inside ||
        y.inside / y.total - x.inside / x.total ||
        byString(x.id, y.id),
    );
    return {
      membershipShare: positive > 0 ? round(fromMemberships / positive) : 0,
      membershipOnlyMembers:
        bloc.members.length > 1 ? bloc.members.filter((m) => !direct.has(m)) : [],
      bodies: bodies.slice(0, BODIES_PER_BLOC),
    };
  });
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export interface BlocPipelineOptions {
  /** Partition organizations and agreements too (default false: they bind blocs instead). */
  includeBodies?: boolean;
  foldPersons?: boolean;
  /** Co-membership weight (default DEFAULT_MEMBERSHIP_WEIGHT; 0 = direct relations only). */
  membershipWeight?: number;
  seed?: number;
  resolution?: number;
  onProgress?: BlocOptions['onProgress'];
}

export interface BlocAnalysis {
  signed: SignedGraph;
  result: BlocResult;
  /** Per bloc id: what rests on memberships and which bodies bind it. */
  readings: BlocReading[];
}

/**
 * The bloc pipeline on a scope (the visible view, already restricted to the analysis date by
 * analysisScope): projection with the bloc kinds and weights, seeded signed Louvain, readings.
 */
export function analyseBlocs(
  graph: AbstractGraph,
  scope: VisibleScope,
  options: BlocPipelineOptions = {},
): Result<BlocAnalysis> {
  const signed = signedProjection(graph, {
    ...scope,
    foldPersons: options.foldPersons ?? true,
    ...(options.includeBodies ? {} : { kinds: BLOC_KINDS }),
    ...(options.membershipWeight !== undefined
      ? { membershipWeight: options.membershipWeight }
      : {}),
  });
  const result = detectBlocs(signed, {
    seed: options.seed ?? 1,
    resolution: options.resolution ?? DEFAULT_BLOC_RESOLUTION,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (!result.ok) return result;
  return { ok: true, signed, result, readings: readBlocs(graph, signed, result, scope) };
}
