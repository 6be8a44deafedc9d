// The alignment analyses in real headless Chromium: ego focus, paths, bloc colouring, the time
// slider, URL state and bad input. Expectations are computed with the same pure modules
// (src/graph) from the graph.json the page received.
import { expect, test, type Page } from '@playwright/test';
import { emptyFilters } from '../../src/graph/filters';
import { shortestPaths } from '../../src/graph/paths';
import { signedProjection } from '../../src/graph/signed';
import { analyseBlocs } from '../../src/graph/analysis-blocs';
import { analysisScope } from '../../src/graph/time';
import { blocNodeColors, orderBlocs, signedKinds } from '../../src/view/analysis-view';
import { visibleView, type ViewSpec } from '../../src/graph/visible';
import { RELATION_INFO, RELATION_TYPES } from '../../src/model/vocabulary';
import { analyseBalance } from '../../src/graph/balance';
import { rankAlignment } from '../../src/graph/alignment';
import { DIMMED_NODE, KIND_COLORS } from '../../src/render/style';
import {
  ARTIFACTS,
  graphFrom,
  graphShot,
  hook,
  openApp,
  pickActor,
  colourPixels,
  waitForIdle,
  servedGraph,
  waitForAnalysis,
} from './helpers';

const SPEC: ViewSpec = {
  filters: emptyFilters(),
  hideIsolated: true,
  time: null,
  focus: null,
  outside: 'hide',
};

/** Fails the test on any uncaught page error. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The visible view restricted to the analysis date (the latest date in the data). */
function scopeAtLatest(graph: Parameters<typeof visibleView>[0]) {
  const view = visibleView(graph, SPEC);
  const scope = analysisScope(graph, view);
  if (!scope.ok) throw new Error(scope.message);
  return scope;
}

const section = (page: Page, name: string) => page.getByTestId(`section-${name}`);

async function counts(page: Page) {
  return hook(page, (h) => ({ nodes: h.counts.visibleNodes, edges: h.counts.visibleEdges }));
}

test('focus on Japan at depth 2 shows exactly the neighbourhood visibleView computes', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?cam=0.9,0.1,0.08'); // zoomed into a corner far from Japan
  const graph = graphFrom(await servedGraph(page));
  await section(page, 'focus').locator(':scope > summary').click();
  await pickActor(page, 'focus-actor', 'Japan');
  // choosing the actor frames its whole focused neighbourhood
  const depth1 = visibleView(graph, {
    ...SPEC,
    focus: { id: 'japan', depth: 1, direction: 'both', relations: null },
  });
  await expect(page.getByTestId('status-actors')).toHaveText(
    `${depth1.visibleNodes.size}/${graph.order} actors`,
  );
  await waitForIdle(page); // the camera has framed them
  const box = (await page.getByTestId('graph').boundingBox())!;
  const framed = await page.evaluate(
    (ids) => ids.map((n) => window.__alignmap!.viewportPosition(n)!),
    [...depth1.visibleNodes],
  );
  for (const p of framed) {
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x).toBeLessThanOrEqual(box.width);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeLessThanOrEqual(box.height);
  }
  await page.getByTestId('focus-depth').selectOption('2');
  const expected = visibleView(graph, {
    ...SPEC,
    focus: { id: 'japan', depth: 2, direction: 'both', relations: null },
  });
  await expect(page.getByTestId('status-actors')).toHaveText(
    `${expected.visibleNodes.size}/${graph.order} actors`,
  );
  expect(await counts(page)).toEqual({
    nodes: expected.visibleNodes.size,
    edges: expected.visibleEdges.size,
  });
  expect(expected.visibleNodes.size).toBeLessThan(graph.order - 10);
  await expect(page).toHaveURL(/focus=japan&depth=2/);

  // only alliances and sanctions, everything else dimmed instead of hidden
  await section(page, 'focus').getByText('Relation types followed').click();
  for (const type of RELATION_TYPES)
    if (type !== 'alliance' && type !== 'sanction')
      await section(page, 'focus')
        .getByRole('checkbox', { name: RELATION_INFO[type].en, exact: true })
        .uncheck();
  await section(page, 'focus').getByRole('radio', { name: 'dimmed' }).check();
  const narrow = visibleView(graph, {
    ...SPEC,
    focus: { id: 'japan', depth: 2, direction: 'both', relations: ['alliance', 'sanction'] },
    outside: 'dim',
  });
  await expect(page.getByTestId('focus-summary')).toHaveText(
    `${narrow.visibleNodes.size} actors · ${narrow.visibleEdges.size} relations`,
  );
  const dimmed = await hook(page, (h) => h.analysis.dimmedNodes);
  expect(dimmed).toBe(narrow.dimmedNodes.size);
  expect(dimmed).toBeGreaterThan(0);
  await page.mouse.move(5, 5);
  const outside = [...narrow.dimmedNodes][0]!;
  expect(await page.evaluate((id) => window.__alignmap!.nodeColor(id), outside)).toBe(DIMMED_NODE);
  await expect(page).toHaveURL(/focus-rel=alliance,sanction&outside=dim/);
  await graphShot(page, 'analysis-focus-dim');
  expect(errors).toEqual([]);
});

