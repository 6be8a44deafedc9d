// The one view pipeline (src/view/pipeline.ts): its stages in order on a small hand-built graph,
// the app (AppState's $derived stages) and the CLI (deriveView + runAnalysesInline) giving the same
// StyleView for the same view state, and the CLI's view options coming from the codec table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../src/state/load-graph';
import { AppState } from '../../src/state/app-state.svelte';
import {
  deriveView,
  FORCED_LABELS,
  pathFrameOf,
  runAnalysesInline,
  viewSpecOf,
  visibleOf,
  NO_RESULTS,
} from '../../src/view/pipeline';
import {
  PARAMS,
  parseUrlState,
  serializeUrlState,
  type ViewState,
} from '../../src/view/view-state';
import { parseExportArgs, USAGE } from '../../src/export/cli-args';
import type { StyleView } from '../../src/render/style';
import { TestGraph, sorted } from './helpers/analysis-graph';

/** a—b alliance, b→c sanction (since 2025-03), a—d negotiation (2025-05-08), c→e criticism. */
function small() {
  return new TestGraph()
    .rel('e1', 'alliance', 'a', 'b')
    .rel('e2', 'sanction', 'b', 'c', { start: '2025-03' })
    .rel('e3', 'negotiation', 'a', 'd', { start: '2025-05-08' })
    .rel('e4', 'criticism', 'c', 'e', { start: '2025-10' }).graph;
}

const state = (query: string): ViewState => parseUrlState(query).state;

describe('deriveView', () => {
  it('filters, then time, then focus: each stage works on what the one before left', () => {
    // sanction hidden; the time range keeps e3 (May) and drops e4 (October); focus on a at depth 2
    const v = deriveView(
      small(),
      state('?hide-rel=sanction&from=2025-05&to=2025-06&focus=a&depth=2'),
    );
    expect(sorted(v.visible.visibleEdges)).toEqual(['e1', 'e3']);
    expect(sorted(v.visible.visibleNodes)).toEqual(['a', 'b', 'd']);
    expect(sorted(v.style.hiddenNodes)).toEqual(['c', 'e']);
    expect(v.visible.focusDistance?.get('d')).toBe(1);
  });

  it('time modes: when=started keeps what began in the range; undated=hide drops undated ones', () => {
    // e1 is undated; e2 began in March 2025, e3 in May, e4 in October
    const begun = deriveView(small(), state('?from=2025-05&to=2025-12&when=started'));
    expect(sorted(begun.visible.visibleEdges)).toEqual(['e3', 'e4']);
    expect(begun.visible.time).toMatchObject({ mode: 'started', active: 2, undated: 1 });
    expect(begun.visible.time?.undatedHidden).toBe(true);
    // in force over the same dates: the sanction (lasting) and the undated alliance stay
    const inForce = deriveView(small(), state('?from=2025-05&to=2025-12'));
    expect(sorted(inForce.visible.visibleEdges)).toEqual(['e1', 'e2', 'e3', 'e4']);
    // without a range: every relation with a start date, undated ones left out
    expect(sorted(deriveView(small(), state('?when=started')).visible.visibleEdges)).toEqual([
      'e2',
      'e3',
      'e4',
    ]);
    expect(sorted(deriveView(small(), state('?undated=hide')).visible.visibleEdges)).toEqual([
      'e2',
      'e3',
      'e4',
    ]);
    // undated=hide means nothing in the begun-then mode (it always leaves them out) …
    expect(viewSpecOf(state('?when=started&undated=hide')).time).toEqual({ mode: 'started' });
    // … and no time parameter: no time stage at all
    expect(viewSpecOf(state('')).time).toBeNull();
  });

  it('time modes in the URL: defaults left out, bad values warned and dropped', () => {
    const parsed = parseUrlState('?when=started&undated=hide');
    expect(parsed.state).toMatchObject({ when: 'started', undated: 'hide' });
    expect(serializeUrlState(parsed.state)).toBe('?when=started&undated=hide');
    expect(serializeUrlState(state('?when=active&undated=keep'))).toBe('');
    const bad = parseUrlState('?when=soon');
    expect(bad.state.when).toBe('active');
    expect(bad.warnings.join(' ')).toMatch(/"when".*active, started.*soon/);
  });

  it('a path result frames its ends, the paths and the visible first neighbours of both ends', () => {
    // a—b alliance, b→c sanction, a—d negotiation, c→e criticism; a path a…c
    const g = small();
    const all = deriveView(g, state('')).visible;
    expect(pathFrameOf(g, all, ['a', 'c'], ['a', 'b', 'c'])).toEqual(['a', 'c', 'b', 'd', 'e']);
    // the criticism hidden: e is no neighbour in view
    const some = deriveView(g, state('?hide-rel=criticism')).visible;
    expect(pathFrameOf(g, some, ['a', 'c'], ['a', 'b', 'c'])).toEqual(['a', 'c', 'b', 'd']);
    // memberships are no context (the UN would frame the whole world)
    g.addNode('o', { label: 'o', labelJa: 'o', kind: 'organization', aliases: [] });
    g.addEdge('a', 'o', {
      relation: 'member_of',
      status: 'active',
      certainty: 'confirmed',
      evidence: [],
    });
    expect(pathFrameOf(g, null, ['a', 'c'], ['a', 'b', 'c'])).toEqual(['a', 'c', 'b', 'd', 'e']);
  });

  it('the style stage: selection highlight, forced labels, language and edge colours', () => {
    const v = deriveView(small(), state('?node=a&lang=ja&colors=sign'));
    expect(v.style.selectedNode).toBe('a');
    expect(sorted(v.style.highlight!.nodes)).toEqual(['a', 'b', 'd']);
    expect(v.style.language).toBe('ja');
    expect(v.style.edgeColorMode).toBe('sign');
    expect(v.style.labelled!.size).toBe(Math.min(FORCED_LABELS, 5));
  });

  it('a hidden selected actor highlights nothing (it would dim everything else)', () => {
    const v = deriveView(small(), state('?node=c&hide-rel=sanction,criticism'));
    expect(v.visible.visibleNodes.has('c')).toBe(false);
    expect(v.style.highlight).toBeNull();
  });

  it('a path on show takes the place of the selection highlight unless an actor is hovered', () => {
    const g = small();
    const s = state('?path=a,c&node=e');
    const results = runAnalysesInline(g, s, visibleOf(g, s));
    expect(results.messages).toEqual([]);
    const shown = deriveView(g, s, results);
    expect(sorted(shown.emphasis!.nodes)).toEqual(['a', 'b', 'c']);
    expect(shown.style.highlight).toBeNull();
    const hovered = deriveView(g, s, results, { hovered: 'd' });
    expect(sorted(hovered.style.highlight!.nodes)).toEqual(['a', 'd']);
  });

  it('an impossible path is a message, not an exception', () => {
    const g = small();
    const s = state('?path=a,zz');
    expect(runAnalysesInline(g, s, visibleOf(g, s)).messages).toEqual([
      expect.stringMatching(/zz.*path not drawn$/),
    ]);
  });

  it('viewSpecOf: at= is a one-day range, no time is null', () => {
    expect(viewSpecOf(state('?at=2025-05')).time).toEqual({ from: '2025-05', to: '2025-05' });
    expect(viewSpecOf(state('')).time).toBeNull();
  });
});

