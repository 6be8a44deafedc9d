// Applying the hidden filter values of a URL to a loaded graph: our vocabulary and the graph's own
// values (an import's relation types, kinds, statuses, certainties) are kept, anything else is
// dropped with a warning naming the parameter, the value and what is expected.
import { describe, expect, it } from 'vitest';
import { checkExcluded, facetValues } from '../../src/view/reconcile';
import { parseUrlState } from '../../src/view/view-state';
import { TestGraph } from './helpers/analysis-graph';

/** An imported-looking graph: foreign relation types, a foreign kind, status and certainty. */
function foreign() {
  const g = new TestGraph().actor('a').actor('b', 'unknown').graph;
  const edge = (key: string, relation: string, status: string, certainty: string) =>
    g.addDirectedEdgeWithKey(key, 'a', 'b', { relation, status, certainty, evidence: [] } as never);
  edge('e1', 'related', 'active', 'unverified');
  edge('e2', 'tariffs', 'rumoured', 'confirmed');
  edge('e3', 'alliance', 'active', 'confirmed');
  return g;
}

const exclude = (query: string) => parseUrlState(query).state.exclude;

describe('facetValues', () => {
  it('collects what each facet takes in the graph', () => {
    const v = facetValues(foreign());
    expect([...v.relations].sort()).toEqual(['alliance', 'related', 'tariffs']);
    expect([...v.kinds].sort()).toEqual(['state', 'unknown']);
    expect([...v.statuses].sort()).toEqual(['active', 'rumoured']);
    expect([...v.certainties].sort()).toEqual(['confirmed', 'unverified']);
  });
});

describe('checkExcluded', () => {
  it("keeps the graph's own values and our vocabulary, without a warning", () => {
    const values = exclude(
      '?hide-rel=related,tariffs,sanction&hide-kind=unknown,person&hide-status=rumoured&hide-cert=unverified',
    );
    expect(checkExcluded(values, facetValues(foreign()))).toEqual({
      exclude: {
        relations: ['related', 'tariffs', 'sanction'],
        kinds: ['unknown', 'person'],
        statuses: ['rumoured'],
        certainties: ['unverified'],
      },
      notices: [],
      warnings: [],
    });
  });

  it('drops values neither in the vocabulary nor in the graph, one warning per parameter', () => {
    const values = exclude('?hide-rel=tariffs,nonsense,bogus&hide-cert=unverified,maybe');
    const { exclude: kept, notices, warnings } = checkExcluded(values, facetValues(foreign()));
    expect(notices.map((n) => n.code)).toEqual(['unknown-hidden', 'unknown-hidden']);
    expect(notices[1]!.params).toEqual({
      key: 'hide-cert',
      facet: 'certainties',
      bad: ['maybe'],
      expected: ['confirmed', 'reported', 'speculative', 'unverified'],
    });
    expect(kept).toEqual({
      relations: ['tariffs'],
      kinds: [],
      statuses: [],
      certainties: ['unverified'],
    });
    expect(warnings).toEqual([
      'URL parameter "hide-rel": unknown relation type "nonsense", "bogus" ignored (expected any of represents, member_of, alliance, partnership, cooperation, support, trade, negotiation, proposal, criticism, pressure, sanction, conflict, dispute, related, tariffs)',
      'URL parameter "hide-cert": unknown certainty "maybe" ignored (expected any of confirmed, reported, speculative, unverified)',
    ]);
  });

  it("drops an import's value on the default data (not in the graph, not ours)", () => {
    const ours = new TestGraph().rel('e1', 'alliance', 'a', 'b').graph;
    const { exclude: kept, warnings } = checkExcluded(
      exclude('?hide-rel=related&hide-kind=unknown'),
      facetValues(ours),
    );
    expect(kept.relations).toEqual([]);
    expect(kept.kinds).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^URL parameter "hide-rel": unknown relation type "related" ignored \(expected any of represents, .*, dispute\)$/,
      ),
      'URL parameter "hide-kind": unknown actor kind "unknown" ignored (expected any of state, organization, person, agreement, group)',
    ]);
  });

  it('checks nothing before a graph is loaded', () => {
    const values = exclude('?hide-rel=anything');
    expect(checkExcluded(values, null)).toEqual({ exclude: values, notices: [], warnings: [] });
  });
});

describe('checkExcluded on a switch to another dataset (the same rule as a URL load)', () => {
  it('keeps our vocabulary and the new graph’s values; resets the rest value by value', () => {
    const hidden = {
      relations: ['sanction', 'tariffs', 'hearsay'],
      kinds: ['robot'],
      statuses: [],
      certainties: [],
    };
    const { exclude: kept, notices } = checkExcluded(hidden, facetValues(foreign()), 'dataset');
    // sanction: ours (not in this graph, kept for the next dataset); tariffs: the graph's own
    expect(kept.relations).toEqual(['sanction', 'tariffs']);
    expect(kept.kinds).toEqual([]);
    expect(notices).toEqual([
      { code: 'filter-reset', params: { facet: 'relations', value: 'hearsay' } },
      { code: 'filter-reset', params: { facet: 'kinds', value: 'robot' } },
    ]);
  });

  it('agrees with a URL load on what survives', () => {
    const hidden = exclude('?hide-rel=sanction,tariffs,hearsay&hide-kind=robot');
    const present = facetValues(foreign());
    expect(checkExcluded(hidden, present, 'dataset').exclude).toEqual(
      checkExcluded(hidden, present, 'url').exclude,
    );
  });
});
