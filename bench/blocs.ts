// Grid search of the bloc model's weights on the bundled dataset: for every co-membership weight
// (per membership, spread over the body's other members) and resolution γ, detects blocs with
// several seeds on the 2025 picture (analysisScope at the latest date, states and persons folded
// into their state) and scores each partition by
//   - expert expectations (EXPECTATIONS below: Belarus with Russia, the US and its Pacific allies
//     together, Russia and Ukraine apart, …), the share met, averaged over the seeds;
//   - the share of Russia's and the US's blocs that rests on shared memberships only (lower is
//     better: memberships alone should not make the blocs an analyst reads);
//   - signed modularity and fit (1 − frustration / total |weight|) of the partition judged on the
//     direct relations only (co-memberships left out), so that configurations compare on the same
//     graph and memberships cannot make their own partition look good.
// Ranking: expectations first, then modularity + fit. Deterministic (seeded); prints a table and the
// best configuration, which src/graph/signed.ts (DEFAULT_MEMBERSHIP_WEIGHT) and
// src/graph/analysis-blocs.ts (DEFAULT_BLOC_RESOLUTION) use. Documented in src/graph/README.md.
// Run: npm run bench:blocs [-- --seeds 5]
import { validateDir } from '../src/model/load-dir';
import { buildGraph } from '../src/model/build';
import { analysisScope } from '../src/graph/time';
import { signedProjection } from '../src/graph/signed';
import { detectBlocs, partitionQuality } from '../src/graph/blocs';
import { BLOC_KINDS, readBlocs } from '../src/graph/analysis-blocs';
import { ROOT } from '../scripts/data-cli';
import { resolve } from 'node:path';

/** What an analyst of international affairs expects of the 2025 picture. */
export const EXPECTATIONS: Array<{ together?: string[]; apart?: [string, string] }> = [
  { together: ['belarus', 'russia'] },
  { together: ['united-states', 'japan', 'australia', 'south-korea'] },
  { together: ['russia', 'north-korea'] },
  { together: ['united-kingdom', 'france', 'germany'] },
  { apart: ['russia', 'ukraine'] },
  { apart: ['united-states', 'china'] },
  { apart: ['japan', 'china'] },
  { apart: ['russia', 'japan'] },
];

export const MEMBERSHIP_WEIGHTS = [0, 0.025, 0.05, 0.1, 0.2, 0.4, 0.8];
export const RESOLUTIONS = [0.5, 0.75, 1, 1.25, 1.5];

