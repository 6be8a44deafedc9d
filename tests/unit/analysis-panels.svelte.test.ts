// @vitest-environment happy-dom
// The analysis panels (src/ui/analysis/*.svelte) mounted on an AppState whose analyses run in this
// thread (inThreadWorker): blocs switched on list the two camps with their members, a path found
// lists its steps, the balance section lists the unbalanced triad, the focus controls and options
// write the view state, the time bar sets a date, an actor's alignment section ranks the others.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inThreadWorker } from '../../src/graph/analysis-client';
import { AppState } from '../../src/state/app-state.svelte';
import { parseUrlState } from '../../src/view/view-state';
import AnalysisPanel from '../../src/ui/analysis/AnalysisPanel.svelte';
import TimeBar from '../../src/ui/analysis/TimeBar.svelte';
import DetailsPanel from '../../src/ui/DetailsPanel.svelte';
import { t } from '../../src/ui/i18n';
import { check, click, key, render, type, type Mounted } from './helpers/mount';
import { TestGraph } from './helpers/analysis-graph';

/** Two camps: a—b—c allied, x—y allied; a sanctions x, c sanctions y (2025-06), d ends alone. */
function graph() {
  return new TestGraph()
    .rel('ab', 'alliance', 'a', 'b')
    .rel('bc', 'alliance', 'b', 'c')
    .rel('ac', 'alliance', 'a', 'c')
    .rel('xy', 'alliance', 'x', 'y')
    .rel('ax', 'sanction', 'a', 'x', { start: '2025-01' })
    .rel('cy', 'sanction', 'c', 'y', { start: '2025-06' })
    .rel('cx', 'alliance', 'c', 'x', { start: '2025-03' }).graph;
}

let mounted: Mounted[] = [];
let stops: (() => void)[] = [];
afterEach(() => {
  for (const m of mounted) m.destroy();
  for (const s of stops) s();
  mounted = [];
  stops = [];
});

function started(query = '') {
  const app = new AppState();
  app.graph = graph();
  app.applyUrlState(parseUrlState(query).state);
  stops.push(app.analysis.start(inThreadWorker()));
  flushSync();
  return app;
}

async function settle(app: AppState) {
  await vi.waitFor(
    () => {
      flushSync();
      expect(app.analysis.busy).toBe(false);
    },
    { timeout: 15_000 },
  );
}

const norm = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function show<P extends Record<string, unknown>>(...args: Parameters<typeof render<P>>) {
  const m = render(...args);
  mounted.push(m);
  return m;
}

describe('AnalysisPanel', () => {
  it('switches blocs on and lists the camps with their members', async () => {
    const app = started();
    const m = show(AnalysisPanel, { app });
    check(m.byTestId('blocs-toggle') as HTMLInputElement);
    expect(app.analysis.blocs).toBe(true);
    await settle(app);
    expect(norm(m.byTestId('blocs-summary'))).toMatch(/^2 blocs · Q = /);
    // the two camps, each listed with its members
    const camps = app.analysis.blocList.map((e) => [...e.bloc.members].sort().join());
    expect(camps.sort()).toEqual(['a,b,c', 'x,y']);
    for (const i of [0, 1]) {
      const members = [...app.analysis.blocList[i]!.bloc.members].sort();
      for (const id of members) expect(m.byTestId(`bloc-${i}`).textContent).toContain(id);
    }
    check(m.byTestId('blocs-toggle') as HTMLInputElement, false);
    expect(app.analysis.blocs).toBe(false);
    expect(m.root.querySelector('[data-testid="blocs-summary"]')).toBeNull();
  });

  it('lists the steps of a path found, and the unbalanced triads', async () => {
    const app = started('?path=b,y');
    const m = show(AnalysisPanel, { app });
    await settle(app);
    expect((m.byTestId('section-path') as HTMLDetailsElement).open).toBe(true);
    const steps = [...m.root.querySelectorAll('[data-testid="path-step"]')];
    expect(steps.length).toBe(2); // b–c–y
    app.analysis.balanceOpen = true;
    flushSync();
    await settle(app);
    // a–c allied, both against x, c allied with x: the triad a, c, x is unbalanced
    expect(norm(m.byTestId('balance-summary'))).toMatch(/0\.500 · 1\/3 /);
    expect(m.byTestId('triad-0').textContent).toMatch(/^a · c · x \(weight 2\.00\)/);
    expect(norm(m.byTestId('path-summary'))).toMatch(/1 shortest path · 2 steps/);
  });

  it('writes the focus depth and direction, and the analysis options, into the view state', async () => {
    const app = started('?focus=a');
    const m = show(AnalysisPanel, { app });
    await settle(app);
    expect((m.byTestId('section-focus') as HTMLDetailsElement).open).toBe(true);
    const depth = m.byTestId('focus-depth') as unknown as HTMLSelectElement | HTMLInputElement;
    const input = depth.matches('input, select') ? depth : depth.querySelector('input, select')!;
    type(input as HTMLInputElement, '2');
    expect(app.analysis.depth).toBe(2);
    // a and everything within two steps: a, b, c, x, y and all 7 relations
    expect(norm(m.byTestId('focus-summary'))).toMatch(/5 actors · 7 relations/);
  });
});

