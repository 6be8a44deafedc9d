// Benchmark of the alignment analyses (src/graph): builds seeded random signed graphs of 500 and
// 5,000 actors with planted camps (5 relations per actor, memberships in 1 of 50 organizations) and
// prints the median time of the signed projection, blocs, balance, alignment ranking, ego networks,
// shortest paths and the time filter over several runs, plus signed Louvain against plain
// graphology-communities-louvain (positive ties only) on the same projection.
// Run: npx tsx bench/analysis.ts [--runs 7] [--sizes 500,5000]
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { alignmentScore, rankAlignment } from '../src/graph/alignment';
import { mulberry32 } from '../src/graph/analysis-result';
import { analyseBalance } from '../src/graph/balance';
import { detectBlocs } from '../src/graph/blocs';
import { egoNetwork } from '../src/graph/ego';
import { shortestPaths } from '../src/graph/paths';
import { signedProjection, type SignedGraph } from '../src/graph/signed';
import { timeFilter } from '../src/graph/time';
import { createEmptyGraph, type AlignmapGraph } from '../src/model/build';
import { RELATION_INFO, type RelationType } from '../src/model/vocabulary';

const POSITIVE: RelationType[] = ['alliance', 'partnership', 'cooperation', 'support', 'trade'];
const NEGATIVE: RelationType[] = ['criticism', 'pressure', 'sanction', 'conflict', 'dispute'];
const NEUTRAL: RelationType[] = ['negotiation', 'proposal'];
const CERTAINTIES = ['confirmed', 'confirmed', 'confirmed', 'reported', 'speculative'];
const STATUSES = ['active', 'active', 'active', 'active', 'threatened', 'proposed', 'ended'];

/** n states in `camps` planted camps; 5n relations: 80% signed (85% friendly within a camp, 85% hostile across), 5% neutral, 15% memberships of n/50 organizations. */
export function randomSignedGraph(n: number, seed: number, camps = 8): AlignmapGraph {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const g = createEmptyGraph();
  const camp: number[] = [];
  for (let i = 0; i < n; i++) {
    g.addNode(`s${i}`, { label: `State ${i}`, labelJa: `国${i}`, kind: 'state', aliases: [] });
    camp.push(Math.floor(random() * camps));
  }
  const orgs = Math.max(1, Math.floor(n / 50));
  for (let o = 0; o < orgs; o++)
    g.addNode(`o${o}`, {
      label: `Org ${o}`,
      labelJa: `機関${o}`,
      kind: 'organization',
      aliases: [],
    });
  const total = 5 * n;
  let id = 0;
  while (id < total) {
    const roll = random();
    const attrs = {
      status: pick(STATUSES),
      certainty: pick(CERTAINTIES),
      evidence: [],
      ...(random() < 0.3
        ? { start: `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15` }
        : {}),
    };
    const key = `r${id}`;
    if (roll < 0.15) {
      // Membership: organizations recruit mostly within one camp.
      const o = Math.floor(random() * orgs);
      let s = Math.floor(random() * n);
      if (random() < 0.7) {
        for (let tries = 0; tries < 20 && camp[s] !== o % camps; tries++)
          s = Math.floor(random() * n);
      }
      if (g.hasDirectedEdge(`s${s}`, `o${o}`)) continue;
      g.addDirectedEdgeWithKey(key, `s${s}`, `o${o}`, { ...attrs, relation: 'member_of' });
      id++;
      continue;
    }
    const a = Math.floor(random() * n);
    let b = Math.floor(random() * n);
    // Locality: half of the relations stay among "nearby" ids, so that triangles exist.
    if (random() < 0.5) b = (a + 1 + Math.floor(random() * 20)) % n;
    if (a === b) continue;
    const same = camp[a] === camp[b];
    const type =
      roll < 0.2
        ? pick(NEUTRAL)
        : (same ? random() < 0.85 : random() < 0.15)
          ? pick(POSITIVE)
          : pick(NEGATIVE);
    const edge = { ...attrs, relation: type };
    if (RELATION_INFO[type].directed) g.addDirectedEdgeWithKey(key, `s${a}`, `s${b}`, edge);
    else g.addUndirectedEdgeWithKey(key, `s${a}`, `s${b}`, edge);
    id++;
  }
  return g;
}

