// Test helper for the alignment analyses: a terse builder of small mixed multigraphs with the app's
// attribute shape (undirected edges for undirected relation types, as src/model/build does).
import { createEmptyGraph, type AlignmapGraph } from '../../../src/model/build';
import type { EdgeAttributes } from '../../../src/model/graph-types';
import { RELATION_INFO, type RelationType } from '../../../src/model/vocabulary';

export interface RelationExtra {
  status?: string;
  certainty?: string;
  start?: string;
  end?: string;
}

export class TestGraph {
  readonly graph: AlignmapGraph = createEmptyGraph();

  actor(id: string, kind = 'state', label = id): this {
    this.graph.addNode(id, { label, labelJa: label, kind: kind as 'state', aliases: [] });
    return this;
  }

  actors(ids: string, kind = 'state'): this {
    for (const id of ids.split(/\s+/).filter(Boolean)) this.actor(id, kind);
    return this;
  }

  /** Adds relation `id` of `type` from `source` to `target` (actors are created as states). */
  rel(
    id: string,
    type: RelationType,
    source: string,
    target: string,
    extra: RelationExtra = {},
  ): this {
    for (const n of [source, target]) if (!this.graph.hasNode(n)) this.actor(n);
    const attrs: EdgeAttributes = {
      relation: type,
      status: extra.status ?? 'active',
      certainty: extra.certainty ?? 'confirmed',
      evidence: [{ source: 's1', quote: `${id} quote` }],
      ...(extra.start !== undefined ? { start: extra.start } : {}),
      ...(extra.end !== undefined ? { end: extra.end } : {}),
    };
    if (RELATION_INFO[type].directed) this.graph.addDirectedEdgeWithKey(id, source, target, attrs);
    else this.graph.addUndirectedEdgeWithKey(id, source, target, attrs);
    return this;
  }
}

export const sorted = (values: Iterable<string>): string[] => [...values].sort();

/**
 * Flat weights for the tests of the analyses' arithmetic (blocs, balance, alignment): alliance and
 * conflict 2, every other signed type 1, reported 0.6, speculative 0.3, planned 0.75, proposed and
 * threatened 0.5, no member–organization tie, co-membership 0.25. The default weights have tests of
 * their own (signed.test.ts).
 */
export const FLAT_WEIGHTS = {
  relationWeights: {
    alliance: 2,
    conflict: 2,
    partnership: 1,
    sanction: 1,
    cooperation: 1,
    support: 1,
    dispute: 1,
    criticism: 1,
    pressure: 1,
    trade: 1,
  },
  certaintyWeights: { confirmed: 1, reported: 0.6, speculative: 0.3 },
  statusWeights: { active: 1, ended: 1, planned: 0.75, proposed: 0.5, threatened: 0.5 },
  memberTieWeight: 0,
  membershipWeight: 0.25,
} as const;
