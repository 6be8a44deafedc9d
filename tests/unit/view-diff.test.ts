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

  it('asks for a full refresh when a focus appears or the language, sizes or colours change', () => {
    const focused = { ...base, highlight: { nodes: new Set(['x']), edges: new Set<string>() } };
    expect(viewChange(base, focused)).toEqual({ kind: 'full' });
    expect(viewChange(focused, base)).toEqual({ kind: 'full' });
    expect(viewChange(base, { ...base, language: 'ja' })).toEqual({ kind: 'full' });
    expect(viewChange(base, { ...base, sizes: new Map() })).toEqual({ kind: 'full' });
    expect(viewChange(base, { ...base, edgeColorMode: 'sign' })).toEqual({ kind: 'full' });
  });
});