describe('PathFinder', () => {
  it('picks two actors by typing their names, finds the path, swaps and clears it', async () => {
    const app = started();
    const m = show(AnalysisPanel, { app });
    const from = m.byTestId('path-from') as HTMLInputElement;
    const to = m.byTestId('path-to') as HTMLInputElement;
    type(from, 'b');
    key(from, 'Enter');
    expect(norm(m.byTestId('path-finder'))).toContain(t('en', 'pathChooseTwo'));
    type(to, 'y');
    key(to, 'Enter');
    expect(app.analysis.path).toEqual(['b', 'y']);
    await settle(app);
    expect(m.root.querySelectorAll('[data-testid="path-step"]')).toHaveLength(2);
    click(m.button(t('en', 'swap')));
    expect(app.analysis.path).toEqual(['y', 'b']);
    click(m.button(t('en', 'clearPath')));
    expect(app.analysis.path).toBeNull();
  });
});

describe('Chronology', () => {
  it('lists the visible dated relations oldest first; a filter removes its relations', () => {
    const app = started();
    const m = show(AnalysisPanel, { app });
    app.analysis.chronologyOpen = true;
    flushSync();
    const items = () =>
      [...m.root.querySelectorAll<HTMLElement>('[data-testid="chronology-item"]')].map(
        (li) => li.dataset.edge,
      );
    expect(items()).toEqual(['ax', 'cx', 'cy']); // 2025-01, 2025-03, 2025-06; undated left out
    app.toggle('relations', 'sanction', false);
    flushSync();
    expect(items()).toEqual(['cx']);
  });
});

describe('TimeBar', () => {
  it('sets a date with the slider; relations not yet started are hidden', () => {
    const app = started();
    const m = show(TimeBar, { app });
    const at = m.byTestId('time-at') as HTMLInputElement;
    expect(m.byTestId('time-bar')).toBeDefined();
    type(at, at.max); // the slider's end: the last day of the span
    expect(app.viewState.at).toBe('2025-06-30');
    expect(m.text()).toContain('3 dated relations active · 4 undated kept');
    type(at, '0'); // the first day: only the January sanction has started
    expect(app.viewState.at).toBe('2025-01-01');
    expect(app.visibility!.visibleEdges.has('cy')).toBe(false);
    expect(app.visibility!.visibleEdges.has('ax')).toBe(true);
  });
});

describe('AlignmentSection in the details', () => {
  it('compares the selected actor with another one picked by name', async () => {
    const app = started('?node=a');
    const m = show(DetailsPanel, { app });
    await settle(app);
    const picker = m.byTestId('align-with') as HTMLInputElement;
    type(picker, 'x');
    key(picker, 'Enter');
    await settle(app);
    const pair = norm(m.byTestId('alignment-pair'));
    // the same score as in the ranking, what it is made of, and the relations behind it
    expect(pair).toMatch(/^a ↔ x: −0\.23 profile similarity \+0\.50 · direct tie −2\.00/);
    expect(pair).toContain('a → Sanction → x');
    expect(pair).toMatch(/Shared allies \(1\) c /);
  });

  it('ranks the actors most aligned with the selected one', async () => {
    const app = started('?node=a');
    const m = show(DetailsPanel, { app });
    await settle(app);
    const section = m.byTestId('alignment-section');
    // allies first (b, then c who also allies with a's adversary x), x most opposed
    expect(section.textContent?.replace(/\s+/g, ' ')).toMatch(
      /Most aligned b 0\.95 ?c 0\.65 Most opposed x -0\.23/,
    );
  });
});
