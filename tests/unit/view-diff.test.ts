// What a style-view change restyles (src/render/view-diff.ts): the renderer refreshes only that.
import { describe, expect, it } from 'vitest';
import { viewChange } from '../../src/render/view-diff';
import type { StyleView } from '../../src/render/style';

const base: StyleView = {
  language: 'en',
  hiddenNodes: new Set(),
  hiddenEdges: new Set(['e1']),
  highlight: null,
  selectedNode: null,
  selectedEdge: null,
  sizes: new Map(),
  edgeColorMode: 'relation',
  curvatures: new Map(),
};

describe('viewChange', () => {
  it('sees no change in the same view, or in a copy with the same sets', () => {
    expect(viewChange(base, base)).toEqual({ kind: 'none' });
    expect(viewChange(base, { ...base })).toEqual({ kind: 'none' });
  });

  it('a filter hiding edges touches exactly those edges, without re-indexing', () => {
    const next = { ...base, hiddenEdges: new Set(['e2', 'e3']) };
    expect(viewChange(base, next)).toEqual({
      kind: 'partial',
      nodes: [],
      edges: ['e1', 'e2', 'e3'],
      hiddenEdgesOnly: true,
    });
  });

  it('hidden nodes and a new selection touch those nodes and need re-indexing', () => {
    const next = { ...base, hiddenNodes: new Set(['a']), selectedNode: 'b' };
    const change = viewChange({ ...base, selectedNode: 'c' }, next);
    expect(change.kind).toBe('partial');
    if (change.kind !== 'partial') return;
    expect(change.nodes.sort()).toEqual(['a', 'b', 'c']);
    expect(change.hiddenEdgesOnly).toBe(false);
  });

  it('a focus moving from one neighbourhood to another restyles both, not the rest', () => {
    const a = { ...base, highlight: { nodes: new Set(['x', 'y']), edges: new Set(['xy']) } };
    const b = { ...base, highlight: { nodes: new Set(['z']), edges: new Set<string>() } };
    const change = viewChange(a, b);
    expect(change.kind === 'partial' && change.nodes.sort()).toEqual(['x', 'y', 'z']);
    expect(change.kind === 'partial' && change.edges).toEqual(['xy']);
  });

  it('the same neighbourhood again (the hovered actor selected) restyles only the selection', () => {
    const hood = () => ({ nodes: new Set(['x', 'y']), edges: new Set(['xy']) });
    const hovered = { ...base, highlight: hood() };
    const selected = { ...base, highlight: hood(), selectedNode: 'x' };
    expect(viewChange(hovered, selected)).toEqual({
      kind: 'partial',
      nodes: ['x'],
      edges: [],
      hiddenEdgesOnly: false,
    });
    expect(viewChange(hovered, { ...base, highlight: hood() })).toEqual({ kind: 'none' });
    // one more member: both neighbourhoods restyled
    const wider = {
      ...base,
      highlight: { nodes: new Set(['x', 'y', 'z']), edges: new Set(['xy']) },
    };
    const change = viewChange(hovered, wider);
    expect(change.kind === 'partial' && change.nodes.sort()).toEqual(['x', 'y', 'z']);
  });

  it('new forced labels, sizes, bloc colours or curvatures touch only what changed', () => {
    const prev = {
      ...base,
      labelled: new Set(['a', 'b']),
      sizes: new Map([
        ['a', 0.5],
        ['b', 1],
      ]),
    };
    // rebuilt with the same content: nothing to do
    const same = {
      ...prev,
      labelled: new Set(['b', 'a']),
      sizes: new Map([
        ['b', 1],
        ['a', 0.5],
      ]),
    };
    expect(viewChange(prev, same)).toEqual({ kind: 'none' });
    const next = {
      ...prev,
      labelled: new Set(['a', 'c']),
      sizes: new Map([
        ['a', 0.5],
        ['b', 0.7],
      ]),
      nodeColors: new Map([['d', '#332288']]),
      curvatures: new Map([['e9', 0.3]]),
    };
    const change = viewChange(prev, next);
    expect(change.kind === 'partial' && change.nodes.sort()).toEqual(['b', 'c', 'd']);
    expect(change.kind === 'partial' && change.edges).toEqual(['e9']);
    expect(change.kind === 'partial' && change.hiddenEdgesOnly).toBe(false);
  });

  it('asks for a full refresh when a focus appears or goes, or the language or edge colours change', () => {
    const focused = { ...base, highlight: { nodes: new Set(['x']), edges: new Set<string>() } };
    expect(viewChange(base, focused)).toEqual({ kind: 'full' });
    expect(viewChange(focused, base)).toEqual({ kind: 'full' });
    expect(viewChange(base, { ...base, language: 'ja' })).toEqual({ kind: 'full' });
    expect(viewChange(base, { ...base, edgeColorMode: 'sign' })).toEqual({ kind: 'full' });
  });
});
