// Signed blocs: community detection on the signed projection that treats hostility as a reason to
// separate, not as a weaker kind of link. Method: Louvain on signed modularity
// Q = (2w⁺ Q⁺ − 2w⁻ Q⁻) / (2w⁺ + 2w⁻) (Gómez, Jensen & Arenas 2009; Traag & Bruggeman 2009), where a
// pair's net weight splits into w⁺ = max(w, 0) and w⁻ = max(−w, 0): positive ties inside a bloc
// raise Q, negative ties inside a bloc lower it, each against its own null model. Node order in
// each pass comes from a seeded PRNG (mulberry32), so one seed always gives one partition. After
// Louvain, a node-level refinement moves single actors when that lowers the frustration (positive
// weight between blocs + negative weight inside blocs) without lowering modularity, or raises
// modularity without raising frustration. Actors without ties stay alone. Blocs are numbered by
// size (largest first), ties broken by their first member's id; each lists its members, its
// internal positive and negative weight, and the relation ids of the positive ties inside it,
// strongest first: the evidence of what holds it together.
import { mulberry32 } from './random';
import { byString, fail, type Result } from './analysis-result';
import { WEIGHT_EPSILON, tieEdgeIds, type SignedGraph, type SignedTie } from './signed';

export interface BlocOptions {
  /** PRNG seed for the node order (default 1). */
  seed?: number;
  /** Resolution γ of both null models (default 1; larger = smaller blocs). */
  resolution?: number;
  /** Skip the frustration refinement (default false). */
  skipRefinement?: boolean;
  /** Called after each Louvain level and before the refinement, for a progress indicator. */
  onProgress?: (progress: { phase: 'louvain' | 'refine'; level: number; blocs: number }) => void;
}

export interface Bloc {
  id: number;
  members: string[];
  /** Sum of the positive net weights inside the bloc. */
  internalPositive: number;
  /** Sum of the magnitudes of the negative net weights inside the bloc (>= 0). */
  internalNegative: number;
  /**
   * Part of internalPositive that comes from direct relations (not co-memberships): a bloc held
   * together only by shared memberships has 0.
   */
  directPositive: number;
  /**
   * Positive ties inside the bloc, strongest first, each with the net weight of its direct
   * relations (`direct`) and the relation ids behind it (`edges`, as tieEdgeIds).
   */
  strongestTies: Array<{ a: string; b: string; weight: number; direct: number; edges: string[] }>;
  /** Relation ids behind the positive ties inside the bloc, in the order of strongestTies. */
  tiesHoldingTogether: string[];
}

export interface BlocResult {
  bloc: Map<string, number>;
  blocs: Bloc[];
  /** Positive weight between blocs + magnitude of negative weight inside blocs. */
  frustration: number;
  /** 1 − frustration / total |weight| (1 = the partition explains every tie; null without ties). */
  frustrationIndex: number | null;
  modularity: number;
  seed: number;
}

const EPS = 1e-12;

/** A level of the Louvain hierarchy in compressed adjacency form. */
interface Level {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  pos: Float64Array;
  neg: Float64Array;
  /** Positive and negative strength of each node (sums over the original actors it contains). */
  sp: Float64Array;
  sn: Float64Array;
}

function baseLevel(signed: SignedGraph, index: Map<string, number>): Level {
  const n = signed.nodes.length;
  const degree = new Int32Array(n);
  const ties = signed.ties.filter((t) => Math.abs(t.weight) > WEIGHT_EPSILON);
  for (const t of ties) {
    degree[index.get(t.a) as number]!++;
    degree[index.get(t.b) as number]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const m2 = offsets[n]!;
  const neighbours = new Int32Array(m2);
  const pos = new Float64Array(m2);
  const neg = new Float64Array(m2);
  const sp = new Float64Array(n);
  const sn = new Float64Array(n);
  for (const t of ties) {
    const a = index.get(t.a) as number;
    const b = index.get(t.b) as number;
    const p = Math.max(t.weight, 0);
    const q = Math.max(-t.weight, 0);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const k = fill[x]!++;
      neighbours[k] = y;
      pos[k] = p;
      neg[k] = q;
      sp[x]! += p;
      sn[x]! += q;
    }
  }
  return { n, offsets, neighbours, pos, neg, sp, sn };
}

