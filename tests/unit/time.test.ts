import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeAt,
  actorExistsAt,
  analysisScope,
  latestDate,
  relationInForceAt,
  activeInRange,
  activeInterval,
  addDays,
  dateExtent,
  timeFilter,
  cachedTimeInfo,
  type DatedAttributes,
} from '../../src/graph/time';
import { TestGraph, sorted } from './helpers/analysis-graph';

const rel = (relation: string, extra: Partial<DatedAttributes> = {}): DatedAttributes => ({
  relation,
  status: 'active',
  ...extra,
});

describe('activeInterval', () => {
  it('classifies undated, bounded, until, lasting and event relations', () => {
    expect(activeInterval(rel('member_of'))).toEqual({ kind: 'undated', from: null, to: null });
    expect(activeInterval(rel('member_of', { start: '2024-01-01', end: '2025-12' }))).toEqual({
      kind: 'bounded',
      from: '2024-01-01',
      to: '2025-12-31',
    });
    expect(activeInterval(rel('alliance', { end: '1991' }))).toEqual({
      kind: 'until',
      from: null,
      to: '1991-12-31',
    });
    expect(activeInterval(rel('alliance', { start: '1960' }))).toEqual({
      kind: 'lasting',
      from: '1960-01-01',
      to: null,
    });
    expect(activeInterval(rel('negotiation', { start: '2025-03-18' }))).toEqual({
      kind: 'event',
      from: '2025-03-18',
      to: '2025-04-16',
    });
  });

  it('lets an event last the period its start covers, stretched to eventDays', () => {
    expect(activeInterval(rel('criticism', { start: '2025-03' }))).toEqual({
      kind: 'event',
      from: '2025-03-01',
      to: '2025-03-31',
    });
    expect(activeInterval(rel('pressure', { start: '2025-02' }))).toEqual({
      kind: 'event',
      from: '2025-02-01',
      to: '2025-03-02',
    });
    expect(activeInterval(rel('proposal', { start: '2025-05-08' }), { eventDays: 1 })).toEqual({
      kind: 'event',
      from: '2025-05-08',
      to: '2025-05-08',
    });
    expect(activeInterval(rel('proposal', { start: '2025' }), { eventDays: 1 }).to).toBe(
      '2025-12-31',
    );
  });

  it('treats threatened and ended start-only relations as events, whatever their type', () => {
    expect(
      activeInterval(rel('sanction', { status: 'threatened', start: '2025-05-08' })).kind,
    ).toBe('event');
    expect(activeInterval(rel('partnership', { status: 'ended', start: '2019' })).to).toBe(
      '2019-12-31',
    );
    expect(activeInterval(rel('sanction', { start: '2025-05-08' })).kind).toBe('lasting');
    expect(activeInterval(rel('support', { start: '2025-05-08' })).kind).toBe('lasting');
  });

  it('ignores malformed dates in the data', () => {
    expect(activeInterval(rel('alliance', { start: 'soon' })).kind).toBe('undated');
    expect(activeInterval(rel('alliance', { start: 'soon', end: '2020' })).kind).toBe('until');
  });
});

