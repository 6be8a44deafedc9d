import { describe, expect, it } from 'vitest';
import { emptyFilters, withExcluded } from '../../src/graph/filters';
import { visibleView, type ViewSpec } from '../../src/graph/visible';
import { viewSpecOf } from '../../src/view/pipeline';
import { parseUrlState } from '../../src/view/view-state';
import { TestGraph, sorted } from './helpers/analysis-graph';

/**
 * a—b alliance (e1, undated), b→c sanction (e2, since 2025-03), a—d negotiation (e3, 2025-05-08:
 * an event, active to 2025-06-06), c→e criticism (e4, 2025-10: all of October), a→o member_of
 * (e5, undated; o an organization), p→a represents (e6, undated; p a person), d—e conflict (e7,
 * 2024 – 2024), z without relations.
 */
function graph() {
  return new TestGraph()
    .actor('o', 'organization')
    .actor('p', 'person')
    .actor('z')
    .rel('e1', 'alliance', 'a', 'b')
    .rel('e2', 'sanction', 'b', 'c', { start: '2025-03' })
    .rel('e3', 'negotiation', 'a', 'd', { start: '2025-05-08' })
    .rel('e4', 'criticism', 'c', 'e', { start: '2025-10' })
    .rel('e5', 'member_of', 'a', 'o')
    .rel('e6', 'represents', 'p', 'a')
    .rel('e7', 'conflict', 'd', 'e', { start: '2024', end: '2024' }).graph;
}

const spec = (extra: Partial<ViewSpec> = {}): ViewSpec => ({
  filters: emptyFilters(),
  hideIsolated: true,
  time: null,
  focus: null,
  outside: 'hide',
  ...extra,
});

const focus = (id: string, depth: 1 | 2 | 3 = 1, relations: string[] | null = null) => ({
  id,
  depth,
  direction: 'both' as const,
  relations,
});

function view(extra: Partial<ViewSpec> = {}) {
  const v = visibleView(graph(), spec(extra));
  return {
    nodes: sorted(v.visibleNodes),
    edges: sorted(v.visibleEdges),
    hiddenNodes: sorted(v.hiddenNodes),
    hiddenEdges: sorted(v.hiddenEdges),
    dimmedNodes: sorted(v.dimmedNodes),
    dimmedEdges: sorted(v.dimmedEdges),
    isolated: sorted(v.isolatedNodes),
    messages: v.messages,
  };
}

const ALL_EDGES = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];

