import { describe, expect, it } from 'vitest';
import { centrality, normalise, topNodes } from '../../src/graph/centrality';
import { smallGraph } from './helpers/small-graph';

describe('topNodes', () => {
  const degree = centrality(smallGraph(), 'degree');

  it('picks the k highest values, ties broken by id', () => {
    // degrees: russia 7, china 4, usa 3, sco 2, new-start 1, vladimir-putin 1
    expect(Object.fromEntries(degree)).toEqual({
      russia: 7,
      china: 4,
      usa: 3,
      'vladimir-putin': 1,
      sco: 2,
      'new-start': 1,
    });
    expect(topNodes(degree, 3)).toEqual(['russia', 'china', 'usa']);
    expect(topNodes(degree, 6).slice(4)).toEqual(['new-start', 'vladimir-putin']);
    expect(topNodes(normalise(degree), 2)).toEqual(['russia', 'china']);
  });

  it('only considers the given ids, and copes with k = 0 or k larger than the graph', () => {
    expect(topNodes(degree, 2, new Set(['usa', 'sco', 'nobody']))).toEqual(['usa', 'sco']);
    expect(topNodes(degree, 0)).toEqual([]);
    expect(topNodes(degree, 99)).toHaveLength(6);
  });
});