/** Signed modularity gain factors shared by the moves. */
interface NullModel {
  /** γ / 2w⁺ and γ / 2w⁻ (0 when there is no weight of that sign). */
  cp: number;
  cn: number;
}

/**
 * Local moving on one level: returns the community of each node (0..k-1, renumbered in order of
 * first appearance) and whether any node moved.
 */
function localMoves(level: Level, model: NullModel, random: () => number): [Int32Array, number] {
  const { n, offsets, neighbours, pos, neg, sp, sn } = level;
  const comm = new Int32Array(n);
  const Sp = new Float64Array(n);
  const Sn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    comm[i] = i;
    Sp[i] = sp[i]!;
    Sn[i] = sn[i]!;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const size = new Int32Array(n).fill(1);
  const empty: number[] = [];
  const kp = new Float64Array(n);
  const kn = new Float64Array(n);
  const touched: number[] = [];
  // Fast local moving: a ring queue of nodes to visit, first in the shuffled order, then the
  // neighbours of every node that moved (those are the only ones whose best move can change).
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n).fill(1);
  queue.set(order);
  let head = 0;
  let pending = n;
  let visits = 0;
  const maxVisits = 1000 * Math.max(n, 1);
  while (pending > 0 && visits < maxVisits) {
    visits++;
    const i = queue[head]!;
    head = (head + 1) % n;
    pending--;
    queued[i] = 0;
    const c0 = comm[i]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const c = comm[neighbours[k]!]!;
      if (kp[c] === 0 && kn[c] === 0) touched.push(c);
      kp[c]! += pos[k]!;
      kn[c]! += neg[k]!;
    }
    Sp[c0]! -= sp[i]!;
    Sn[c0]! -= sn[i]!;
    size[c0]!--;
    const spi = sp[i]!;
    const sni = sn[i]!;
    let best = c0;
    let bestGain = kp[c0]! - kn[c0]! - spi * Sp[c0]! * model.cp + sni * Sn[c0]! * model.cn;
    for (const c of touched) {
      const g = kp[c]! - kn[c]! - spi * Sp[c]! * model.cp + sni * Sn[c]! * model.cn;
      if (g > bestGain + EPS) {
        best = c;
        bestGain = g;
      }
    }
    // Better alone: a fresh community (gain 0).
    if (bestGain < -EPS) best = size[c0] === 0 ? c0 : (empty.pop() as number);
    for (const c of touched) {
      kp[c] = 0;
      kn[c] = 0;
    }
    touched.length = 0;
    comm[i] = best;
    Sp[best]! += spi;
    Sn[best]! += sni;
    size[best]!++;
    if (best !== c0) {
      if (size[c0] === 0) empty.push(c0);
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const j = neighbours[k]!;
        if (queued[j] || comm[j] === best) continue;
        queued[j] = 1;
        queue[(head + pending) % n] = j;
        pending++;
      }
    }
  }
  // Renumber.
  const renumber = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = comm[i]!;
    if (renumber[c] === -1) renumber[c] = k++;
    comm[i] = renumber[c]!;
  }
  return [comm, k];
}