describe('activeAt and activeInRange', () => {
  const call = rel('negotiation', { start: '2025-03-18' });
  it('keeps undated relations at every date', () => {
    expect(activeAt(rel('member_of'), '1900')).toBe(true);
    expect(activeAt(rel('member_of'), '2999-12-31')).toBe(true);
  });
  it('shows a lasting relation from its start on', () => {
    const alliance = rel('alliance', { start: '1960' });
    expect(activeAt(alliance, '1959-12-31')).toBe(false);
    expect(activeAt(alliance, '1960-01-01')).toBe(true);
    expect(activeAt(alliance, '2025-06')).toBe(true);
  });
  it('shows a day-precise event for 30 days', () => {
    expect(activeAt(call, '2025-03-17')).toBe(false);
    expect(activeAt(call, '2025-03-18')).toBe(true);
    expect(activeAt(call, '2025-04-16')).toBe(true);
    expect(activeAt(call, '2025-04-17')).toBe(false);
    expect(activeAt(call, '2025-04-17', { eventDays: 1 })).toBe(false);
    expect(activeAt(call, '2025-03-19', { eventDays: 1 })).toBe(false);
  });
  it('reads a partial query date as all its days', () => {
    expect(activeAt(call, '2025-04')).toBe(true);
    expect(activeAt(call, '2025-05')).toBe(false);
    expect(activeAt(call, '2025')).toBe(true);
    expect(activeAt(rel('alliance', { end: '2020-06-30' }), '2020')).toBe(true);
    expect(activeAt(rel('alliance', { end: '2020-06-30' }), '2020-07')).toBe(false);
  });
  it('keeps a bounded relation within its bounds', () => {
    const seat = rel('member_of', { start: '2024-01-01', end: '2025-12-31' });
    expect(activeInRange(seat, '2020', '2023')).toBe(false);
    expect(activeInRange(seat, '2020', '2024-01')).toBe(true);
    expect(activeInRange(seat, '2025-12-31', '2030')).toBe(true);
    expect(activeInRange(seat, '2026', '2030')).toBe(false);
  });
  it('answers false to malformed query dates', () => {
    expect(activeAt(rel('member_of'), 'yesterday')).toBe(false);
    expect(activeInRange(rel('member_of'), '2025-13', '2026')).toBe(false);
  });

  const day = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2024-01-01', n));
  const relation = fc.record({
    relation: fc.constantFrom('alliance', 'negotiation', 'sanction', 'criticism'),
    status: fc.constantFrom('active', 'threatened', 'ended'),
    start: fc.option(day, { nil: undefined }),
    end: fc.option(day, { nil: undefined }),
  });
  it('agrees with itself: a wider range keeps everything a narrower one keeps', () => {
    fc.assert(
      fc.property(relation, day, day, day, (r, a, b, c) => {
        const attrs: DatedAttributes = { ...r };
        if (attrs.start && attrs.end && attrs.end < attrs.start) delete attrs.end;
        const [lo, mid, hi] = [a, b, c].sort();
        if (activeAt(attrs, mid as string)) {
          expect(activeInRange(attrs, lo as string, hi as string)).toBe(true);
        }
        if (activeInRange(attrs, mid as string, hi as string)) {
          expect(activeInRange(attrs, lo as string, hi as string)).toBe(true);
        }
      }),
    );
  });
});

describe('addDays', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-18', 29)).toBe('2025-04-16');
  });
});

/** A miniature of the 2025 seed period: a call in March, a summit in May, talks in Oct and Dec. */
function seedPeriod() {
  return new TestGraph()
    .rel('alliance', 'alliance', 'japan', 'usa', { start: '1960' })
    .rel('member', 'member_of', 'russia', 'sco')
    .rel('bric', 'member_of', 'indonesia', 'brics', { start: '2025-01-06' })
    .rel('seat', 'member_of', 'pakistan', 'unsc', { start: '2025-01-01', end: '2026-12-31' })
    .rel('call', 'negotiation', 'usa', 'russia', { start: '2025-03' })
    .rel('summit', 'negotiation', 'china', 'russia', { start: '2025-05-08' })
    .rel('statement', 'criticism', 'china', 'usa', { start: '2025-05-08' })
    .rel('partner', 'partnership', 'china', 'russia', { start: '2025-05-08' })
    .rel('threat', 'sanction', 'usa', 'russia', { status: 'threatened', start: '2025-05-08' })
    .rel('talks-oct', 'negotiation', 'usa', 'ukraine', { start: '2025-10-15' })
    .rel('talks-dec', 'negotiation', 'usa', 'russia', { start: '2025-12-02' }).graph;
}