/** The sets and values of a StyleView as plain sorted data. */
function plain(view: StyleView) {
  const set = (s: ReadonlySet<string> | undefined) => (s ? sorted(s) : []);
  return {
    language: view.language,
    hiddenNodes: set(view.hiddenNodes),
    hiddenEdges: set(view.hiddenEdges),
    dimmedNodes: set(view.dimmedNodes),
    dimmedEdges: set(view.dimmedEdges),
    highlight: view.highlight
      ? { nodes: set(view.highlight.nodes), edges: set(view.highlight.edges) }
      : null,
    selectedNode: view.selectedNode,
    selectedEdge: view.selectedEdge,
    sizes: [...view.sizes].sort(),
    edgeColorMode: view.edgeColorMode,
    curvatures: [...view.curvatures].sort(),
    labelled: set(view.labelled),
    nodeColors: view.nodeColors ? [...view.nodeColors].sort() : null,
    emphasis: view.emphasis
      ? { nodes: set(view.emphasis.nodes), edges: set(view.emphasis.edges) }
      : null,
  };
}

describe('the app and the CLI run the same pipeline', () => {
  const text = readFileSync(new URL('../fixtures/graph.json', import.meta.url), 'utf8');
  const loaded = parseGraphJson(text, 'graph.json');
  if (!loaded.ok) throw new Error(loaded.error);
  const graph = loaded.graph;
  const someNode = graph.nodes()[0]!;
  const someEdge = graph.edges()[0]!;

  it.each([
    [''],
    ['?hide-rel=member_of&isolated=show&size=pagerank'],
    [`?focus=${someNode}&outside=dim&lang=ja`],
    [`?node=${someNode}&colors=sign`],
    [`?edge=${someEdge}&from=2025-01&to=2025-06`],
    ['?at=2025-05&hide-kind=person'],
  ])('%s', (query) => {
    const app = new AppState();
    app.graph = graph;
    app.applyUrlState(parseUrlState(query).state);
    const cli = deriveView(graph, app.toUrlState(), NO_RESULTS);
    expect(plain(app.styleView)).toEqual(plain(cli.style));
    if (query.includes('node=')) expect(app.styleView.highlight?.nodes.has(someNode)).toBe(true);
    if (query.includes('focus=')) expect(app.visibility!.dimmedNodes.size).toBeGreaterThan(0);
    expect(sorted(app.visibility!.visibleNodes)).toEqual(sorted(cli.visible.visibleNodes));
  });
});

describe('the CLI view options come from the codec table', () => {
  const withCli = PARAMS.filter((c) => c.cli);

  it('every codec with a command-line option is one, listed in the usage', () => {
    expect(withCli.map((c) => c.cli!.option)).toEqual(
      expect.arrayContaining(['lang', 'focus', 'depth', 'direction', 'from', 'to', 'at', 'size']),
    );
    for (const codec of withCli) expect(USAGE).toContain(`--${codec.cli!.option} `);
  });

  it('an option means what its URL parameter means', () => {
    const args = ['--format', 'svg', '--out', 'x.svg'];
    const byOption = parseExportArgs([...args, '--focus', 'japan', '--direction', 'out']).url;
    const byView = parseExportArgs([...args, '--view', 'focus=japan&dir=out']).url;
    expect(byOption).toEqual(byView);
    expect(byOption.direction).toBe('out');
  });

  it('a bad value is refused with the codec’s own words', () => {
    expect(() => parseExportArgs(['--format', 'svg', '--out', 'x.svg', '--depth', '5'])).toThrow(
      '--depth: expected 1, 2 or 3, got "5"',
    );
  });
});