describe('visibleView', () => {
  it('shows everything but actors without relations by default', () => {
    expect(view()).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'e', 'o', 'p'],
      edges: ALL_EDGES,
      hiddenNodes: ['z'],
      hiddenEdges: [],
      dimmedNodes: [],
      dimmedEdges: [],
      isolated: ['z'],
      messages: [],
    });
    expect(view({ hideIsolated: false }).nodes).toEqual(['a', 'b', 'c', 'd', 'e', 'o', 'p', 'z']);
  });

  it('keeps relations active at a date, undated ones included, then hides the actors left alone', () => {
    const v = visibleView(graph(), spec({ time: { from: '2025-05-20', to: '2025-05-20' } }));
    expect(sorted(v.visibleEdges)).toEqual(['e1', 'e2', 'e3', 'e5', 'e6']);
    expect(sorted(v.visibleNodes)).toEqual(['a', 'b', 'c', 'd', 'o', 'p']);
    expect(sorted(v.isolatedNodes)).toEqual(['e', 'z']);
    expect(v.time).toEqual({
      mode: 'active',
      undated: 3,
      undatedHidden: false,
      active: 2,
      inactive: 2,
    });
    expect(v.counts.relations.get('conflict')).toEqual({ visible: 0, total: 1 });
    expect(v.counts.relations.get('sanction')).toEqual({ visible: 1, total: 1 });
    expect(v.counts.kinds.get('state')).toEqual({ visible: 4, total: 6 });
  });

  it('takes open-ended ranges: from a date onward, or up to a date', () => {
    expect(view({ time: { from: '2025-10' } })).toMatchObject({
      edges: ['e1', 'e2', 'e4', 'e5', 'e6'],
      nodes: ['a', 'b', 'c', 'e', 'o', 'p'],
      isolated: ['d', 'z'],
    });
    expect(view({ time: { to: '2024' } })).toMatchObject({
      edges: ['e1', 'e5', 'e6', 'e7'],
      nodes: ['a', 'b', 'd', 'e', 'o', 'p'],
      isolated: ['c', 'z'],
    });
  });

  it('hides everything outside the focus, or dims it', () => {
    const hidden = view({ focus: focus('a') });
    expect(hidden).toEqual({
      nodes: ['a', 'b', 'd', 'o', 'p'],
      edges: ['e1', 'e3', 'e5', 'e6'],
      hiddenNodes: ['c', 'e', 'z'],
      hiddenEdges: ['e2', 'e4', 'e7'],
      dimmedNodes: [],
      dimmedEdges: [],
      // z is hidden by the focus, not for lack of relations
      isolated: [],
      messages: [],
    });
    expect(view({ focus: focus('a'), outside: 'dim' })).toEqual({
      ...hidden,
      isolated: ['z'],
      hiddenNodes: ['z'],
      hiddenEdges: [],
      dimmedNodes: ['c', 'e'],
      dimmedEdges: ['e2', 'e4', 'e7'],
    });
  });

  it('grows the focus over what the time slider and the filters leave', () => {
    expect(
      view({ focus: focus('a', 2), time: { from: '2025-05-20', to: '2025-05-20' } }),
    ).toMatchObject({
      nodes: ['a', 'b', 'c', 'd', 'o', 'p'],
      edges: ['e1', 'e2', 'e3', 'e5', 'e6'],
    });
    const noSanctions = withExcluded(emptyFilters(), 'relations', ['sanction']);
    expect(view({ focus: focus('a', 3), filters: noSanctions })).toMatchObject({
      nodes: ['a', 'b', 'd', 'e', 'o', 'p', 'c'].sort(),
      edges: ['e1', 'e3', 'e4', 'e5', 'e6', 'e7'],
    });
    expect(view({ focus: focus('a', 3, ['alliance']) })).toMatchObject({
      nodes: ['a', 'b'],
      edges: ['e1'],
    });
    expect(view({ focus: { id: 'b', depth: 1, direction: 'out', relations: null } }).nodes).toEqual(
      ['a', 'b', 'c'],
    );
    expect(view({ focus: { id: 'b', depth: 1, direction: 'in', relations: null } }).nodes).toEqual([
      'a',
      'b',
    ]);
  });

  it('keeps the focus centre even when none of its relations is shown', () => {
    expect(view({ focus: focus('z', 2) })).toMatchObject({ nodes: ['z'], edges: [], isolated: [] });
    expect(view({ focus: focus('a', 1, ['trade']) })).toMatchObject({
      nodes: ['a'],
      edges: [],
      isolated: [],
    });
  });

  it('says why a focus or a time range was not applied, and shows the rest', () => {
    const all = view();
    expect(view({ focus: focus('nope') })).toEqual({
      ...all,
      messages: ['ego: expected a known actor id, got "nope"; focus not applied'],
    });
    const noPersons = withExcluded(emptyFilters(), 'kinds', ['person']);
    expect(view({ focus: focus('p'), filters: noPersons }).messages).toEqual([
      'ego: p is hidden by the current filters; focus not applied',
    ]);
    expect(view({ time: { from: '1990', to: '1990' } })).toEqual({
      ...all,
      messages: [
        "time: 1990 lies outside the data's dates (2024-01-01 – 2025-10-31); showing all dates",
      ],
    });
    expect(view({ time: { from: '2030' } }).messages).toEqual([
      "time: 2030 onward lies outside the data's dates (2024-01-01 – 2025-10-31); showing all dates",
    ]);
    expect(view({ time: { to: '1990-05' } }).messages).toEqual([
      "time: up to 1990-05 lies outside the data's dates (2024-01-01 – 2025-10-31); showing all dates",
    ]);
    expect(view({ time: { from: 'soon' } }).messages).toEqual([
      'time: expected a partial ISO date like 2025, 2025-05 or 2025-05-08, got "soon"; showing all dates',
    ]);
    expect(view({ time: { from: '2025-06', to: '2025-01' } }).messages).toEqual([
      'time: the range starts (2025-06) after it ends (2025-01); showing all dates',
    ]);
  });

  it('gives the same reasons as codes with parameters, open range ends as null', () => {
    const notices = (extra: Partial<ViewSpec>) => visibleView(graph(), spec(extra)).notices;
    expect(notices({ focus: focus('nope'), time: { to: '1990-05' } })).toEqual([
      {
        step: 'time',
        cause: {
          module: 'time',
          code: 'outside-data',
          params: { from: null, to: '1990-05', min: '2024-01-01', max: '2025-10-31' },
        },
      },
      { step: 'focus', cause: { module: 'ego', code: 'unknown-actor', params: { actor: 'nope' } } },
    ]);
    expect(notices({ time: { from: '2030' } })).toMatchObject([
      { step: 'time', cause: { params: { from: '2030', to: null } } },
    ]);
    expect(notices({ time: { from: '2025-06', to: '2025-01' } })).toEqual([
      {
        step: 'time',
        cause: {
          module: 'time',
          code: 'reversed-range',
          params: { from: '2025-06', to: '2025-01' },
        },
      },
    ]);
    expect(notices({})).toEqual([]);
  });

  it('leaves nothing but a message-free empty view when the filters hide every relation', () => {
    const none = withExcluded(emptyFilters(), 'relations', [
      'alliance',
      'sanction',
      'negotiation',
      'criticism',
      'member_of',
      'represents',
      'conflict',
    ]);
    const v = view({ filters: none, time: { from: '2025' }, focus: focus('a', 2) });
    expect(v).toMatchObject({ nodes: ['a'], edges: [], hiddenEdges: ALL_EDGES, messages: [] });
  });

  it('partitions every actor and relation into visible, dimmed and hidden', () => {
    const g = graph();
    for (const s of [
      spec(),
      spec({ focus: focus('b', 2), outside: 'dim', time: { from: '2025-03' } }),
      spec({ focus: focus('d', 1), hideIsolated: false }),
    ]) {
      const v = visibleView(g, s);
      expect(v.visibleNodes.size + v.dimmedNodes.size + v.hiddenNodes.size).toBe(g.order);
      expect(v.visibleEdges.size + v.dimmedEdges.size + v.hiddenEdges.size).toBe(g.size);
      for (const n of v.dimmedNodes)
        expect(v.visibleNodes.has(n) || v.hiddenNodes.has(n)).toBe(false);
      for (const e of v.dimmedEdges)
        expect(v.visibleEdges.has(e) || v.hiddenEdges.has(e)).toBe(false);
    }
  });
});

describe('viewSpecOf', () => {
  it('turns the URL parameters into a view spec', () => {
    const { state, warnings } = parseUrlState(
      '?hide-rel=trade&isolated=show&focus=a&depth=2&dir=out&focus-rel=sanction,alliance&outside=dim&from=2025-03',
    );
    expect(warnings).toEqual([]);
    const s = viewSpecOf(state);
    expect(s).toEqual({
      filters: { ...emptyFilters(), relations: new Set(['trade']) },
      hideIsolated: false,
      time: { from: '2025-03' },
      focus: { id: 'a', depth: 2, direction: 'out', relations: ['sanction', 'alliance'] },
      outside: 'dim',
    });
  });

  it('reads at=D as the range D – D and no time parameter as all dates', () => {
    expect(viewSpecOf(parseUrlState('?at=2025-05').state).time).toEqual({
      from: '2025-05',
      to: '2025-05',
    });
    expect(viewSpecOf(parseUrlState('?to=2025').state).time).toEqual({ to: '2025' });
    expect(viewSpecOf(parseUrlState('').state)).toEqual(spec({ hideIsolated: true }));
  });
});
