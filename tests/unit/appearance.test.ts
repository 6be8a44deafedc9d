// Appearance of foreign data: file colours (with alpha) as CSS, partition legends (most frequent
// first; the file's own colours when an attribute matches them one to one), rankings, and
// attribute filters (categories, ranges).
import { describe, expect, it } from 'vitest';
import { createEmptyGraph } from '../../src/model/build';
import { attributeExcluded, nodeAttributeSummaries } from '../../src/graph/filters';
import { cssColorOf, fileColorLegend, partitionLegend, rankingSizes } from '../../src/render/style';
import { elementFacts, elementFactsInSlices } from '../../src/view/appearance';

describe('appearance hooks', () => {
  it('reads file colours, alpha included', () => {
    expect(cssColorOf('#EB5148')).toBe('#eb5148');
    expect(cssColorOf('#6cbe60cc')).toBe('rgba(108, 190, 96, 0.8)');
    expect(cssColorOf('rgba(1, 2, 3, 0.5)')).toBe('rgba(1, 2, 3, 0.5)');
    expect(cssColorOf('red')).toBeUndefined();
    expect(cssColorOf(3)).toBeUndefined();
  });

  it('orders a partition by frequency, then by value, and skips missing values', () => {
    const legend = partitionLegend([2, 3, 2, undefined, '', 1, 3, 2, null]);
    expect(legend.map((e) => [e.value, e.count])).toEqual([
      ['2', 3],
      ['3', 2],
      ['1', 1],
    ]);
    expect(new Set(legend.map((e) => e.color)).size).toBe(3);
  });

  it('finds the attribute that the file colours show, and keeps those colours', () => {
    const nodes = [
      { modularity_class: 0, region: 'a', color: '#eb5148' },
      { modularity_class: 0, region: 'b', color: '#eb5148' },
      { modularity_class: 1, region: 'a', color: '#3c78d8' },
    ];
    const legend = fileColorLegend(nodes, ['region', 'modularity_class']);
    expect(legend).toEqual({
      key: 'modularity_class',
      entries: [
        { value: '0', count: 2, color: '#eb5148' },
        { value: '1', count: 1, color: '#3c78d8' },
      ],
    });
    // region does not match the colours one to one: no legend from it alone
    expect(fileColorLegend(nodes, ['region'])).toBeNull();
  });

  it('ranks numbers from 0 to 1 and leaves out what is not a number', () => {
    expect(
      rankingSizes([
        ['a', 10],
        ['b', '20'],
        ['c', 30],
        ['d', 'x'],
      ]),
    ).toEqual(
      new Map([
        ['a', 0],
        ['b', 0.5],
        ['c', 1],
      ]),
    );
  });

  it('filters actors by categories or by a numeric range', () => {
    const g = createEmptyGraph();
    g.addNode('a', { label: 'A', labelJa: 'A', kind: 'group', aliases: [], cls: 0, score: 1.5 });
    g.addNode('b', { label: 'B', labelJa: 'B', kind: 'group', aliases: [], cls: 1, score: 3 });
    g.addNode('c', { label: 'C', labelJa: 'C', kind: 'group', aliases: [], cls: 1 });
    expect([
      ...attributeExcluded(g, { key: 'cls', type: 'categories', excluded: new Set(['1']) }),
    ]).toEqual(['b', 'c']);
    expect([...attributeExcluded(g, { key: 'score', type: 'range', min: 1, max: 2 })]).toEqual([
      'b',
      'c',
    ]);
    const summaries = nodeAttributeSummaries(g);
    expect(summaries.map((s) => [s.key, s.numeric, s.distinct, s.min, s.max])).toEqual([
      ['cls', true, 2, 0, 1],
      ['score', true, 2, 1.5, 3],
    ]);
  });
});

describe('elementFactsInSlices', () => {
  it('summarises exactly as elementFacts, at most `budget` elements per task, nodes and edges', async () => {
    const g = createEmptyGraph();
    for (let i = 0; i < 23; i++)
      g.addNode(`n${i}`, {
        label: `n${i}`,
        labelJa: `n${i}`,
        kind: 'state',
        aliases: [],
        ...(i % 3
          ? { region: ['north', 'south'][i % 2], color: ['#eb5148', '#3c78d8'][i % 2] }
          : {}),
        ...(i % 4 ? { size: i } : {}),
      } as never);
    for (let i = 0; i < 41; i++)
      g.addEdgeWithKey(`e${i}`, `n${i % 23}`, `n${(i + 1 + (i % 5)) % 23}`, {
        relation: 'trade',
        status: 'active',
        certainty: 'confirmed',
        evidence: [],
        ...(i % 2 ? { weight: i / 2, channel: ['sea', 'air', 'rail'][i % 3] } : {}),
      } as never);
    for (const target of ['node', 'edge'] as const) {
      const tasks: number[] = [];
      let read = 0;
      const counting = Object.assign(Object.create(g) as typeof g, {
        getNodeAttributes: (id: string) => (read++, g.getNodeAttributes(id)),
        getEdgeAttributes: (id: string) => (read++, g.getEdgeAttributes(id)),
      });
      const sliced = await elementFactsInSlices(
        counting,
        target,
        async () => void tasks.push(read),
        10,
      );
      expect(sliced).toEqual(elementFacts(g, target));
      const n = target === 'node' ? g.order : g.size;
      expect(tasks).toEqual(Array.from({ length: Math.ceil(n / 10) }, (_v, i) => i * 10));
    }
    expect(elementFacts(g, 'node').hasFileColors).toBe(true);
    expect(elementFacts(g, 'edge').fileSizeKey).toBe('weight');
  });
});
