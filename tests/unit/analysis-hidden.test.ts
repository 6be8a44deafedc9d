import { describe, expect, it } from 'vitest';
import { showChange } from '../../src/graph/analysis-hidden';
import { emptyFilters, withExcluded } from '../../src/graph/filters';
import type { ViewSpec } from '../../src/graph/visible';
import { TestGraph } from './helpers/analysis-graph';

const base: ViewSpec = {
  filters: emptyFilters(),
  hideIsolated: true,
  time: null,
  focus: null,
  outside: 'hide',
};

const g = () =>
  new TestGraph()
    .actor('trump', 'person')
    .actor('un', 'organization')
    .rel('r', 'represents', 'trump', 'usa')
    .rel('s', 'sanction', 'usa', 'iran', { status: 'threatened', start: '2025-08' })
    .rel('a', 'alliance', 'usa', 'japan', { start: '1960' })
    .rel('m', 'member_of', 'japan', 'un').graph;

describe('showChange', () => {
  it('is null for what is visible or unknown', () => {
    expect(showChange(g(), base, 'node', 'iran')).toBeNull();
    expect(showChange(g(), base, 'node', 'nobody')).toBeNull();
  });

  it('shows an actor of an excluded kind by including its kind', () => {
    const spec = {
      ...base,
      filters: withExcluded(emptyFilters(), 'kinds', ['organization', 'person']),
    };
    const change = showChange(g(), spec, 'node', 'un');
    expect(change?.causes).toEqual(['kind']);
    expect([...change!.spec.filters.kinds]).toEqual(['person']);
  });

  it('leaves the focus for an actor outside it', () => {
    const spec: ViewSpec = {
      ...base,
      focus: { id: 'iran', depth: 1, direction: 'both', relations: null },
    };
    expect(showChange(g(), spec, 'node', 'japan')?.causes).toEqual(['focus']);
  });

  it('re-includes the status hiding all of an actor’s relations, not every filter', () => {
    const spec = {
      ...base,
      filters: withExcluded(emptyFilters(), 'statuses', ['threatened', 'proposed']),
    };
    const change = showChange(g(), spec, 'node', 'iran');
    expect(change?.causes).toEqual(['statuses']);
    expect([...change!.spec.filters.statuses]).toEqual(['proposed']);
  });

  it('clears the time range when the relation lies outside it', () => {
    const spec = { ...base, time: { from: '1990', to: '2000' } };
    expect(showChange(g(), spec, 'edge', 's')?.causes).toEqual(['time']);
    expect(showChange(g(), spec, 'node', 'iran')?.causes).toEqual(['time']);
  });

  it('combines causes when one change is not enough', () => {
    const spec = {
      ...base,
      time: { from: '1990', to: '2000' },
      filters: withExcluded(emptyFilters(), 'relations', ['sanction']),
    };
    const change = showChange(g(), spec, 'edge', 's');
    expect(change?.causes).toEqual(['time', 'relations']);
    expect(change?.spec.time).toBeNull();
    expect(change?.spec.filters.relations.size).toBe(0);
  });
});