function aggregate(level: Level, comm: Int32Array, k: number): Level {
  const sp = new Float64Array(k);
  const sn = new Float64Array(k);
  const rows: Array<Map<number, [number, number]>> = Array.from({ length: k }, () => new Map());
  for (let i = 0; i < level.n; i++) {
    const ci = comm[i]!;
    sp[ci]! += level.sp[i]!;
    sn[ci]! += level.sn[i]!;
    const row = rows[ci]!;
    for (let e = level.offsets[i]!; e < level.offsets[i + 1]!; e++) {
      const cj = comm[level.neighbours[e]!]!;
      if (cj === ci) continue;
      const cell = row.get(cj);
      if (cell) {
        cell[0] += level.pos[e]!;
        cell[1] += level.neg[e]!;
      } else row.set(cj, [level.pos[e]!, level.neg[e]!]);
    }
  }
  const offsets = new Int32Array(k + 1);
  for (let c = 0; c < k; c++) offsets[c + 1] = offsets[c]! + rows[c]!.size;
  const m2 = offsets[k]!;
  const neighbours = new Int32Array(m2);
  const pos = new Float64Array(m2);
  const neg = new Float64Array(m2);
  for (let c = 0; c < k; c++) {
    let e = offsets[c]!;
    for (const [d, [p, q]] of [...rows[c]!].sort((x, y) => x[0] - y[0])) {
      neighbours[e] = d;
      pos[e] = p;
      neg[e] = q;
      e++;
    }
  }
  return { n: k, offsets, neighbours, pos, neg, sp, sn };
}

/** Moves single actors when frustration falls without modularity falling, or the reverse. */
function refine(level: Level, comm: Int32Array, model: NullModel): void {
  const { n, offsets, neighbours, pos, neg, sp, sn } = level;
  const Sp = new Float64Array(n);
  const Sn = new Float64Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    Sp[comm[i]!]! += sp[i]!;
    Sn[comm[i]!]! += sn[i]!;
    size[comm[i]!]!++;
  }
  const empty: number[] = [];
  for (let c = 0; c < n; c++) if (size[c] === 0) empty.push(c);
  const kp = new Float64Array(n);
  const kn = new Float64Array(n);
  const touched: number[] = [];
  for (let pass = 0; pass < 100; pass++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const c0 = comm[i]!;
      touched.push(c0);
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const c = comm[neighbours[k]!]!;
        if (kp[c] === 0 && kn[c] === 0 && c !== c0) touched.push(c);
        kp[c]! += pos[k]!;
        kn[c]! += neg[k]!;
      }
      Sp[c0]! -= sp[i]!;
      Sn[c0]! -= sn[i]!;
      const q = (c: number) =>
        kp[c]! - kn[c]! - sp[i]! * Sp[c]! * model.cp + sn[i]! * Sn[c]! * model.cn;
      const f = (c: number) => sp[i]! - kp[c]! + kn[c]!;
      const q0 = q(c0);
      const f0 = f(c0);
      let best = c0;
      let bestDf = 0;
      let bestDq = 0;
      const consider = (c: number, dq: number, df: number) => {
        const pareto = (dq >= -EPS && df < -EPS) || (dq > EPS && df <= EPS);
        if (!pareto) return;
        if (df < bestDf - EPS || (Math.abs(df - bestDf) <= EPS && dq > bestDq + EPS)) {
          best = c;
          bestDf = df;
          bestDq = dq;
        }
      };
      for (const c of touched) if (c !== c0) consider(c, q(c) - q0, f(c) - f0);
      if (size[c0]! > 1) consider(-1, 0 - q0, sp[i]! - f0);
      for (const c of touched) {
        kp[c] = 0;
        kn[c] = 0;
      }
      touched.length = 0;
      if (best === -1) best = empty.pop() as number;
      Sp[best]! += sp[i]!;
      Sn[best]! += sn[i]!;
      if (best !== c0) {
        size[c0]!--;
        size[best]!++;
        if (size[c0] === 0) empty.push(c0);
        comm[i] = best;
        moved++;
      }
    }
    if (moved === 0) break;
  }
}

