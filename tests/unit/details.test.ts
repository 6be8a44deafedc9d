import { describe, expect, it } from 'vitest';
import { actorRelations } from '../../src/ui/details';
import { t } from '../../src/i18n/catalog';
import { TestGraph } from './helpers/analysis-graph';

describe('actorRelations', () => {
  const g = () =>
    new TestGraph()
      .actor('trump', 'person')
      .actor('kraft', 'person')
      .rel('r1', 'represents', 'trump', 'usa')
      .rel('r2', 'represents', 'kraft', 'usa', { certainty: 'reported' })
      .rel('s1', 'sanction', 'usa', 'russia', { start: '2022' })
      .rel('s2', 'sanction', 'trump', 'india', { status: 'threatened', start: '2025-08' })
      .rel('t1', 'pressure', 'trump', 'usa')
      .rel('k1', 'criticism', 'kraft', 'japan')
      .rel('a1', 'alliance', 'japan', 'usa')
      .actor('rubio', 'person')
      .rel('r3', 'represents', 'rubio', 'usa')
      .rel('c1', 'cooperation', 'trump', 'rubio').graph;

  it('lists the actions of the persons who represent a state, marked with the person', () => {
    const groups = actorRelations(g(), 'usa');
    const rows = Object.fromEntries(
      groups.map((gr) => [gr.type, gr.rows.map((r) => [r.id, r.other, r.direction, r.by ?? null])]),
    );
    expect(rows).toEqual({
      represents: [
        ['r1', 'trump', 'in', null],
        ['r2', 'kraft', 'in', null],
        ['r3', 'rubio', 'in', null],
      ],
      alliance: [['a1', 'japan', 'both', null]],
      // a relation between two representatives: once
      cooperation: [['c1', 'rubio', 'both', 'trump']],
      // the state's own first, then its representative's (not a reported representative's)
      sanction: [
        ['s1', 'russia', 'out', null],
        ['s2', 'india', 'out', 'trump'],
      ],
      // a person's relation with the state itself is not an action of the state
      pressure: [['t1', 'trump', 'in', null]],
    });
  });

  it('says who acted in English and Japanese', () => {
    expect(t('en', 'byPerson', { name: 'Donald Trump' })).toBe('by Donald Trump');
    expect(t('ja', 'byPerson', { name: 'ドナルド・トランプ' })).toBe('ドナルド・トランプによる');
  });
});
