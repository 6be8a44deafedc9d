import { describe, expect, it } from 'vitest';
import { defaultUrlState, parseUrlState, serializeUrlState } from '../../src/state/url-state';

describe('url state', () => {
  it('round-trips language, filters, selection, camera and options', () => {
    const state = defaultUrlState();
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
    expect(serializeUrlState(defaultUrlState())).toBe('');
    expect(parseUrlState('')).toEqual({ state: defaultUrlState(), warnings: [] });
  });

  it('keeps the good values and warns about the bad ones', () => {
    const { state, warnings } = parseUrlState(
      '?lang=fr&hide-rel=sanction,bogus&cam=1,2&size=huge&node=ok-id&edge=r1&extra=1',
    );
    expect(state.language).toBeUndefined();
    expect(state.exclude.relations).toEqual(['sanction']);
    expect(state.camera).toBeNull();
    expect(state.sizeBy).toBe('degree');
    expect(state.selection).toEqual({ kind: 'node', id: 'ok-id' });
    expect(warnings).toEqual([
      'URL parameter "lang": expected en or ja, got "fr"',
      expect.stringMatching(
        /^URL parameter "hide-rel": unknown relation type "bogus" ignored \(expected any of represents, /,
      ),
      'URL parameter "cam": expected x,y,ratio[,angle] numbers with ratio > 0, got "1,2"',
      'URL parameter "size": expected one of degree, pagerank, betweenness, got "huge"',
      'URL parameter "edge": only one of node/edge may be selected; "r1" ignored',
      'URL parameter "extra": unknown parameter ignored',
    ]);
  });

  it('rejects malformed ids and non-positive zoom ratios', () => {
    expect(parseUrlState('node=%3Cscript%3E').warnings).toEqual([
      'URL parameter "node": "<script>" is not a valid id',
    ]);
    expect(parseUrlState('cam=0.5,0.5,0').state.camera).toBeNull();
    expect(parseUrlState('cam=0.5,0.5,2,0.3').state.camera).toEqual({
      x: 0.5,
      y: 0.5,
      ratio: 2,
      angle: 0.3,
    });
  });

  it('carries "hide actors without visible relations" (on by default, isolated=show turns it off)', () => {
    expect(defaultUrlState().hideIsolated).toBe(true);
    const state = { ...defaultUrlState(), hideIsolated: false };
    expect(serializeUrlState(state)).toBe('?isolated=show');
    expect(parseUrlState('?isolated=show').state.hideIsolated).toBe(false);
    expect(parseUrlState('?isolated=hide')).toEqual({ state: defaultUrlState(), warnings: [] });
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