describe('dateExtent', () => {
  it('spans the first and last day any start or end covers', () => {
    const extent = dateExtent(seedPeriod());
    expect(extent).toEqual({
      ok: true,
      min: '1960-01-01',
      max: '2026-12-31',
      datedEdges: 10,
      undatedEdges: 1,
    });
  });
  it('respects the visible edges', () => {
    const extent = dateExtent(seedPeriod(), { visibleEdges: new Set(['call', 'talks-dec']) });
    expect(extent.ok && [extent.min, extent.max]).toEqual(['2025-03-01', '2025-12-31']);
  });
  it('caches dated relations only, one shared entry per distinct dates and event-ness', () => {
    const g = seedPeriod();
    // a second lasting relation and a second event on the days of others
    const dated = (relation: string, start: string) =>
      ({ relation, status: 'active', certainty: 'confirmed', evidence: [], start }) as never;
    g.addEdgeWithKey('ally2', 'japan', 'russia', dated('alliance', '1960'));
    g.addEdgeWithKey('partner2', 'usa', 'china', dated('partnership', '2025-05-08'));
    expect(dateExtent(g).ok).toBe(true);
    expect(timeFilter(g, '2025', '2025').ok).toBe(true);
    const info = (id: string) => cachedTimeInfo(g.getEdgeAttributes(id));
    // a large undated import holds no entries
    expect(info('member')).toBeUndefined();
    expect(info('call')).toBeDefined();
    // same dates, both lasting: one entry (an entry per relation held 13 MB at 50,000)
    expect(info('ally2')).toBe(info('alliance'));
    expect(info('partner2')).toBe(info('partner'));
    // same day, but events (a negotiation, a criticism, a threatened sanction): another entry
    expect(info('summit')).not.toBe(info('partner'));
    expect(info('statement')).toBe(info('summit'));
    expect(info('threat')).toBe(info('summit'));
    // an edit is seen: the relation becomes an event, its answer follows
    g.setEdgeAttribute('partner2', 'relation', 'negotiation');
    const summitOnly = timeFilter(g, '2025-06-15', '2025-06-15');
    expect(summitOnly.ok && summitOnly.visibleEdges.has('partner2')).toBe(false);
    expect(summitOnly.ok && summitOnly.visibleEdges.has('partner')).toBe(true);
  });
  it('fails when nothing is dated', () => {
    const g = new TestGraph().rel('m', 'member_of', 'a', 'b').graph;
    expect(dateExtent(g)).toMatchObject({ ok: false, reason: 'empty-visible' });
  });
});