function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function time<T>(runs: number, fn: (run: number) => T): { ms: number; last: T } {
  const times: number[] = [];
  let last: T | undefined;
  fn(0); // warm-up
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    last = fn(r);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), last: last as T };
}

function positiveGraph(signed: SignedGraph): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const n of signed.nodes) g.addNode(n);
  for (const t of signed.ties) if (t.weight > 0) g.addEdge(t.a, t.b, { weight: t.weight });
  return g;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const runs = Number(arg('runs', '7'));
const sizes = arg('sizes', '500,5000').split(',').map(Number);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);

for (const n of sizes) {
  const graph = randomSignedGraph(n, 42);
  const random = mulberry32(7);
  const actors = Array.from({ length: 50 }, () => `s${Math.floor(random() * n)}`);
  console.log(
    `\n${n} actors: ${graph.order} nodes, ${graph.size} relations (median of ${runs} runs, ms)`,
  );
  const projection = time(runs, () => signedProjection(graph));
  const signed = projection.last;
  console.log(`  signed projection      ${fmt(projection.ms)}   ${signed.ties.length} ties`);
  const blocs = time(runs, (r) => detectBlocs(signed, { seed: r + 1 }));
  const b = blocs.last;
  console.log(
    `  blocs (signed Louvain) ${fmt(blocs.ms)}   ${b.ok ? `${b.blocs.filter((x) => x.members.length > 1).length} blocs of 2+, Q=${b.modularity.toFixed(3)}, frustration index ${b.frustrationIndex?.toFixed(3)}` : b.message}`,
  );
  const positive = positiveGraph(signed);
  const plain = time(runs, (r) =>
    louvain.detailed(positive, { getEdgeWeight: 'weight', rng: mulberry32(r + 1) }),
  );
  console.log(
    `  plain Louvain (w > 0)  ${fmt(plain.ms)}   ${plain.last.count} communities, Q+=${plain.last.modularity.toFixed(3)}; signed/plain time ratio ${(blocs.ms / plain.ms).toFixed(2)}`,
  );
  const balance = time(runs, () => analyseBalance(signed));
  const bl = balance.last;
  console.log(
    `  balance                ${fmt(balance.ms)}   ${bl.ok ? `${bl.triangles} triangles, ${bl.unbalancedCount} unbalanced, index ${bl.balanceIndex?.toFixed(3)}` : bl.message}`,
  );
  const rank = time(runs, (r) => rankAlignment(signed, actors[r % actors.length] as string));
  console.log(`  alignment ranking (1)  ${fmt(rank.ms)}`);
  const rankAll = time(Math.min(runs, 3), () => {
    for (const a of signed.nodes.slice(0, 500)) rankAlignment(signed, a);
  });
  console.log(`  ranking x500 actors    ${fmt(rankAll.ms)}`);
  const pair = time(runs, (r) =>
    alignmentScore(signed, actors[r % 50] as string, actors[(r + 1) % 50] as string),
  );
  console.log(`  alignment pair         ${fmt(pair.ms)}`);
  for (const depth of [1, 2, 3] as const) {
    const ego = time(runs, (r) =>
      egoNetwork(graph, actors[r % actors.length] as string, { depth, direction: 'both' }),
    );
    const e = ego.last;
    console.log(
      `  ego depth ${depth}            ${fmt(ego.ms)}   ${e.ok ? `${e.nodes.size} nodes, ${e.edges.size} edges` : e.message}`,
    );
  }
  const paths = time(runs, (r) =>
    shortestPaths(graph, actors[r % 50] as string, actors[(r + 25) % 50] as string),
  );
  const p = paths.last;
  console.log(
    `  shortest paths         ${fmt(paths.ms)}   ${p.ok ? `${p.length} hops, ${p.totalPaths} paths` : p.message}`,
  );
  const filter = time(runs, () => timeFilter(graph, '2025-05', '2025-05'));
  const f = filter.last;
  console.log(
    `  time filter            ${fmt(filter.ms)}   ${f.ok ? `${f.visibleEdges.size} visible` : f.message}`,
  );
}