export function detectBlocs(signed: SignedGraph, options: BlocOptions = {}): Result<BlocResult> {
  const seed = options.seed ?? 1;
  const resolution = options.resolution ?? 1;
  if (!Number.isFinite(seed))
    return fail({
      module: 'blocs',
      code: 'invalid-option',
      params: { option: 'seed', rule: { kind: 'number' }, got: String(seed) },
    });
  if (!(resolution > 0))
    return fail({
      module: 'blocs',
      code: 'invalid-option',
      params: { option: 'resolution', rule: { kind: 'positive-number' }, got: String(resolution) },
    });
  if (signed.nodes.length === 0)
    return fail({ module: 'blocs', code: 'no-actors-to-group', params: {} });

  const index = new Map(signed.nodes.map((id, i) => [id, i]));
  const base = baseLevel(signed, index);
  let total2p = 0;
  let total2n = 0;
  for (let i = 0; i < base.n; i++) {
    total2p += base.sp[i]!;
    total2n += base.sn[i]!;
  }
  const model: NullModel = {
    cp: total2p > 0 ? resolution / total2p : 0,
    cn: total2n > 0 ? resolution / total2n : 0,
  };
  const random = mulberry32(seed);

  // Louvain levels; `membership` maps each actor to its community at the current level.
  const membership = new Int32Array(base.n);
  for (let i = 0; i < base.n; i++) membership[i] = i;
  let level = base;
  for (let depth = 0; depth < 100; depth++) {
    const [comm, k] = localMoves(level, model, random);
    for (let i = 0; i < base.n; i++) membership[i] = comm[membership[i]!]!;
    options.onProgress?.({ phase: 'louvain', level: depth, blocs: k });
    if (k === level.n) break;
    level = aggregate(level, comm, k);
  }
  if (!options.skipRefinement) {
    options.onProgress?.({ phase: 'refine', level: 0, blocs: new Set(membership).size });
    refine(base, membership, model);
  }

  return {
    ok: true,
    ...describePartition(signed, index, membership, base, total2p, total2n, resolution),
    seed,
  };
}

function describePartition(
  signed: SignedGraph,
  index: Map<string, number>,
  membership: Int32Array,
  base: Level,
  total2p: number,
  total2n: number,
  resolution: number,
): Omit<BlocResult, 'seed'> {
  const groups = new Map<number, string[]>();
  signed.nodes.forEach((id, i) => {
    const c = membership[i]!;
    const list = groups.get(c);
    if (list) list.push(id);
    else groups.set(c, [id]);
  });
  const ordered = [...groups.values()].sort(
    (x, y) => y.length - x.length || byString(x[0] as string, y[0] as string),
  );
  const bloc = new Map<string, number>();
  ordered.forEach((members, id) => {
    for (const m of members) bloc.set(m, id);
  });
  const blocs: Bloc[] = ordered.map((members, id) => ({
    id,
    members,
    internalPositive: 0,
    internalNegative: 0,
    directPositive: 0,
    strongestTies: [],
    tiesHoldingTogether: [],
  }));
  const positiveInside: SignedTie[][] = blocs.map(() => []);
  let frustration = 0;
  let totalAbs = 0;
  for (const tie of signed.ties) {
    const w = tie.weight;
    if (Math.abs(w) <= WEIGHT_EPSILON) continue;
    totalAbs += Math.abs(w);
    const ca = bloc.get(tie.a) as number;
    const same = ca === bloc.get(tie.b);
    if (same) {
      const b = blocs[ca]!;
      if (w > 0) {
        b.internalPositive += w;
        positiveInside[ca]!.push(tie);
      } else {
        b.internalNegative -= w;
        frustration -= w;
      }
    } else if (w > 0) frustration += w;
  }
  blocs.forEach((b, id) => {
    const ties = positiveInside[id]!.sort(
      (x, y) => y.weight - x.weight || byString(x.a, y.a) || byString(x.b, y.b),
    );
    b.internalPositive = round(b.internalPositive);
    b.internalNegative = round(b.internalNegative);
    const direct = (t: SignedTie) =>
      round(t.evidence.reduce((sum, ev) => sum + (ev.kind === 'direct' ? ev.contribution : 0), 0));
    b.strongestTies = ties.map((t) => ({
      a: t.a,
      b: t.b,
      weight: t.weight,
      direct: direct(t),
      edges: tieEdgeIds(t),
    }));
    b.directPositive = round(ties.reduce((sum, t) => sum + Math.max(0, direct(t)), 0));
    const ids = new Set<string>();
    for (const t of ties) for (const ev of t.evidence) for (const e of ev.edges) ids.add(e);
    b.tiesHoldingTogether = [...ids];
  });

  // Signed modularity of the final partition.
  const inP = new Float64Array(blocs.length);
  const inN = new Float64Array(blocs.length);
  const SP = new Float64Array(blocs.length);
  const SN = new Float64Array(blocs.length);
  blocs.forEach((b, id) => {
    inP[id] = b.internalPositive;
    inN[id] = b.internalNegative;
    for (const m of b.members) {
      const i = index.get(m) as number;
      SP[id]! += base.sp[i]!;
      SN[id]! += base.sn[i]!;
    }
  });
  let modularity = 0;
  if (total2p + total2n > 0) {
    for (let c = 0; c < blocs.length; c++) {
      modularity += 2 * inP[c]! - 2 * inN[c]!;
      if (total2p > 0) modularity -= (resolution * SP[c]! * SP[c]!) / total2p;
      if (total2n > 0) modularity += (resolution * SN[c]! * SN[c]!) / total2n;
    }
    modularity /= total2p + total2n;
  }
  return {
    bloc,
    blocs,
    frustration: round(frustration),
    frustrationIndex: totalAbs > 0 ? round(1 - frustration / totalAbs) : null,
    modularity: round(modularity),
  };
}