describe('timeFilter', () => {
  const at = (date: string, to = date) => {
    const r = timeFilter(seedPeriod(), date, to);
    if (!r.ok) throw new Error(r.message);
    return sorted(r.visibleEdges);
  };

  it('changes the picture as a slider moves over 2025', () => {
    expect(at('2025-01-15')).toEqual(['alliance', 'bric', 'member', 'seat']);
    expect(at('2025-03-15')).toEqual(['alliance', 'bric', 'call', 'member', 'seat']);
    expect(at('2025-05-10')).toEqual([
      'alliance',
      'bric',
      'member',
      'partner',
      'seat',
      'statement',
      'summit',
      'threat',
    ]);
    expect(at('2025-07-01')).toEqual(['alliance', 'bric', 'member', 'partner', 'seat']);
    expect(at('2025-10-20')).toEqual([
      'alliance',
      'bric',
      'member',
      'partner',
      'seat',
      'talks-oct',
    ]);
    expect(at('2025-12-10')).toEqual([
      'alliance',
      'bric',
      'member',
      'partner',
      'seat',
      'talks-dec',
    ]);
    expect(at('2024-06-01')).toEqual(['alliance', 'member']);
  });

  it('keeps everything active at some day of a range', () => {
    const r = timeFilter(seedPeriod(), '2025-03', '2025-05');
    expect(r.ok && sorted(r.visibleEdges)).toEqual([
      'alliance',
      'bric',
      'call',
      'member',
      'partner',
      'seat',
      'statement',
      'summit',
      'threat',
    ]);
    expect(r).toMatchObject({ undated: 1, active: 8, inactive: 2 });
  });

  it('intersects with the visible edges and nodes', () => {
    const r = timeFilter(seedPeriod(), '2025-05-10', '2025-05-10', {
      visibleEdges: new Set(['summit', 'statement', 'alliance', 'call']),
      visibleNodes: new Set(['china', 'russia', 'japan', 'usa']),
    });
    expect(r.ok && sorted(r.visibleEdges)).toEqual(['alliance', 'statement', 'summit']);
  });

  it("'started' keeps what began in the range and leaves undated relations out, counted", () => {
    const started = (from: string, to: string) => {
      const r = timeFilter(seedPeriod(), from, to, { mode: 'started' });
      if (!r.ok) throw new Error(r.message);
      return r;
    };
    const december = started('2025-12-01', '2025-12-31');
    // in force in December: alliance, bric, member, partner, seat, talks-dec; begun then: one
    expect(sorted(december.visibleEdges)).toEqual(['talks-dec']);
    expect(december).toMatchObject({
      mode: 'started',
      undated: 1,
      undatedHidden: true,
      active: 1,
      inactive: 9,
    });
    // "2025-03" falls in March and in the first half of 2025, but not in 1–15 March
    expect(sorted(started('2025-03', '2025-03').visibleEdges)).toEqual(['call']);
    expect(sorted(started('2025-03-01', '2025-03-15').visibleEdges)).toEqual([]);
    expect(sorted(started('2025-01', '2025-06').visibleEdges)).toEqual([
      'bric',
      'call',
      'partner',
      'seat',
      'statement',
      'summit',
      'threat',
    ]);
    // a start of 1960 (the year only) falls in 1960, not in any of its months
    expect(sorted(started('1960', '1960').visibleEdges)).toEqual(['alliance']);
    expect(sorted(started('1960-06', '1960-06').visibleEdges)).toEqual([]);
  });

  it("'active' can leave undated relations out (hideUndated), saying so", () => {
    const r = timeFilter(seedPeriod(), '2024-06-01', '2024-06-01', { hideUndated: true });
    expect(r.ok && sorted(r.visibleEdges)).toEqual(['alliance']);
    expect(r).toMatchObject({ mode: 'active', undated: 1, undatedHidden: true, active: 1 });
    const kept = timeFilter(seedPeriod(), '2024-06-01', '2024-06-01');
    expect(kept).toMatchObject({ undatedHidden: false });
    expect(kept.ok && sorted(kept.visibleEdges)).toEqual(['alliance', 'member']);
  });

  it('gives a clear failure for bad input', () => {
    expect(timeFilter(seedPeriod(), '2025-13', '2025')).toMatchObject({
      ok: false,
      reason: 'invalid-date',
      message: expect.stringContaining('"2025-13"'),
    });
    expect(timeFilter(seedPeriod(), '2025-06', '2025-05')).toMatchObject({
      ok: false,
      reason: 'reversed-range',
    });
    expect(timeFilter(seedPeriod(), '1900', '1901')).toEqual({
      ok: false,
      reason: 'outside-data',
      message: "time: 1900 – 1901 lies outside the data's dates (1960-01-01 – 2026-12-31)",
      notice: {
        module: 'time',
        code: 'outside-data',
        params: { from: '1900', to: '1901', min: '1960-01-01', max: '2026-12-31' },
      },
    });
    expect(timeFilter(seedPeriod(), '2030-01-01', '2030-01-01')).toMatchObject({
      reason: 'outside-data',
    });
  });

  it('sees edited dates and a changed event length between calls', () => {
    const g = seedPeriod();
    const visible = (options = {}) => {
      const r = timeFilter(g, '2025-05-20', '2025-05-20', options);
      return r.ok ? r.visibleEdges.has('summit') : r.reason;
    };
    expect(visible()).toBe(true);
    expect(visible({ eventDays: 1 })).toBe(false);
    expect(visible()).toBe(true);
    g.setEdgeAttribute('summit', 'start', '2025-05-25');
    expect(visible()).toBe(false);
  });

  it('passes an undated graph through unchanged', () => {
    const g = new TestGraph().rel('m', 'member_of', 'a', 'b').graph;
    const r = timeFilter(g, '2025', '2025');
    expect(r.ok && sorted(r.visibleEdges)).toEqual(['m']);
  });
});

