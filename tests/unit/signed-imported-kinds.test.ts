// An imported actor (kind "unknown", outside the vocabulary) takes part in the signed analyses with
// the default options (agreements left out): it used to be dropped from the projection and then
// reported as "hidden by the current filters" although no filter hid it (issue 13, extra).
import { describe, expect, it } from 'vitest';
import { createEmptyGraph } from '../../src/model/build';
import { signedKinds } from '../../src/view/analysis-view';
import { signedProjection } from '../../src/graph/signed';
import { alignmentScore, rankAlignment } from '../../src/graph/alignment';

function importedGraph() {
  const g = createEmptyGraph();
  for (const id of ['a', 'b', 'c'])
    // an import's own kind, outside the vocabulary (the importer's FOREIGN_DEFAULTS.kind)
    g.addNode(id, { label: id, labelJa: id, kind: 'unknown' as 'state', aliases: [] });
  g.addNode('treaty', { label: 'T', labelJa: 'T', kind: 'agreement', aliases: [] });
  const attrs = (relation: string) => ({
    relation,
    status: 'active',
    certainty: 'unverified',
    evidence: [],
  });
  g.addUndirectedEdgeWithKey('e1', 'a', 'b', attrs('alliance'));
  g.addDirectedEdgeWithKey('e2', 'a', 'c', attrs('sanction'));
  g.addDirectedEdgeWithKey('e3', 'b', 'c', attrs('sanction'));
  g.addDirectedEdgeWithKey('e4', 'a', 'treaty', attrs('member_of'));
  return g;
}

describe('signed analyses on an imported graph', () => {
  it('actors of an import’s own kind take part; agreements stay out by default', () => {
    const graph = importedGraph();
    const signed = signedProjection(graph, { kinds: signedKinds(false) });
    expect(signed.nodes).toEqual(['a', 'b', 'c']);
    const ranking = rankAlignment(signed, 'a', { graph });
    expect(ranking.ok).toBe(true);
    const pair = alignmentScore(signed, 'a', 'b', { graph });
    expect(pair.ok && pair.score).toBeGreaterThan(0.5); // allies who sanction the same actor
  });
});
