// Answers an expert accepts, in the browser on the served dataset: blocs of today's world (Belarus
// with Russia, the US with its Pacific allies, Russia and Ukraine apart, no organization-only bloc,
// no ended actor), Japan–US balance and alignment positive with the relations behind the tie.
// Expectations come from the same pure modules over the graph.json the page received.
import { expect, test } from '@playwright/test';
import { analyseBlocs, BODY_KINDS } from '../../src/graph/analysis-blocs';
import { analyseBalance } from '../../src/graph/balance';
import { emptyFilters } from '../../src/graph/filters';
import { signedProjection, tieWeight } from '../../src/graph/signed';
import { analysisScope, actorExistsAt } from '../../src/graph/time';
import { visibleView } from '../../src/graph/visible';
import { buildEvidenceIndex, searchEvidence } from '../../src/graph/search';
import { signedKinds } from '../../src/view/analysis-view';
import { BLOC_OTHER } from '../../src/render/style';
import {
  ARTIFACTS,
  graphFrom,
  hook,
  openApp,
  searchOptions,
  servedGraph,
  waitForAnalysis,
} from './helpers';

const SPEC = {
  filters: emptyFilters(),
  hideIsolated: true,
  time: null,
  focus: null,
  outside: 'hide' as const,
};

test('blocs match an analyst’s reading of 2025, with what binds them', async ({ page }) => {
  await openApp(page, '?blocs=on');
  await waitForAnalysis(page);
  await expect(page.getByTestId('blocs-summary')).toBeVisible();
  const graph = graphFrom(await servedGraph(page));
  const color = (id: string) => page.evaluate((node) => window.__alignmap!.nodeColor(node), id);
  // the page's colours: the same bloc, different blocs
  const russia = await color('russia');
  expect(russia).not.toBe(BLOC_OTHER);
  expect(await color('belarus')).toBe(russia);
  const us = await color('united-states');
  for (const id of ['japan', 'australia', 'south-korea']) expect(await color(id)).toBe(us);
  expect(await color('ukraine')).not.toBe(russia);
  expect(us).not.toBe(russia);
  // organizations and agreements are not bloc members: grey, never a bloc's colour
  const scope = analysisScope(graph, visibleView(graph, SPEC));
  if (!scope.ok) throw new Error(scope.message);
  const analysis = analyseBlocs(graph, scope);
  if (!analysis.ok) throw new Error(analysis.message);
  for (const bloc of analysis.result.blocs)
    for (const m of bloc.members) {
      expect(BODY_KINDS.has(graph.getNodeAttribute(m, 'kind'))).toBe(false);
      expect(actorExistsAt(graph.getNodeAttributes(m), scope.date!)).toBe(true);
    }
  expect(await color('brics')).toBe(BLOC_OTHER);
  // the panel says what binds each bloc and how much rests on memberships only
  const blocsSection = page.getByTestId('section-blocs');
  if ((await blocsSection.getAttribute('open')) === null)
    await blocsSection.locator(':scope > summary').click();
  await expect(page.getByTestId('bloc-0-membership')).toBeVisible();
  await expect(page.getByTestId('bloc-0-membership')).toContainText('%');
  await expect(page.getByTestId('blocs-panel')).toContainText('Shared memberships are weak');
  await expect(page.getByTestId('analysis-date')).toContainText(scope.date!, {
    useInnerText: false,
  });
  await page.screenshot({ path: `${ARTIFACTS}answers-blocs.png` });
  await page.getByTestId('blocs-panel').screenshot({ path: `${ARTIFACTS}answers-blocs-panel.png` });
});