function main(): void {
  const argv = process.argv.slice(2);
  const seedsAt = argv.indexOf('--seeds');
  const seedCount = seedsAt >= 0 ? Number(argv[seedsAt + 1]) : 5;
  const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);
  const data = validateDir(resolve(ROOT, 'graph-data'), {});
  if (!data.ok || !data.dataset) throw new Error('bench:blocs: graph-data/ does not validate');
  const graph = buildGraph(data.dataset);
  const scope = analysisScope(graph);
  if (!scope.ok) throw new Error(scope.message);
  const base = {
    visibleNodes: scope.visibleNodes,
    visibleEdges: scope.visibleEdges,
    foldPersons: true,
    kinds: BLOC_KINDS,
  };
  const direct = signedProjection(graph, { ...base, membershipWeight: 0 });
  console.log(
    `bench:blocs: ${graph.order} actors, ${graph.size} relations; analysis date ${scope.date}; ` +
      `${direct.nodes.length} states and persons; seeds ${seeds.join(',')}`,
  );
  const rows: Array<{
    membershipWeight: number;
    resolution: number;
    expectations: number;
    allMet: number;
    modularity: number;
    fit: number;
    blocs: number;
    /** Mean share of Russia's and the US's blocs that rests on memberships only. */
    memberShare: number;
    failed: string;
  }> = [];
  for (const membershipWeight of MEMBERSHIP_WEIGHTS) {
    const signed = signedProjection(graph, { ...base, membershipWeight });
    for (const resolution of RESOLUTIONS) {
      let met = 0;
      let allMet = 0;
      let modularity = 0;
      let fit = 0;
      let blocs = 0;
      let memberShare = 0;
      const failed = new Map<string, number>();
      for (const seed of seeds) {
        const r = detectBlocs(signed, { seed, resolution });
        if (!r.ok) throw new Error(r.message);
        let ok = 0;
        for (const e of EXPECTATIONS) {
          const pass = e.together
            ? e.together.every((n) => r.bloc.get(n) === r.bloc.get(e.together![0]!))
            : r.bloc.get(e.apart![0]) !== r.bloc.get(e.apart![1]);
          if (pass) ok++;
          else {
            const name = e.together ? e.together.join('+') : `${e.apart!.join('/')}`;
            failed.set(name, (failed.get(name) ?? 0) + 1);
          }
        }
        met += ok / EXPECTATIONS.length;
        if (ok === EXPECTATIONS.length) allMet++;
        const q = partitionQuality(direct, r.bloc);
        modularity += q.modularity;
        fit += q.frustrationIndex ?? 0;
        blocs += r.blocs.filter((b) => b.members.length > 1).length;
        const readings = readBlocs(graph, signed, r, scope);
        memberShare +=
          ['russia', 'united-states']
            .map((id) => readings[r.bloc.get(id)!]!.membershipShare)
            .reduce((a, b) => a + b, 0) / 2;
      }
      const n = seeds.length;
      rows.push({
        membershipWeight,
        resolution,
        expectations: met / n,
        allMet: allMet / n,
        modularity: modularity / n,
        fit: fit / n,
        blocs: blocs / n,
        memberShare: memberShare / n,
        failed: [...failed].map(([k, v]) => `${k}×${v}`).join(' '),
      });
    }
  }
  // Neighbour robustness: mean expectations of the adjacent grid points (one step in either
  // parameter), so a choice whose neighbours also meet the expectations wins a tie.
  const at = (w: number, g: number) =>
    rows.find((r) => r.membershipWeight === w && r.resolution === g);
  const robustness = new Map<(typeof rows)[number], number>();
  for (const r of rows) {
    const wi = MEMBERSHIP_WEIGHTS.indexOf(r.membershipWeight);
    const gi = RESOLUTIONS.indexOf(r.resolution);
    const near = [
      at(MEMBERSHIP_WEIGHTS[wi - 1]!, r.resolution),
      at(MEMBERSHIP_WEIGHTS[wi + 1]!, r.resolution),
      at(r.membershipWeight, RESOLUTIONS[gi - 1]!),
      at(r.membershipWeight, RESOLUTIONS[gi + 1]!),
    ].filter((x) => x !== undefined);
    robustness.set(r, near.reduce((s, x) => s + x.expectations, 0) / near.length);
  }
  // Ranking: expectations; then modularity + fit − the share of Russia's and the US's blocs that
  // rests on memberships only (differences below 0.01 are noise); then robustness; then the
  // resolution nearest 1 (plain modularity).
  const quality = (r: (typeof rows)[number]) =>
    Math.round((r.modularity + r.fit - r.memberShare) * 100);
  rows.sort(
    (x, y) =>
      y.expectations - x.expectations ||
      quality(y) - quality(x) ||
      robustness.get(y)! - robustness.get(x)! ||
      Math.abs(x.resolution - 1) - Math.abs(y.resolution - 1) ||
      x.membershipWeight - y.membershipWeight,
  );
  console.log(
    'memberW   γ     expect  allMet  modul.  fit     memb.  robust blocs  failed expectations',
  );
  for (const r of rows)
    console.log(
      [
        r.membershipWeight.toFixed(3).padEnd(9),
        r.resolution.toFixed(2).padEnd(5),
        r.expectations.toFixed(3).padEnd(7),
        r.allMet.toFixed(2).padEnd(7),
        r.modularity.toFixed(3).padEnd(7),
        r.fit.toFixed(3).padEnd(7),
        r.memberShare.toFixed(3).padEnd(6),
        robustness.get(r)!.toFixed(3).padEnd(6),
        r.blocs.toFixed(1).padEnd(6),
        r.failed,
      ].join(' '),
    );
  const best = rows[0]!;
  console.log(
    `best: membershipWeight ${best.membershipWeight}, resolution ${best.resolution} ` +
      `(expectations ${best.expectations.toFixed(3)}, all met in ${(best.allMet * 100).toFixed(0)}% of seeds, ` +
      `modularity ${best.modularity.toFixed(3)}, fit ${best.fit.toFixed(3)})`,
  );
}

main();
