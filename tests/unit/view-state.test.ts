import { describe, expect, it } from 'vitest';
import { defaultViewState, parseUrlState, serializeUrlState } from '../../src/view/view-state';

describe('url state', () => {
  it('round-trips language, filters, selection, camera and options', () => {
    const state = defaultViewState();
    state.language = 'ja';
    state.exclude.relations = ['sanction', 'member_of'];
    state.exclude.kinds = ['person'];
    state.selection = { kind: 'node', id: 'vladimir-putin' };
    state.camera = { x: 0.51234567, y: 0.4, ratio: 0.25 };
    state.sizeBy = 'pagerank';
    state.view = 'table';
    const text = serializeUrlState(state);
    expect(text).toBe(
      '?lang=ja&hide-rel=member_of,sanction&hide-kind=person&node=vladimir-putin&cam=0.5123,0.4,0.25&size=pagerank&view=table',
    );
    const parsed = parseUrlState(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.state).toEqual({
      ...state,
      exclude: { ...state.exclude, relations: ['member_of', 'sanction'] },
      camera: { x: 0.5123, y: 0.4, ratio: 0.25 },
    });
  });

  it('writes nothing for the default state and parses an empty query to it', () => {
    expect(serializeUrlState(defaultViewState())).toBe('');
    expect(parseUrlState('')).toEqual({ state: defaultViewState(), notices: [], warnings: [] });
  });

  it('keeps the good values and warns about the bad ones', () => {
    const { state, warnings } = parseUrlState(
      `?lang=fr&hide-rel=sanction,bo%20gus,${'x'.repeat(1001)}&cam=1,2&size=huge&node=ok-id&edge=r1&extra=1`,
    );
    expect(state.language).toBeUndefined();
    expect(state.exclude.relations).toEqual(['sanction', 'bo gus']); // an import's own type
    expect(state.camera).toBeNull();
    expect(state.sizeBy).toBe('degree');
    expect(state.selection).toEqual({ kind: 'node', id: 'ok-id' });
    expect(warnings).toEqual([
      'URL parameter "lang": expected en or ja, got "fr"',
      `URL parameter "hide-rel": malformed relation type "${'x'.repeat(60)}…" ignored (expected 1 to 1000 characters, such as represents, member_of, alliance)`,
      'URL parameter "cam": expected x,y,ratio[,angle] numbers with ratio > 0, got "1,2"',
      'URL parameter "size": expected one of degree, pagerank, betweenness, got "huge"',
      'URL parameter "edge": only one of node/edge may be selected; "r1" ignored',
      'URL parameter "extra": unknown parameter ignored',
    ]);
  });

  it('takes any well-formed token as a hidden filter value (an import has its own), in a stable order', () => {
    const { state, warnings } = parseUrlState(
      '?hide-rel=tariffs,related,sanction,related,alliance&hide-kind=unknown&hide-status=rumoured,ended&hide-cert=unverified',
    );
    expect(warnings).toEqual([]);
    expect(state.exclude).toEqual({
      relations: ['tariffs', 'related', 'sanction', 'alliance'],
      kinds: ['unknown'],
      statuses: ['rumoured', 'ended'],
      certainties: ['unverified'],
    });
    // our vocabulary first in its order, then the others alphabetically
    expect(serializeUrlState(state)).toBe(
      '?hide-rel=alliance,sanction,related,tariffs&hide-kind=unknown&hide-status=ended,rumoured&hide-cert=unverified',
    );
    expect(parseUrlState(serializeUrlState(state)).state.exclude).toEqual({
      relations: ['alliance', 'sanction', 'related', 'tariffs'],
      kinds: ['unknown'],
      statuses: ['ended', 'rumoured'],
      certainties: ['unverified'],
    });
  });

  it('takes hidden filter values with spaces, punctuation and commas (issue 13 #5)', () => {
    const state = defaultViewState();
    state.exclude.kinds = ['<b>', 'state'];
    state.exclude.statuses = ['a/b', '_y', 'x, y', '100%'];
    state.exclude.certainties = ['-x', 'ok:1'];
    const text = serializeUrlState(state);
    const back = parseUrlState(text);
    expect(back.warnings).toEqual([]);
    expect(back.state.exclude).toEqual({
      relations: [],
      kinds: ['state', '<b>'],
      statuses: ['100%', '_y', 'a/b', 'x, y'],
      certainties: ['-x', 'ok:1'],
    });
    expect(parseUrlState('?hide-kind=%3Cb%3E,state&hide-cert=-x,ok:1').state.exclude).toMatchObject(
      { kinds: ['<b>', 'state'], certainties: ['-x', 'ok:1'] },
    );
  });

  it('rejects empty or overlong ids and non-positive zoom ratios', () => {
    expect(parseUrlState('node=').warnings).toEqual([
      'URL parameter "node": "" is not a valid id (expected 1 to 1000 characters)',
    ]);
    expect(parseUrlState(`node=${'y'.repeat(1001)}`).warnings).toEqual([
      `URL parameter "node": "${'y'.repeat(60)}…" is not a valid id (expected 1 to 1000 characters)`,
    ]);
    // any other text is an id (markup stays text in the page); the graph decides whether it exists
    expect(parseUrlState('node=%3Cscript%3E').state.selection).toEqual({
      kind: 'node',
      id: '<script>',
    });
    expect(parseUrlState('cam=0.5,0.5,0').state.camera).toBeNull();
    expect(parseUrlState('cam=0.5,0.5,2,0.3').state.camera).toEqual({
      x: 0.5,
      y: 0.5,
      ratio: 2,
      angle: 0.3,
    });
  });

  it('carries "hide actors without visible relations" (on by default, isolated=show turns it off)', () => {
    expect(defaultViewState().hideIsolated).toBe(true);
    const state = { ...defaultViewState(), hideIsolated: false };
    expect(serializeUrlState(state)).toBe('?isolated=show');
    expect(parseUrlState('?isolated=show').state.hideIsolated).toBe(false);
    expect(parseUrlState('?isolated=hide')).toEqual({
      state: defaultViewState(),
      notices: [],
      warnings: [],
    });
    const bad = parseUrlState('?isolated=maybe');
    expect(bad.state.hideIsolated).toBe(true);
    expect(bad.warnings).toEqual(['URL parameter "isolated": expected hide or show, got "maybe"']);
  });

  it('parses an edge selection and repeated parameters', () => {
    const { state, warnings } = parseUrlState('edge=r001-partnership&lang=en&lang=ja');
    expect(state.selection).toEqual({ kind: 'edge', id: 'r001-partnership' });
    expect(state.language).toBe('en');
    expect(warnings).toEqual([
      'URL parameter "lang": given more than once; the first value is used',
    ]);
  });
});

