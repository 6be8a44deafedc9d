// Which relations a very large graph draws (src/render/edge-budget.ts): all the view shows when
// they fit the budget; else the ego focus without its faded rest; else the selection's and a
// shown path's; else none — with how many are shown and drawn.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { drawnEdges, sameDrawnEdges, type BudgetView } from '../../src/render/edge-budget';

/** A star a—b, a—c, a—d, a→e and a chain d—e—f: six relations e1..e6. */
function graph() {
  const g = new Graph({ multi: true, type: 'mixed' });
  for (const n of 'abcdef') g.addNode(n);
  g.addUndirectedEdgeWithKey('e1', 'a', 'b');
  g.addUndirectedEdgeWithKey('e2', 'a', 'c');
  g.addUndirectedEdgeWithKey('e3', 'a', 'd');
  g.addDirectedEdgeWithKey('e4', 'a', 'e');
  g.addUndirectedEdgeWithKey('e5', 'd', 'e');
  g.addUndirectedEdgeWithKey('e6', 'e', 'f');
  return g;
}

const view = (over: Partial<BudgetView> = {}): BudgetView => ({
  hiddenEdges: new Set(),
  selectedNode: null,
  selectedEdge: null,
  ...over,
});

describe('drawnEdges', () => {
  it('draws all the shown relations when they fit, counting only hidden ones the graph has', () => {
    const g = graph();
    expect(drawnEdges(g, view(), 6)).toEqual({ edges: 'all', shown: 6, drawn: 6 });
    const hidden = new Set(['e1', 'e2', 'gone']);
    expect(drawnEdges(g, view({ hiddenEdges: hidden }), 4)).toEqual({
      edges: 'all',
      shown: 4,
      drawn: 4,
    });
  });

  it('over the budget: the focus without its faded rest, if that fits', () => {
    const g = graph();
    const v = view({ hiddenEdges: new Set(['e6']), dimmedEdges: new Set(['e5', 'e2']) });
    expect(drawnEdges(g, v, 3)).toEqual({ edges: ['e1', 'e3', 'e4'], shown: 5, drawn: 3 });
  });

  it('else the selected actor’s, the selected relation and a shown path’s visible relations', () => {
    const g = graph();
    const hiddenEdges = new Set(['e2']);
    const picked = drawnEdges(g, view({ hiddenEdges, selectedNode: 'a' }), 3).edges as string[];
    expect([...picked].sort()).toEqual(['e1', 'e3', 'e4']);
    expect(
      drawnEdges(
        g,
        view({ hiddenEdges, selectedEdge: 'e6', emphasis: { edges: new Set(['e5', 'e2']) } }),
        3,
      ),
    ).toEqual({ edges: ['e6', 'e5'], shown: 5, drawn: 2 });
    // a selection that does not fit either, or none: nothing drawn
    expect(drawnEdges(g, view({ hiddenEdges, selectedNode: 'a' }), 2)).toEqual({
      edges: [],
      shown: 5,
      drawn: 0,
    });
    expect(drawnEdges(g, view({ selectedNode: 'gone' }), 5)).toEqual({
      edges: [],
      shown: 6,
      drawn: 0,
    });
  });

  it('compares listed choices as sets; "all" never equals (it depends on the hidden ones)', () => {
    expect(
      sameDrawnEdges(
        { edges: ['a', 'b'], shown: 9, drawn: 2 },
        { edges: ['b', 'a'], shown: 8, drawn: 2 },
      ),
    ).toBe(true);
    expect(
      sameDrawnEdges({ edges: ['a'], shown: 9, drawn: 1 }, { edges: ['b'], shown: 9, drawn: 1 }),
    ).toBe(false);
    expect(
      sameDrawnEdges({ edges: 'all', shown: 9, drawn: 9 }, { edges: 'all', shown: 9, drawn: 9 }),
    ).toBe(false);
  });
});