test('path Japan → North Korea, then → Cuba: steps listed with evidence, path emphasised', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const graph = graphFrom(await servedGraph(page));
  const all = visibleView(graph, SPEC);
  await section(page, 'path').locator(':scope > summary').click();
  await pickActor(page, 'path-from', 'Japan');
  await pickActor(page, 'path-to', 'North Korea');
  for (const target of ['north-korea', 'cuba']) {
    if (target === 'cuba') await pickActor(page, 'path-to', 'Cuba');
    const expected = shortestPaths(graph, 'japan', target, all);
    if (!expected.ok) throw new Error(expected.message);
    await waitForAnalysis(page);
    await expect(page.getByTestId('path-summary')).toContainText(
      `${expected.totalPaths} shortest path`,
    );
    await expect(page.getByTestId('path-summary')).toContainText(`${expected.length} step`);
    const first = page.getByTestId('path-0');
    await expect(first.getByTestId('path-step')).toHaveCount(expected.length);
    const edges = expected.paths[0]!.flatMap((s) => s.edgeIds);
    await expect(first.getByTestId('evidence-edge')).toHaveCount(edges.length);
    const quotes = edges.filter((e) => graph.getEdgeAttributes(e).evidence.some((q) => q.quote));
    expect(await first.locator('blockquote').count()).toBeGreaterThanOrEqual(quotes.length);
    const emphasis = await hook(page, (h) => h.analysis.emphasis);
    expect(emphasis?.nodes.sort()).toEqual([...expected.nodes].sort());
    expect(emphasis?.edges.sort()).toEqual([...expected.edges].sort());
  }
  await expect(page).toHaveURL(/path=japan,cuba/);
  await page.mouse.move(5, 5);
  const off = graph.nodes().find((n) => all.visibleNodes.has(n) && n !== 'japan' && n !== 'cuba');
  expect(await page.evaluate((id) => window.__alignmap!.nodeColor(id), off!)).toBe(DIMMED_NODE);
  expect(await page.evaluate(() => window.__alignmap!.nodeColor('japan'))).not.toBe(DIMMED_NODE);
  await waitForIdle(page); // the camera has framed the path
  await graphShot(page, 'analysis-path');
  await page.screenshot({ path: `${ARTIFACTS}analysis-path-page.png` });
  expect(errors).toEqual([]);
});

test('bloc colouring recolours the actors exactly as the seeded signed blocs say', async ({
  page,
}) => {
  await openApp(page);
  const graph = graphFrom(await servedGraph(page));
  await page.mouse.move(5, 5);
  expect(await hook(page, (h) => h.nodeColor('russia'))).toBe(KIND_COLORS.state);
  const before = await graphShot(page, 'analysis-blocs-before');

  await section(page, 'blocs').locator(':scope > summary').click();
  await page.getByTestId('blocs-toggle').check();
  await waitForAnalysis(page);
  await expect(page.getByTestId('blocs-summary')).toBeVisible();
  const scope = scopeAtLatest(graph);
  const analysis = analyseBlocs(graph, scope, { seed: 1 });
  if (!analysis.ok) throw new Error(analysis.message);
  const { signed, result: blocs } = analysis;
  const expected = blocNodeColors(graph.nodes(), orderBlocs(blocs), signed.folded);
  const shown = await page.evaluate(
    (ids) => ids.map((id) => window.__alignmap!.nodeColor(id)),
    graph.nodes(),
  );
  expect(Object.fromEntries(graph.nodes().map((id, i) => [id, shown[i]]))).toEqual(
    Object.fromEntries(expected),
  );
  expect(expected.get('russia')).toBe(expected.get('china'));
  expect(expected.get('russia')).not.toBe(expected.get('united-states'));
  expect(expected.get('russia')).not.toBe(KIND_COLORS.state);
  await expect(page.getByTestId('bloc-0')).toBeVisible();
  await waitForIdle(page);
  const after = await graphShot(page, 'analysis-blocs-after');
  // Russia's bloc colour now fills its members' discs (not merely "some pixels changed")
  const blocColour = expected.get('russia')!;
  const gained =
    (await colourPixels(page, after, blocColour)) - (await colourPixels(page, before, blocColour));
  expect(gained).toBeGreaterThan(200);
  await expect(page).toHaveURL(/blocs=on/);
  test.info().annotations.push({
    type: 'blocs',
    description: `worker ${await hook(page, (h) => h.analysis.blocsMs)} ms`,
  });
});