describe('url state of the alignment analyses', () => {
  it('round-trips focus, path, time range, blocs, triad and align', () => {
    const state = {
      ...defaultViewState(),
      focus: 'japan',
      depth: 2 as const,
      direction: 'out' as const,
      focusRelations: ['sanction', 'alliance'],
      outside: 'dim' as const,
      path: ['japan', 'north-korea'] as [string, string],
      from: '2025-03',
      to: '2025-05-08',
      blocs: true,
      triad: ['a', 'b', 'c'] as [string, string, string],
      align: 'china',
    };
    const text = serializeUrlState(state);
    expect(text).toBe(
      '?focus=japan&depth=2&dir=out&focus-rel=alliance,sanction&outside=dim&path=japan,north-korea&from=2025-03&to=2025-05-08&blocs=on&triad=a,b,c&align=china',
    );
    const parsed = parseUrlState(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.state).toEqual({ ...state, focusRelations: ['alliance', 'sanction'] });
    expect(parseUrlState('?at=2025-05').state).toMatchObject({ at: '2025-05', from: null });
    expect(serializeUrlState({ ...defaultViewState(), at: '2025-12-07' })).toBe('?at=2025-12-07');
  });

  it('leaves the focus options out while nothing is focused', () => {
    const state = { ...defaultViewState(), depth: 3 as const, outside: 'dim' as const };
    expect(serializeUrlState(state)).toBe('');
    expect(serializeUrlState({ ...state, focus: 'x' })).toBe('?focus=x&depth=3&outside=dim');
  });

  it('warns about bad analysis parameters and keeps the defaults', () => {
    const { state, warnings } = parseUrlState(
      '?focus=&depth=4&dir=up&focus-rel=bogus&outside=fade&path=japan&from=2025-13&to=soon&blocs=yes&triad=a,b,a&align=',
    );
    expect(state).toEqual(defaultViewState());
    expect(warnings).toEqual([
      'URL parameter "focus": "" is not a valid id (expected 1 to 1000 characters)',
      'URL parameter "depth": expected 1, 2 or 3, got "4"',
      'URL parameter "dir": expected one of both, out, in, got "up"',
      expect.stringMatching(
        /^URL parameter "focus-rel": unknown relation type "bogus" ignored \(expected any of represents, /,
      ),
      'URL parameter "outside": expected one of hide, dim, got "fade"',
      'URL parameter "path": expected 2 actor ids separated by commas, got "japan"',
      'URL parameter "from": expected a date like 2025, 2025-05 or 2025-05-08, got "2025-13"',
      'URL parameter "to": expected a date like 2025, 2025-05 or 2025-05-08, got "soon"',
      'URL parameter "blocs": expected on or off, got "yes"',
      'URL parameter "triad": expected 3 different actors, got "a,b,a"',
      'URL parameter "align": "" is not a valid id (expected 1 to 1000 characters)',
    ]);
  });

  it('keeps the good focus relation types and drops the unknown ones', () => {
    const { state, warnings } = parseUrlState('?focus=x&focus-rel=trade,nope,trade');
    expect(state.focusRelations).toEqual(['trade']);
    expect(warnings).toHaveLength(1);
  });

  it('lets at= win over from=/to= and drops a backwards range, with warnings', () => {
    const both = parseUrlState('?from=2025-01&at=2025-05-08&to=2025-06');
    expect(both.state).toMatchObject({ at: '2025-05-08', from: null, to: null });
    expect(both.warnings).toEqual([
      'URL parameter "at": a single date and a from/to range exclude each other; "at" is used',
    ]);
    const backwards = parseUrlState('?from=2025-06&to=2025-05-31');
    expect(backwards.state).toMatchObject({ from: null, to: null });
    expect(backwards.warnings).toEqual([
      'URL parameter "from"/"to": the range starts (2025-06) after it ends (2025-05-31); time range ignored',
    ]);
    // a month and a day inside it are not backwards
    expect(parseUrlState('?from=2025-05&to=2025-05-01').warnings).toEqual([]);
  });
});