function round(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

/** Frustration of any partition (positive weight across + negative weight within), e.g. to compare. */
export function partitionFrustration(
  signed: SignedGraph,
  bloc: ReadonlyMap<string, number>,
): number {
  let f = 0;
  for (const t of signed.ties) {
    const same = bloc.get(t.a) === bloc.get(t.b);
    if (same && t.weight < -WEIGHT_EPSILON) f -= t.weight;
    if (!same && t.weight > WEIGHT_EPSILON) f += t.weight;
  }
  return round(f);
}

/**
 * Signed modularity (γ = resolution) and frustration index of any partition on any projection, e.g.
 * to judge partitions found on one projection against the direct ties of another.
 */
export function partitionQuality(
  signed: SignedGraph,
  bloc: ReadonlyMap<string, number>,
  resolution = 1,
): { modularity: number; frustrationIndex: number | null } {
  let total2p = 0;
  let total2n = 0;
  let inside = 0;
  let frustration = 0;
  let totalAbs = 0;
  const sp = new Map<number, number>();
  const sn = new Map<number, number>();
  // nodes outside the partition are blocs of their own
  let next = -1;
  const own = new Map<string, number>();
  const of = (n: string) => bloc.get(n) ?? own.get(n) ?? (own.set(n, next--), next + 1);
  for (const t of signed.ties) {
    const w = t.weight;
    if (Math.abs(w) <= WEIGHT_EPSILON) continue;
    const ca = of(t.a);
    const cb = of(t.b);
    const p = Math.max(w, 0);
    const q = Math.max(-w, 0);
    total2p += 2 * p;
    total2n += 2 * q;
    totalAbs += Math.abs(w);
    for (const c of [ca, cb]) {
      sp.set(c, (sp.get(c) ?? 0) + p);
      sn.set(c, (sn.get(c) ?? 0) + q);
    }
    if (ca === cb) {
      inside += 2 * p - 2 * q;
      frustration += q;
    } else frustration += p;
  }
  let modularity = 0;
  if (total2p + total2n > 0) {
    modularity = inside;
    if (total2p > 0) for (const s of sp.values()) modularity -= (resolution * s * s) / total2p;
    if (total2n > 0) for (const s of sn.values()) modularity += (resolution * s * s) / total2n;
    modularity /= total2p + total2n;
  }
  return {
    modularity: round(modularity),
    frustrationIndex: totalAbs > 0 ? round(1 - frustration / totalAbs) : null,
  };
}
