// Appearance choices in the one view state: the URL parameters (node-color, node-size,
// node-filter, edge-*) read and write them, bad values are dropped with a warning, and the
// pipeline (deriveView, as the CLI runs it) draws and filters by them; on a hand-built graph.
import { describe, expect, it } from 'vitest';
import { createEmptyGraph } from '../../src/model/build';
import { deriveView } from '../../src/view/pipeline';
import { defaultViewState, parseUrlState, serializeUrlState } from '../../src/view/view-state';

describe('appearance in the URL', () => {
  it('reads and writes colour, size and filter choices, names with ":" and "," included', () => {
    const query =
      '?node-color=attr:modularity_class&node-size=file&node-filter=a%253Ab:hide:x%252Cy,z' +
      '&edge-color=default&edge-size=attr:weight&edge-filter=weight:range:1.5:4';
    const { state, warnings } = parseUrlState(query);
    expect(warnings).toEqual([]);
    expect(state.appearance).toEqual({
      node: {
        color: 'attr:modularity_class',
        size: 'file',
        filter: { key: 'a:b', type: 'categories', excluded: ['x,y', 'z'] },
      },
      edge: {
        color: 'default',
        size: 'attr:weight',
        filter: { key: 'weight', type: 'range', min: 1.5, max: 4 },
      },
    });
    expect(parseUrlState(serializeUrlState(state)).state.appearance).toEqual(state.appearance);
    // defaults are left out
    expect(serializeUrlState(defaultViewState())).toBe('');
  });

  it('drops bad values with a warning naming the parameter and what was expected', () => {
    const { state, warnings } = parseUrlState(
      '?node-color=purple&edge-filter=weight:range:5:1&node-filter=k:between:1',
    );
    expect(state.appearance).toEqual(defaultViewState().appearance);
    expect(warnings).toEqual([
      'URL parameter "node-color": expected default, file or attr:KEY, got "purple"',
      'URL parameter "edge-filter": expected KEY:hide:V1,V2 or KEY:range:MIN:MAX, got "weight:range:5:1"',
      'URL parameter "node-filter": expected KEY:hide:V1,V2 or KEY:range:MIN:MAX, got "k:between:1"',
    ]);
  });
});

describe('appearance in the pipeline', () => {
  const actor = (id: string, cls: number) => ({
    label: id,
    labelJa: id,
    kind: 'group' as const,
    aliases: [],
    cls,
    color: cls === 0 ? '#ff0000' : '#0000ff',
  });
  function graph() {
    const g = createEmptyGraph();
    g.addNode('a', actor('a', 0));
    g.addNode('b', actor('b', 0));
    g.addNode('c', actor('c', 1));
    const rel = { relation: 'related', status: 'active', certainty: 'confirmed', evidence: [] };
    g.addEdgeWithKey('ab', 'a', 'b', { ...rel, tie: 'x', weight: 1 });
    g.addEdgeWithKey('bc', 'b', 'c', { ...rel, tie: 'y', weight: 3 });
    return g;
  }

  it("uses the file's colours by default, and the choices of the view state", () => {
    const g = graph();
    const plain = deriveView(g, defaultViewState());
    expect(plain.style.nodeColors).toEqual(
      new Map([
        ['a', '#ff0000'],
        ['b', '#ff0000'],
        ['c', '#0000ff'],
      ]),
    );
    expect(plain.style.appearance?.nodeColors).toEqual({
      key: 'cls',
      entries: [
        { value: '0', count: 2, color: '#ff0000' },
        { value: '1', count: 1, color: '#0000ff' },
      ],
    });
    expect(plain.style.edgeSizes).toEqual(
      new Map([
        ['ab', 0],
        ['bc', 1],
      ]),
    );

    const { state } = parseUrlState('?edge-filter=tie:hide:y&node-color=default&edge-size=default');
    const view = deriveView(g, state);
    expect([...view.visible.visibleEdges]).toEqual(['ab']);
    // c is left without a relation: hidden (hide-isolated)
    expect([...view.visible.visibleNodes]).toEqual(['a', 'b']);
    expect(view.style.nodeColors).toBeUndefined();
    expect(view.style.edgeSizes).toBeUndefined();
    expect(view.style.appearance).toBeUndefined();
  });

  it('falls back to the default for an attribute the graph lacks', () => {
    const { state } = parseUrlState('?node-color=attr:nothing&node-size=attr:cls');
    const view = deriveView(graph(), state);
    // the file's colours (the default), sizes by cls
    expect(view.style.nodeColors?.get('c')).toBe('#0000ff');
    expect(view.sizes).toEqual(
      new Map([
        ['a', 0],
        ['b', 0],
        ['c', 1],
      ]),
    );
  });
});
