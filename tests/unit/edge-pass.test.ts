// One pass over the relations for several summaries (src/graph/edge-pass.ts): in slices, each
// visitor sees every relation once in the graph's order and gives what its one-task version gives
// (the view index, the latest date, the dates' extent, the evidence index).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { visitEdges, visitEdgesInSlices, type EdgeVisitor } from '../../src/graph/edge-pass';
import { buildEvidenceIndex, evidenceIndexVisitor } from '../../src/graph/search';
import { dateExtent, dateExtentVisitor, latestDate, latestDateVisitor } from '../../src/graph/time';
import { buildViewIndex, viewIndexVisitor } from '../../src/graph/view-index';

function graph() {
  const g = new Graph({ multi: true });
  for (const id of ['a', 'b', 'c'])
    g.addNode(id, { kind: 'state', start: id === 'c' ? '2024-03' : undefined });
  const rel = (s: string, t: string, attrs: Record<string, unknown>) =>
    g.addEdge(s, t, {
      relation: 'trade',
      status: 'active',
      certainty: 'confirmed',
      evidence: [],
      ...attrs,
    });
  rel('a', 'b', { start: '2020-01-02', evidence: [{ quote: 'Trade grew' }] });
  rel('b', 'c', { start: '2019', status: 'ended', end: '2023-06' });
  rel('a', 'c', { relation: 'sanction', note: 'reported sanctions' });
  rel('c', 'a', { start: '2025-05-01', status: 'proposed' });
  return g;
}

/** Records the relations it sees, and how many tasks had begun when it saw each. */
function recording(tasks: () => number): EdgeVisitor<string[]> {
  const seen: string[] = [];
  return {
    edge: (id, _a, s, t) => void seen.push(`${id}:${s}>${t}@${tasks()}`),
    done: () => seen,
  };
}

describe('visitEdgesInSlices', () => {
  it('shows every relation to every visitor once, in order, `budget` per task, and nothing in the caller’s task', async () => {
    const g = graph();
    let tasks = 0;
    const yieldTask = async () => void tasks++;
    const pending = visitEdgesInSlices<[string[], string[]]>(
      g,
      [recording(() => tasks), recording(() => tasks)],
      yieldTask,
      3,
    );
    expect(tasks).toBe(1); // (the first slice waits for a task of its own)
    const [first, second] = await pending;
    const ids = g.edges();
    const expected = ids.map((id, i) => `${id}:${g.source(id)}>${g.target(id)}@${i < 3 ? 1 : 2}`);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    // two slices, then a task per visitor's result
    expect(tasks).toBe(4);
  });

  it('the summaries’ visitors give what their one-task versions give', async () => {
    const g = graph();
    const [index, latest, extent, evidence] = await visitEdgesInSlices(
      g,
      [viewIndexVisitor(g), latestDateVisitor(g), dateExtentVisitor(), evidenceIndexVisitor()],
      async () => {},
      1,
    );
    expect(index).toEqual(buildViewIndex(g));
    expect(latest).toBe(latestDate(g));
    expect(latest).toBe('2024-03-31');
    expect(extent).toEqual(dateExtent(g));
    expect(extent).toMatchObject({ ok: true, min: '2019-01-01', datedEdges: 3, undatedEdges: 1 });
    expect(evidence).toEqual(buildEvidenceIndex(g));
    expect(evidence.entries.map((e) => e.text)).toEqual(['Trade grew', 'reported sanctions']);
    expect(
      visitEdges(
        g,
        recording(() => 0),
      ),
    ).toHaveLength(4);
  });
});
