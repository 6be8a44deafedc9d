// The per-source report of `npm run validate -- --report` on a small hand-built dataset.
import { describe, expect, it } from 'vitest';
import { countBySource, formatSourceReport } from '../../src/model/report';
import type { Dataset, Relation } from '../../src/model/schema';

const rel = (
  id: string,
  type: Relation['type'],
  status: Relation['status'],
  certainty: Relation['certainty'],
  sources: string[],
): Relation => ({
  id,
  source: 'a',
  target: 'b',
  type,
  status,
  certainty,
  evidence: sources.map((source) => ({ source, quote: id })),
});

const dataset: Dataset = {
  sources: [
    {
      id: 's1',
      kind: 'seed',
      title: 'S1',
      publisher: 'P',
      date: '2025',
      language: 'ja',
      unverified: true,
    },
    { id: 's2', kind: 'seed', title: 'S2', publisher: 'P', date: '2025', language: 'ja' },
    {
      id: 'r',
      kind: 'reference',
      title: 'R',
      publisher: 'P',
      date: '2025',
      language: 'en',
      url: 'https://example.org',
    },
  ],
  actors: [],
  relations: [
    rel('x', 'criticism', 'active', 'reported', ['s1', 's1']),
    rel('y', 'criticism', 'threatened', 'confirmed', ['s1', 's2']),
    rel('z', 'proposal', 'proposed', 'speculative', ['s1']),
  ],
};

describe('countBySource', () => {
  it('counts each relation once per source it cites, by type, status and certainty', () => {
    const [s1, s2, r] = countBySource(dataset);
    expect(s1).toEqual({
      source: 's1',
      kind: 'seed',
      unverified: true,
      relations: 3,
      byType: { criticism: 2, proposal: 1 },
      byStatus: { active: 1, threatened: 1, proposed: 1 },
      byCertainty: { reported: 1, confirmed: 1, speculative: 1 },
    });
    expect(s2?.relations).toBe(1);
    expect(r?.relations).toBe(0);
  });

  it('prints one block per source that backs a relation', () => {
    expect(formatSourceReport(countBySource(dataset))).toBe(
      [
        's1 (seed, unverified): 3 relations',
        '  type: criticism 2, proposal 1',
        '  status: active 1, proposed 1, threatened 1',
        '  certainty: confirmed 1, reported 1, speculative 1',
        's2 (seed): 1 relation',
        '  type: criticism 1',
        '  status: threatened 1',
        '  certainty: confirmed 1',
      ].join('\n'),
    );
  });
});
