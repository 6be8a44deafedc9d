// @vitest-environment happy-dom
// The explorer's panels (src/ui/*.svelte) mounted on an AppState over the small hand-built graph
// (tests/unit/helpers/small-graph.ts), acted on as a user would: filters change the view state and
// the counts, the details panel shows an actor's or a relation's facts and selects others, the
// status line, toolbar, search box, relations table and warnings read and write the app state.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte';
import { parseUrlState } from '../../src/view/view-state';
import DetailsPanel from '../../src/ui/DetailsPanel.svelte';
import FiltersPanel from '../../src/ui/FiltersPanel.svelte';
import RelationsTable from '../../src/ui/RelationsTable.svelte';
import SearchBox from '../../src/ui/SearchBox.svelte';
import StatusLine from '../../src/ui/StatusLine.svelte';
import Toolbar from '../../src/ui/Toolbar.svelte';
import Warnings from '../../src/ui/Warnings.svelte';
import DataError from '../../src/ui/DataError.svelte';
import { DatasetState } from '../../src/state/dataset-state.svelte';
import { createDatasetStore } from '../../src/io/dataset-store';
import { t } from '../../src/ui/i18n';
import { check, click, key, render, type, type Mounted } from './helpers/mount';
import WithDataset from './helpers/WithDataset.svelte';
import { smallGraph } from './helpers/small-graph';

let mounted: Mounted[] = [];
afterEach(() => {
  for (const m of mounted) m.destroy();
  mounted = [];
});

function app(query = '') {
  const a = new AppState();
  a.graph = smallGraph();
  a.applyUrlState(parseUrlState(query).state);
  return a;
}

function show<P extends Record<string, unknown>>(...args: Parameters<typeof render<P>>) {
  const m = render(...args);
  mounted.push(m);
  return m;
}

describe('FiltersPanel', () => {
  it('counts each relation type, hides one on untick, and "only" keeps one type', () => {
    const a = app();
    const m = show(FiltersPanel, { app: a });
    expect(m.byTestId('count-relations-sanction').textContent).toBe('2/2');
    expect(m.byTestId('count-relations-member_of').textContent).toBe('3/3');
    check(m.field('Sanction'), false);
    expect(a.viewState.exclude.relations).toEqual(['sanction']);
    expect(m.byTestId('count-relations-sanction').textContent).toBe('0/2');
    click(m.button('only: Partnership'));
    expect([...a.filters.relations].sort()).not.toContain('partnership');
    expect(a.visibility!.visibleEdges).toEqual(new Set(['e4']));
    click(m.byTestId('filter-relations').querySelector('button')!); // "all"
    expect(a.viewState.exclude.relations).toEqual([]);
  });

  it('hides actors without visible relations, and shows them on request', () => {
    const a = app();
    const m = show(FiltersPanel, { app: a });
    check(m.field('Sanction'), false);
    check(m.field('Negotiation'), false);
    // usa is left with no visible relation
    expect(m.byTestId('count-isolated').textContent).toBe('1');
    expect(a.visibility!.visibleNodes.has('usa')).toBe(false);
    check(m.field(/Hide actors without visible relations/), false);
    expect(a.hideIsolated).toBe(false);
    expect(a.visibility!.visibleNodes.has('usa')).toBe(true);
  });
});

describe('DetailsPanel', () => {
  it('says nothing is selected, then shows an actor: names, kind, relations grouped, evidence', () => {
    const a = app();
    const m = show(DetailsPanel, { app: a });
    expect(m.text()).toBe(t('en', 'nothingSelected'));
    a.select({ kind: 'node', id: 'russia' });
    flushSync();
    const details = m.byTestId('actor-details');
    expect(details.querySelector('h2')!.textContent).toContain('Russia');
    expect(m.text()).toContain('ロシア');
    expect(m.text()).toContain('sanction quote');
    // another actor in the relations is a button that selects it
    click(m.button(/^China/));
    expect(a.selection).toEqual({ kind: 'node', id: 'china' });
    click(m.button(t('en', 'clear')));
    expect(a.selection).toBeNull();
  });

  it('draws a hub’s first 12 relations with the panel and the rest after that frame', async () => {
    const a = app();
    // russia gets 20 more relations (trade with 20 small states): 27 rows in 5 groups
    for (let i = 0; i < 20; i++) {
      a.graph!.addNode(`s${i}`, {
        label: `State ${i}`,
        labelJa: `国${i}`,
        kind: 'state',
        aliases: [],
      });
      a.graph!.addDirectedEdgeWithKey(`t${i}`, 'russia', `s${i}`, {
        relation: 'trade',
        status: 'active',
        certainty: 'confirmed',
        evidence: [{ source: 's1', quote: `trade quote ${i}`, sourceTitle: 'Source one' }],
      });
    }
    const m = show(DetailsPanel, { app: a });
    a.select({ kind: 'node', id: 'russia' });
    flushSync();
    const rows = () =>
      [...m.byTestId('actor-details').querySelectorAll('li[data-testid^="relation-"]')].map((li) =>
        li.getAttribute('data-testid'),
      );
    const all = 27; // its 7 relations and the 20 new ones
    // the heading counts all of them; the first 12 rows are there, in the order of the full list
    expect(m.byTestId('actor-details').querySelector('h3')!.textContent).toBe(`Relations (${all})`);
    const first = rows();
    expect(first).toHaveLength(12);
    await vi.waitFor(() => expect(rows()).toHaveLength(all));
    expect(rows().slice(0, 12)).toEqual(first);
  });

  it('shows a relation: its ends, type, status and certainty, and its quotes', () => {
    const a = app('?edge=e6');
    const m = show(DetailsPanel, { app: a });
    const text = m.text();
    expect(text).toContain('United States');
    expect(text).toContain('Russia');
    expect(text).toMatch(/Sanction/);
    expect(text).toMatch(/threatened/i);
    expect(text).toMatch(/reported/i);
    expect(text).toContain('sanction quote');
  });

  it('notes when the view hides the selected actor, and "Show it" shows it', () => {
    const a = app('?hide-kind=organization&node=sco');
    const m = show(DetailsPanel, { app: a });
    expect(a.visibility!.visibleNodes.has('sco')).toBe(false);
    click(m.button(/Show it/));
    expect(a.visibility!.visibleNodes.has('sco')).toBe(true);
    expect(a.viewState.exclude.kinds).toEqual([]);
  });
});