test('balance lists the unbalanced triads; clicking one focuses it in the graph', async ({
  page,
}) => {
  await openApp(page);
  const graph = graphFrom(await servedGraph(page));
  const view = scopeAtLatest(graph);
  const signed = signedProjection(graph, {
    visibleNodes: view.visibleNodes,
    visibleEdges: view.visibleEdges,
    foldPersons: true,
    kinds: signedKinds(false),
    membershipWeight: 0,
  });
  const balance = analyseBalance(signed, { limit: 50 });
  if (!balance.ok) throw new Error(balance.message);
  await section(page, 'balance').locator(':scope > summary').click();
  await waitForAnalysis(page);
  await expect(page.getByTestId('balance-summary')).toContainText(
    `${balance.balanceIndex?.toFixed(3)} · ${balance.balanced}/${balance.triangles}`,
  );
  const top = balance.unbalanced[0];
  // the seed data has tensions (an ally of an ally who is sanctioned): the list must not be empty
  expect(top, 'an unbalanced triad in the served data').toBeDefined();
  const names = top!.nodes.map((n) => graph.getNodeAttribute(n, 'label')).join(' · ');
  await expect(page.getByTestId('triad-0').getByRole('button').first()).toHaveText(names);
  await page.getByTestId('triad-0').getByRole('button').first().click();
  await expect(page).toHaveURL(new RegExp(`triad=${top!.nodes.join(',')}`));
  const emphasis = await hook(page, (h) => h.analysis.emphasis);
  for (const n of top!.nodes) expect(emphasis?.nodes).toContain(n);
  // every tie of the triad is drawn: its relations (a folded person's too) are emphasised
  for (const pair of top!.pairs)
    expect(pair.edgeIds.some((e) => emphasis!.edges.includes(e))).toBe(true);
  await waitForIdle(page);
  await graphShot(page, 'analysis-triad');
  await page.screenshot({ path: `${ARTIFACTS}analysis-balance-page.png` });
});

test('the details panel ranks the actors most aligned with and opposed to Japan', async ({
  page,
}) => {
  await openApp(page, '?node=japan');
  const graph = graphFrom(await servedGraph(page));
  const view = scopeAtLatest(graph);
  const signed = signedProjection(graph, {
    visibleNodes: view.visibleNodes,
    visibleEdges: view.visibleEdges,
    foldPersons: true,
    kinds: signedKinds(false),
  });
  const rank = rankAlignment(signed, 'japan', { limit: 8 });
  if (!rank.ok) throw new Error(rank.message);
  await waitForAnalysis(page);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  await expect(page.getByTestId('most-aligned').getByRole('button')).toHaveText(
    rank.mostAligned.map((e) => label(e.actor)),
  );
  await expect(page.getByTestId('most-opposed').getByRole('button')).toHaveText(
    rank.mostOpposed.map((e) => label(e.actor)),
  );
  // comparing with the first opposed actor shows the score and what produces it
  await page.getByTestId('most-opposed').getByRole('button').first().click();
  await waitForAnalysis(page);
  await expect(page.getByTestId('alignment-score')).toHaveText(
    `−${Math.abs(rank.mostOpposed[0]!.score).toFixed(2)}`,
  );
  await expect(page).toHaveURL(new RegExp(`align=${rank.mostOpposed[0]!.actor}`));
  await page.screenshot({ path: `${ARTIFACTS}analysis-alignment.png` });
});

test('moving the time slider changes the visible relations as the time filter says', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const graph = graphFrom(await servedGraph(page));
  const total = await counts(page);
  await page.getByRole('radio', { name: 'At a date' }).check();
  const slider = page.getByTestId('time-at');
  const seen = new Map<string, number>();
  for (const position of ['0', '68', '128', '340']) {
    await slider.fill(position);
    const day = (await page.getByTestId('time-label').textContent())!.trim();
    const expected = visibleView(graph, { ...SPEC, time: { from: day, to: day } });
    await expect(page.getByTestId('status-relations')).toHaveText(
      `${expected.visibleEdges.size}/${graph.size} relations`,
    );
    expect((await counts(page)).nodes).toBe(expected.visibleNodes.size);
    await expect(page).toHaveURL(new RegExp(`at=${day}`));
    seen.set(day, expected.visibleEdges.size);
  }
  // the 2025 events (a call in March, a summit in May, talks in October and December) show
  expect(new Set(seen.values()).size).toBeGreaterThanOrEqual(3);
  for (const n of seen.values()) expect(n).toBeLessThan(total.edges);
  await graphShot(page, 'analysis-time');

  // play steps the date forward; pause stops it
  const start = (await page.getByTestId('time-label').textContent())!.trim();
  await slider.fill('0');
  await page.getByTestId('time-play').click();
  await expect(page.getByTestId('time-label')).not.toHaveText('2025-01-01', { timeout: 5000 });
  await page.getByTestId('time-play').click();
  expect(start).not.toBe('');

  await page.getByRole('radio', { name: 'All dates' }).check();
  expect(await counts(page)).toEqual(total);
  await expect(page).not.toHaveURL(/at=/);
  expect(errors).toEqual([]);
});