describe('analyses at a date', () => {
  const g = () => {
    const t = new TestGraph()
      .rel('ussr-cuba', 'alliance', 'ussr', 'cuba', { start: '1962' })
      .rel('ru-by', 'alliance', 'russia', 'belarus', { start: '1999-12-08' })
      .rel('old', 'partnership', 'russia', 'usa', { start: '2002', end: '2014-03' })
      .rel('talk', 'negotiation', 'russia', 'usa', { start: '2025-12-02', status: 'ended' })
      .rel('gone', 'cooperation', 'russia', 'usa', { status: 'ended' })
      .rel('crit', 'criticism', 'usa', 'russia', { start: '2025-03' })
      .rel('future', 'support', 'usa', 'belarus', { start: '2026-04', status: 'planned' })
      .rel('plan', 'support', 'belarus', 'usa', { start: '2027', status: 'planned' })
      .rel('base', 'trade', 'belarus', 'russia');
    t.graph.mergeNodeAttributes('ussr', { end: '1991-12-26' });
    t.graph.mergeNodeAttributes('russia', { start: '1991-12-26' });
    return t.graph;
  };

  it('reads actor and relation dates at a day', () => {
    expect(actorExistsAt({ end: '1991-12-26' }, '1991-12-26')).toBe(true);
    expect(actorExistsAt({ end: '1991-12-26' }, '1991-12-27')).toBe(false);
    expect(actorExistsAt({ start: '1991-12' }, '1991-11-30')).toBe(false);
    expect(actorExistsAt({}, '0001-01-01')).toBe(true);
    const r = (extra: Partial<DatedAttributes>): DatedAttributes => ({
      relation: 'partnership',
      status: 'active',
      ...extra,
    });
    expect(relationInForceAt(r({ start: '2002', end: '2014-03' }), '2014-03-31')).toBe(true);
    expect(relationInForceAt(r({ start: '2002', end: '2014-03' }), '2014-04-01')).toBe(false);
    expect(relationInForceAt(r({ start: '2026' }), '2025-12-31')).toBe(false);
    expect(relationInForceAt(r({ status: 'ended' }), '2025-12-31')).toBe(false);
    // an ended event holds for its own period (30 days at least), then it is over
    const talk = r({ relation: 'negotiation', status: 'ended', start: '2025-12-02' });
    expect(relationInForceAt(talk, '2025-12-31')).toBe(true);
    expect(relationInForceAt(talk, '2026-01-01')).toBe(false);
    // a criticism that began stays part of the record
    expect(relationInForceAt(r({ relation: 'criticism', start: '2025-03' }), '2025-12-31')).toBe(
      true,
    );
  });

  it('defaults to the latest date of what happened, not of plans or terms', () => {
    expect(latestDate(g())).toBe('2025-12-02');
    const graph = g();
    graph.setAttribute('generated', '2025-06-30');
    expect(latestDate(graph)).toBe('2025-03-31');
  });

  it('leaves out actors that did not exist and relations not in force, unless history is asked', () => {
    const at = analysisScope(g());
    if (!at.ok) throw new Error(at.message);
    expect(at.date).toBe('2025-12-02');
    expect(at.absentActors).toEqual(['ussr']);
    expect(sorted(at.visibleEdges)).toEqual(['base', 'crit', 'ru-by', 'talk']);
    expect(at.outOfForce).toBe(4);
    const y1990 = analysisScope(g(), {}, { date: '1990' });
    if (!y1990.ok) throw new Error(y1990.message);
    expect(y1990.date).toBe('1990-12-31');
    expect(y1990.absentActors).toEqual(['russia']);
    expect(sorted(y1990.visibleEdges)).toEqual(['ussr-cuba']);
    const all = analysisScope(g(), {}, { includeHistory: true });
    expect(all.ok && [all.date, all.absentActors, all.visibleEdges.size]).toEqual([null, [], 9]);
    const scoped = analysisScope(g(), { visibleNodes: new Set(['russia', 'usa']) });
    expect(scoped.ok && sorted(scoped.visibleEdges)).toEqual(['crit', 'talk']);
    expect(analysisScope(g(), {}, { date: '2025-13' })).toMatchObject({ reason: 'invalid-date' });
  });
});