describe('StatusLine and Toolbar', () => {
  it('counts visible actors and relations, the time shown and the layout', () => {
    const a = app('?hide-rel=sanction');
    const m = show(StatusLine, { app: a });
    expect(m.byTestId('status-actors').textContent).toBe('6/6 actors');
    expect(m.byTestId('status-relations').textContent).toBe('7/9 relations');
    expect(m.root.querySelector('[data-testid="status-time"]')).toBeNull();
    // (no layout has run for this graph yet: its view is not mounted)
    expect(m.byTestId('status-layout').textContent).toBe('layout starting');
    a.layout = { running: false, lastStop: 'settled', lastRunMs: 1234, iterations: 56 };
    a.applyUrlState(parseUrlState('?hide-rel=sanction&at=2025-06').state);
    flushSync();
    expect(m.byTestId('status-layout').textContent).toContain('(1.2 s, 56 it.)');
    expect(m.byTestId('status-time').textContent).toBe('2025-06');
    a.layout = { ...a.layout, running: true };
    flushSync();
    expect(m.byTestId('status-layout').dataset.running).toBe('true');
    // an import reopened where its user left it: no run, said as such (in Japanese too)
    a.layout = { running: false, lastStop: 'saved', lastRunMs: null, iterations: 0 };
    flushSync();
    expect(m.byTestId('status-layout').textContent).toBe('positions as last left');
    a.language = 'ja';
    flushSync();
    expect(m.byTestId('status-layout').textContent).toBe('前回の配置');
  });

  it('switches the language, the view, the size metric and the edge colours', () => {
    const a = app();
    const dataset = new DatasetState(a, '/data/graph.json', createDatasetStore(null));
    const m = show(WithDataset, { dataset, component: Toolbar, props: { app: a } });
    check(m.field('日本語'));
    expect(a.language).toBe('ja');
    check(m.field('表'));
    expect(a.view).toBe('table');
    const selects = m.root.querySelectorAll('select');
    type(selects[0]!, 'pagerank');
    expect(a.sizeBy).toBe('pagerank');
    type(selects[1]!, 'sign');
    expect(a.edgeColors).toBe('sign');
    click(m.byTestId('open-export'));
    expect(dataset.dialog).toBe('export');
    // 6 actors, 9 relations visible
    expect(m.byTestId('export-contents').textContent).toMatch(/(^|\D)6\D.*\D9(\D|$)/s);
    click(m.button('閉じる')); // the dialog's own Close
    expect(dataset.dialog).toBeNull();
    click(m.byTestId('open-import'));
    expect(dataset.dialog).toBe('import');
    expect(m.byTestId('import-dialog').textContent).toContain(t('ja', 'importTitle'));
  });
});

describe('SearchBox', () => {
  it('finds an actor by its Japanese name; arrows and Enter select it; Escape clears', () => {
    const a = app();
    const m = show(SearchBox, { app: a });
    const input = m.root.querySelector<HTMLInputElement>('#search-input')!;
    type(input, '中国');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(m.root.querySelector('[role="option"]')!.textContent).toContain('China');
    key(input, 'Enter');
    expect(a.selection).toEqual({ kind: 'node', id: 'china' });
    type(input, 'sanction quote');
    key(input, 'ArrowDown');
    key(input, 'ArrowUp');
    key(input, 'Escape');
    expect(input.value).toBe('');
  });
});

describe('RelationsTable', () => {
  it('lists the visible relations, sorts by a column, and selects a row', () => {
    const a = app('?hide-rel=member_of');
    const m = show(RelationsTable, { app: a });
    const rows = () => [...m.root.querySelectorAll('tbody tr')];
    expect(rows()).toHaveLength(6);
    const first = rows()[0]!.textContent;
    const header = m.root.querySelector('thead th')!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    click(header.querySelector('button')!);
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rows()).toHaveLength(6);
    expect(rows()[0]!.textContent).not.toBe(first);
    click(rows()[0]!.querySelector('button') ?? rows()[0]!);
    expect(a.selection?.kind).toBeDefined();
  });
});

describe('Warnings and DataError', () => {
  it('shows the app’s warnings in the current language and dismisses them', () => {
    const a = app('?node=nobody');
    const m = show(Warnings, { app: a });
    expect(a.warnings).toHaveLength(1);
    expect(m.text()).toContain('nobody');
    click(m.root.querySelector('button')!);
    expect(a.warnings).toEqual([]);
  });

  it('names the data problem', () => {
    const m = show(DataError, { message: 'graph.json: expected nodes', language: 'en' });
    expect(m.text()).toContain('graph.json: expected nodes');
  });
});
