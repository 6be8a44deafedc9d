// What an analyst expects of the bundled dataset's 2025 picture, checked on the real data (built
// from graph-data/ in the test): blocs, Japan–US balance and alignment, Japan's rankings.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignmentScore, rankAlignment } from '../../src/graph/alignment';
import { analyseBlocs, BODY_KINDS } from '../../src/graph/analysis-blocs';
import { signedProjection, tieWeight } from '../../src/graph/signed';
import { actorExistsAt, analysisScope } from '../../src/graph/time';
import { buildGraph } from '../../src/model/build';
import { validateDir } from '../../src/model/load-dir';

const data = validateDir(resolve(__dirname, '../../graph-data'), {});
if (!data.ok || !data.dataset) throw new Error('graph-data/ does not validate');
const graph = buildGraph(data.dataset);
const scope = analysisScope(graph);
if (!scope.ok) throw new Error(scope.message);

describe('blocs of the bundled data at its latest date', () => {
  const analysis = analyseBlocs(graph, scope);
  if (!analysis.ok) throw new Error(analysis.message);
  const { result, readings } = analysis;
  const blocOf = (id: string) => result.bloc.get(id);

  it('puts Belarus with Russia', () => {
    expect(blocOf('belarus')).toBeDefined();
    expect(blocOf('belarus')).toBe(blocOf('russia'));
  });

  it('puts the United States, Japan, Australia and South Korea together', () => {
    const us = blocOf('united-states');
    expect(us).toBeDefined();
    for (const id of ['japan', 'australia', 'south-korea']) expect(blocOf(id)).toBe(us);
  });

  it('keeps Russia and Ukraine apart', () => {
    expect(blocOf('russia')).not.toBe(blocOf('ukraine'));
  });

  it('has no ended actor and no bloc of organizations or agreements', () => {
    expect(scope.date).toMatch(/^2025-/);
    for (const bloc of result.blocs) {
      for (const m of bloc.members) {
        expect(actorExistsAt(graph.getNodeAttributes(m), scope.date!)).toBe(true);
        expect(BODY_KINDS.has(graph.getNodeAttribute(m, 'kind'))).toBe(false);
      }
    }
    // organizations bind blocs instead
    const russia = readings[blocOf('russia')!]!;
    expect(russia.membershipShare).toBeLessThan(0.5);
    expect(russia.bodies.length).toBeGreaterThan(0);
  });
});

describe('Japan and the United States', () => {
  const signed = signedProjection(graph, {
    visibleNodes: scope.visibleNodes,
    visibleEdges: scope.visibleEdges,
    foldPersons: true,
    kinds: new Set(['state', 'organization', 'person', 'group']),
  });
  const direct = signedProjection(graph, {
    visibleNodes: scope.visibleNodes,
    visibleEdges: scope.visibleEdges,
    foldPersons: true,
    membershipWeight: 0,
  });

  it('are tied positively (balance over direct ties) and NATO–US too', () => {
    expect(tieWeight(direct, 'japan', 'united-states')).toBeGreaterThan(1);
    expect(tieWeight(direct, 'nato', 'united-states')).toBeGreaterThan(0);
  });

  it('are aligned, and Japan is most opposed to states, not a university', () => {
    const pair = alignmentScore(signed, 'japan', 'united-states');
    expect(pair.ok && pair.score).toBeGreaterThan(0.5);
    const ranked = rankAlignment(signed, 'japan', { limit: 8 });
    if (!ranked.ok) throw new Error(ranked.message);
    expect(ranked.mostAligned[0]?.actor).toBe('united-states');
    const opposed = ranked.mostOpposed.map((e) => e.actor);
    expect(opposed.slice(0, 3).sort()).toEqual(['china', 'north-korea', 'russia']);
    expect(opposed).not.toContain('tokyo-international-university');
    expect(opposed).not.toContain('united-nations');
  });
});