test('a URL with focus, path, time and blocs reopens the same view', async ({ page, context }) => {
  const query = '?focus=russia&depth=2&dir=out&path=japan,cuba&at=2025-05-09&blocs=on';
  await openApp(page, query);
  await waitForAnalysis(page);
  const graph = graphFrom(await servedGraph(page));
  const spec: ViewSpec = {
    ...SPEC,
    time: { from: '2025-05-09', to: '2025-05-09' },
    focus: { id: 'russia', depth: 2, direction: 'out', relations: null },
  };
  const expected = visibleView(graph, spec);
  expect(await counts(page)).toEqual({
    nodes: expected.visibleNodes.size,
    edges: expected.visibleEdges.size,
  });
  await expect(page.getByTestId('time-label')).toHaveText('2025-05-09');
  await expect(page.getByTestId('focus-actor')).toHaveValue('Russia');
  await expect(page.getByTestId('blocs-toggle')).toBeChecked();
  const paths = shortestPaths(graph, 'japan', 'cuba', expected);
  if (paths.ok)
    await expect(page.getByTestId('path-summary')).toContainText(`${paths.length} step`);
  else await expect(page.getByTestId('path-message')).toHaveText(paths.message);
  const colours = await page.evaluate(
    (ids) => ids.map((id) => window.__alignmap!.nodeColor(id)),
    [...expected.visibleNodes],
  );

  // the same URL in a fresh page gives the same picture
  const again = await context.newPage();
  await openApp(again, page.url());
  await waitForAnalysis(again);
  expect(await counts(again)).toEqual(await counts(page));
  const colours2 = await again.evaluate(
    (ids) => ids.map((id) => window.__alignmap!.nodeColor(id)),
    [...expected.visibleNodes],
  );
  expect(colours2).toEqual(colours);
  expect(again.url()).toBe(page.url());
});

test('bad input gives a message in the panel, never an exception', async ({ page }) => {
  const errors = watchErrors(page);
  const data = await (async () => {
    await openApp(page);
    return servedGraph(page);
  })();
  const graph = graphFrom(data);
  const all = await counts(page);

  await openApp(page, '?focus=nobody&path=japan,nobody&at=1900');
  await expect(page.getByTestId('focus-controls').getByTestId('analysis-message')).toHaveText(
    'ego: expected a known actor id, got "nobody"; focus not applied',
  );
  await expect(page.getByTestId('path-message')).toHaveText(
    'paths: expected a known actor id, got "nobody"',
  );
  await expect(page.getByTestId('time-message')).toContainText(
    "time: 1900 lies outside the data's dates",
  );
  expect(await counts(page)).toEqual(all);

  // two actors that no chain of visible relations links (memberships hidden)
  const view = visibleView(graph, {
    ...SPEC,
    filters: { ...emptyFilters(), relations: new Set(['member_of']) },
  });
  const nodes = [...view.visibleNodes].sort();
  const pair = nodes
    .flatMap((a) => nodes.map((b) => [a, b] as const))
    .find(([a, b]) => a < b && !shortestPaths(graph, a, b, view).ok)!;
  const noPath = shortestPaths(graph, pair[0], pair[1], view);
  await openApp(page, `?hide-rel=member_of&path=${pair[0]},${pair[1]}`);
  expect(noPath.ok).toBe(false);
  if (!noPath.ok) await expect(page.getByTestId('path-message')).toHaveText(noPath.message);

  // an empty filter: nothing to follow, nothing to group
  await openApp(
    page,
    `?hide-rel=${RELATION_TYPES.join(',')}&isolated=show&path=japan,cuba&blocs=on`,
  );
  await expect(page.getByTestId('path-message')).toHaveText(
    'paths: the current filters leave no relation to follow',
  );
  await waitForAnalysis(page);
  await expect(page.getByTestId('blocs-summary')).toContainText('0 blocs');

  // malformed parameters: warnings, defaults kept
  await openApp(page, '?depth=9&from=2025-13&triad=a,b');
  await expect(page.getByTestId('warnings')).toContainText('"depth": expected 1, 2 or 3, got "9"');
  await expect(page.getByTestId('warnings')).toContainText('"from": expected a date like');
  await expect(page.getByTestId('warnings')).toContainText('"triad": expected 3 actor ids');
  expect(errors).toEqual([]);
});
