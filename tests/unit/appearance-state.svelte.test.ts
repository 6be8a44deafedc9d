// AppearanceState (src/state/appearance-state.svelte.ts), its actors' side, with runes: each graph starts from its own
// defaults (the file's colours and sizes when it has them), the user's choices belong to one graph,
// partition legends keep the file's colours for the attribute they show, rankings and attribute
// filters. Small hand-built graphs with exact expected colours, sizes and hidden actors.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import { PARTITION_COLORS } from '../../src/render/style';
import { AppearanceState } from '../../src/state/appearance-state.svelte';

/** a, b in group x (red), c in group y (blue); weight 1, 2, 4; sizes from the file. */
function fileGraph(): AlignmapGraph {
  const g = createEmptyGraph();
  const node = (id: string, group: string, color: string, weight: number, size: number) =>
    g.addNode(id, {
      label: id,
      labelJa: id,
      kind: 'state',
      aliases: [],
      group,
      color,
      weight,
      size,
    } as never);
  node('a', 'x', '#ff0000', 1, 10);
  node('b', 'x', '#ff0000', 2, 20);
  node('c', 'y', '#0000ff', 4, 30);
  return g;
}

/** The app's own data shape: no file colours, no sizes; `region` north, north, south. */
function plainGraph(): AlignmapGraph {
  const g = createEmptyGraph();
  for (const [id, region] of [
    ['p', 'north'],
    ['q', 'north'],
    ['r', 'south'],
  ])
    g.addNode(id, { label: id, labelJa: id, kind: 'state', aliases: [], region } as never);
  return g;
}

function holder(initial: AlignmapGraph | null) {
  let graph = $state.raw<AlignmapGraph | null>(initial);
  const appearance = new AppearanceState(() => graph);
  return {
    appearance,
    set graph(g: AlignmapGraph | null) {
      graph = g;
    },
  };
}

const entries = (m: ReadonlyMap<string, unknown> | null) => (m ? Object.fromEntries(m) : m);

describe('AppearanceState', () => {
  it('starts a graph with file colours and sizes from them, the legend from the matching attribute', () => {
    const { appearance } = holder(fileGraph());
    expect(appearance.nodes.hasFileColors).toBe(true);
    expect(appearance.nodes.fileSizeKey).toBe('size');
    expect(appearance.nodes.colorBy).toBe('file');
    expect(appearance.nodes.sizeBy).toBe('file');
    // `group` maps one to one onto the colours: it is the legend, with the file's colours
    expect(appearance.nodes.legend).toEqual({
      key: 'group',
      entries: [
        { value: 'x', color: '#ff0000', count: 2 },
        { value: 'y', color: '#0000ff', count: 1 },
      ],
    });
    expect(entries(appearance.nodeColors)).toEqual({ a: '#ff0000', b: '#ff0000', c: '#0000ff' });
    expect(entries(appearance.sizes)).toEqual({ a: 0, b: 0.5, c: 1 });
    expect(appearance.excludedNodes).toBeUndefined();
  });

  it('starts the app’s own data with the app’s colours and sizes', () => {
    const { appearance } = holder(plainGraph());
    expect([appearance.nodes.colorBy, appearance.nodes.sizeBy]).toEqual(['default', 'default']);
    expect(appearance.nodes.legend).toBeNull();
    expect(appearance.nodeColors).toBeNull();
    expect(appearance.sizes).toBeNull();
    expect(holder(null).appearance.nodes.legend).toBeNull();
    expect(holder(null).appearance.nodes.summaries).toEqual([]);
  });

  it('colours by an attribute with a partition legend, most frequent value first', () => {
    const { appearance } = holder(plainGraph());
    appearance.nodes.colorBy = 'attr:region';
    expect(appearance.nodes.legend).toEqual({
      key: 'region',
      entries: [
        { value: 'north', color: PARTITION_COLORS[0], count: 2 },
        { value: 'south', color: PARTITION_COLORS[1], count: 1 },
      ],
    });
    expect(entries(appearance.nodeColors)).toEqual({
      p: PARTITION_COLORS[0],
      q: PARTITION_COLORS[0],
      r: PARTITION_COLORS[1],
    });
  });

  it('sizes by a numeric attribute as a ranking (min 0, max 1)', () => {
    const { appearance } = holder(fileGraph());
    appearance.nodes.sizeBy = 'attr:weight';
    expect(entries(appearance.sizes)).toEqual({ a: 0, b: 1 / 3, c: 1 });
    appearance.nodes.sizeBy = 'default';
    expect(appearance.sizes).toBeNull();
  });

  it('filters by categories and by a numeric range', () => {
    const { appearance } = holder(fileGraph());
    appearance.nodes.filter = { key: 'group', type: 'categories', excluded: new Set(['x']) };
    expect([...appearance.excludedNodes!].sort()).toEqual(['a', 'b']);
    appearance.nodes.filter = { key: 'weight', type: 'range', min: 2, max: 3 };
    expect([...appearance.excludedNodes!].sort()).toEqual(['a', 'c']);
    appearance.nodes.filter = null;
    expect(appearance.excludedNodes).toBeUndefined();
  });

  it('another graph without the chosen attribute falls back to its own defaults, reactively', () => {
    const h = holder(fileGraph());
    const { appearance } = h;
    appearance.nodes.colorBy = 'attr:group';
    // the attribute the file colours show keeps the file's colours
    expect(appearance.nodes.legend?.entries.map((e) => e.color)).toEqual(['#ff0000', '#0000ff']);
    const seen: (string | null)[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(appearance.nodes.legend?.key ?? null);
      });
    });
    flushSync();
    h.graph = plainGraph();
    flushSync();
    expect(appearance.nodes.colorBy).toBe('default');
    expect(appearance.nodeColors).toBeNull();
    expect(seen).toEqual(['group', null]);
    stop();
  });
});