test('Japan and the United States: a positive tie in balance and alignment, with its relations', async ({
  page,
}) => {
  await openApp(page, '?node=japan&align=united-states');
  await waitForAnalysis(page);
  const graph = graphFrom(await servedGraph(page));
  const scope = analysisScope(graph, visibleView(graph, SPEC));
  if (!scope.ok) throw new Error(scope.message);
  await expect(page.getByTestId('alignment-score')).toHaveText(/^\+0\.\d\d$/);
  await expect(page.getByTestId('alignment-direct')).toHaveText(/^\+\d/);
  await page.getByTestId('alignment-tie').locator(':scope > summary').click();
  // the tie lists the alliance it comes from, with its evidence
  await expect(
    page.getByTestId('alignment-tie').locator('[data-edge="japan--alliance--united-states"]'),
  ).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}answers-japan-us.png` });

  // balance (direct ties, as the panel computes it): Japan–US positive in every listed triad
  const direct = signedProjection(graph, {
    visibleNodes: scope.visibleNodes,
    visibleEdges: scope.visibleEdges,
    foldPersons: true,
    kinds: signedKinds(false),
    membershipWeight: 0,
  });
  expect(tieWeight(direct, 'japan', 'united-states')).toBeGreaterThan(0);
  expect(tieWeight(direct, 'nato', 'united-states')).toBeGreaterThan(0);
  const balance = analyseBalance(direct, { limit: 50 });
  if (!balance.ok) throw new Error(balance.message);
  await page.getByTestId('section-balance').locator(':scope > summary').click();
  await waitForAnalysis(page);
  await expect(page.getByTestId('balance-summary')).toContainText(
    `${balance.balanceIndex?.toFixed(3)} · ${balance.balanced}/${balance.triangles}`,
  );
  // no listed triad has a hostile Japan–United States tie
  await expect(page.getByText(/Japan — United States: −/)).toHaveCount(0);
  await expect(page.getByText(/NATO — United States: −/)).toHaveCount(0);
});

test('a hidden actor chosen in the search is named as hidden; "Show it" shows it, the camera stays', async ({
  page,
}) => {
  await openApp(page, '?hide-kind=organization');
  const before = await hook(page, (h) => h.camera());
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('NATO');
  await expect(searchOptions(page).first()).toContainText('North Atlantic Treaty Organization');
  await search.press('Enter');
  const note = page.getByTestId('hidden-note');
  await expect(note).toContainText(
    'North Atlantic Treaty Organization is hidden in the current view: its kind is filtered out.',
  );
  // no flight to an empty canvas: the camera has not moved
  expect(await hook(page, (h) => h.camera())).toEqual(before);
  expect(await hook(page, (h) => h.visibleNodeIds())).not.toContain('nato');
  await page.screenshot({ path: `${ARTIFACTS}answers-hidden.png` });
  await page.getByTestId('show-hidden').click();
  await expect(note).toHaveCount(0);
  expect(await hook(page, (h) => h.visibleNodeIds())).toContain('nato');
  await expect(page).not.toHaveURL(/hide-kind=organization/);
  // other organizations came back too (the filter was on the kind), persons were never hidden
  await expect(page.getByRole('checkbox', { name: 'Organization', exact: true })).toBeChecked();
});

test('the United States’ panel shows what Donald Trump did, marked "by Donald Trump"', async ({
  page,
}) => {
  await openApp(page, '?node=united-states');
  const details = page.getByTestId('actor-details');
  const marked = details.getByTestId('by-donald-trump');
  expect(await marked.count()).toBeGreaterThan(0);
  await expect(marked.first()).toHaveText('by Donald Trump');
  // the threatened secondary sanctions are among them
  await expect(
    details.locator('li', { has: page.getByTestId('by-donald-trump') }).filter({
      hasText: /secondary sanctions|二次制裁/,
    }),
  ).not.toHaveCount(0);
});

test('the search box finds relations by their evidence: 「二次制裁」 and "secondary sanctions"', async ({
  page,
}) => {
  await openApp(page);
  const graph = graphFrom(await servedGraph(page));
  const index = buildEvidenceIndex(graph);
  const search = page.getByRole('combobox', { name: 'Search actors' });
  for (const query of ['「二次制裁」', '"secondary sanctions"']) {
    const expected = searchEvidence(index, query, 8);
    expect(expected.length, `relations mentioning ${query}`).toBeGreaterThan(0);
    await search.fill(query);
    const hits = page.getByTestId('evidence-hit');
    await expect(hits).toHaveCount(expected.length);
    await expect(hits.first().locator('mark')).toHaveText(
      expected[0]!.text.slice(expected[0]!.start, expected[0]!.end),
    );
  }
  await page.screenshot({ path: `${ARTIFACTS}answers-search-evidence.png` });
  const first = searchEvidence(index, '"secondary sanctions"', 8)[0]!;
  await page.getByTestId('evidence-hit').first().click();
  await expect(page).toHaveURL(new RegExp(`edge=${first.edge}`));
});

test('"what happened in December 2025": begun-then mode shows exactly the relations that began then, listed in order', async ({
  page,
}) => {
  await openApp(page);
  const served = await servedGraph(page);
  const starts = served.edges.map((e) => e.attributes?.start);
  const december = served.edges.filter(
    (e) => typeof e.attributes?.start === 'string' && e.attributes.start.startsWith('2025-12'),
  );
  const undated = served.edges.filter((e) => !e.attributes?.start && !e.attributes?.end).length;
  expect(december.length, 'relations that began in December 2025').toBeGreaterThan(5);
  expect(starts.length).toBe(served.edges.length);

  // one range control with two handles over 2025; the begun-then mode
  await page.getByRole('radio', { name: 'Range', exact: true }).check();
  await page.getByTestId('time-when-started').check();
  await page.getByTestId('time-from').fill('334'); // 2025-12-01
  await page.getByTestId('time-to').fill('364'); // 2025-12-31
  await expect(page).toHaveURL(/from=2025-12-01&to=2025-12-31/);
  await expect(page).toHaveURL(/when=started/);
  await expect.poll(() => hook(page, (h) => h.counts.visibleEdges)).toBe(december.length);
  await expect(page.getByTestId('time-summary')).toHaveText(
    `${december.length} begun in these dates · ${undated} undated left out`,
  );

  // the chronology lists them, oldest first, each with its evidence
  await page.getByTestId('chronology-open').click();
  const items = page.getByTestId('chronology-item');
  await expect(items).toHaveCount(december.length);
  const listed = await items.evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-edge'), el.getAttribute('data-from')] as const),
  );
  expect(new Set(listed.map(([edge]) => edge))).toEqual(new Set(december.map((e) => e.key)));
  const days = listed.map(([, from]) => from ?? '');
  expect(days).toEqual([...days].sort());
  expect(days[0]! >= '2025-12-01' && days.at(-1)! <= '2025-12-31').toBe(true);
  await expect(items.first().getByText(/Evidence|根拠/)).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}answers-december.png` });

  // in force over the same days is a much larger picture (what the time bar showed before)
  await page.getByTestId('time-when-active').check();
  await expect(page).not.toHaveURL(/when=/);
  await expect
    .poll(() => hook(page, (h) => h.counts.visibleEdges))
    .toBeGreaterThan(december.length * 5);

  // Play in the begun-then mode steps month by month: from the end of the span it starts again
  // with January, then February
  await page.getByTestId('time-when-started').check();
  await page.getByTestId('time-play').click();
  await expect(page).toHaveURL(/from=2025-01-01&to=2025-01-31/);
  await expect(page).toHaveURL(/from=2025-02-01&to=2025-02-28/);
  await page.getByTestId('time-play').click();
  await expect(page.getByTestId('time-play')).toHaveAttribute('aria-pressed', 'false');
});
