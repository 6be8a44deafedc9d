// Errors shown in the page, history, the table view and the layout controls.
import { expect, test } from '@playwright/test';
import { hook, openApp, searchBox, searchOptions, servedGraph } from './helpers';

test('a missing graph.json shows what to run, not a blank page', async ({ page }) => {
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto('./');
  const error = page.getByTestId('data-error');
  await expect(error).toContainText('data/graph.json: the server answered 404');
  await expect(error).toContainText('npm run build:data');
});

test('an invalid graph.json names the element that is wrong', async ({ page }) => {
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        nodes: [{ key: 'x', attributes: { label: 'X', kind: 'state', aliases: [] } }],
        edges: [],
      }),
    }),
  );
  await page.goto('./');
  await expect(page.getByTestId('data-error')).toContainText(
    'node #1 ("x"): expected attributes.labelJa to be a string',
  );
});

test('bad URL parameters give a visible warning and the app still works', async ({ page }) => {
  await openApp(page, '?lang=xx&hide-rel=sanction,nonsense&node=no-such-actor&cam=1,2');
  const warnings = page.getByTestId('warnings');
  await expect(warnings).toContainText('"lang": expected en or ja, got "xx"');
  await expect(warnings).toContainText('unknown relation type "nonsense"');
  await expect(warnings).toContainText('no actor "no-such-actor"');
  await expect(warnings).toContainText('"cam": expected x,y,ratio');
  await expect(page.getByRole('checkbox', { name: 'Sanction', exact: true })).not.toBeChecked();
  await expect(page).toHaveURL(/\?lang=en&hide-rel=sanction$/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warnings).toHaveCount(0);
});

test('browser back/forward walk through filter and selection changes', async ({ page }) => {
  await openApp(page);
  const box = page.getByRole('checkbox', { name: 'Trade', exact: true });
  await box.uncheck();
  await expect(page).toHaveURL(/hide-rel=trade/);
  await searchBox(page).fill('putin');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/node=vladimir-putin/);
  await page.goBack();
  await expect(page.getByTestId('actor-details')).toHaveCount(0);
  await expect(box).not.toBeChecked();
  await page.goBack();
  await expect(box).toBeChecked();
  await page.goForward();
  await expect(box).not.toBeChecked();
  await page.goForward();
  await expect(page.getByTestId('actor-details')).toBeVisible();
});

test('the relations table lists the visible relations and sorts by column', async ({ page }) => {
  await openApp(page);
  const data = await servedGraph(page);
  await page.getByRole('radio', { name: 'Table' }).check();
  const table = page.getByTestId('relations-table');
  await expect(table.locator('tbody tr')).toHaveCount(data.edges.length);
  const typeHeader = table.getByRole('columnheader', { name: 'Type' });
  await typeHeader.getByRole('button').click();
  await expect(typeHeader).toHaveAttribute('aria-sort', 'ascending');
  const first = await table.locator('tbody tr td:nth-child(2)').first().textContent();
  await typeHeader.getByRole('button').click();
  await expect(typeHeader).toHaveAttribute('aria-sort', 'descending');
  const firstDesc = await table.locator('tbody tr td:nth-child(2)').first().textContent();
  expect(first).not.toBe(firstDesc);
  await page.getByRole('checkbox', { name: 'Member of', exact: true }).uncheck();
  const members = data.edges.filter((e) => e.attributes!.relation === 'member_of').length;
  await expect(table.locator('tbody tr')).toHaveCount(data.edges.length - members);
  await page.screenshot({ path: 'tests/e2e/artifacts/table.png' });
  await table.locator('tbody tr').first().getByRole('button').nth(1).click();
  await expect(page.getByTestId('edge-details')).toBeVisible();
});

test('layout Run/Stop/Reset controls the worker; search works by keyboard only', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Run layout' }).click();
  await expect(page.getByTestId('status-layout')).toHaveAttribute('data-running', 'true');
  await page.getByRole('button', { name: 'Stop layout' }).click();
  await expect(page.getByTestId('status-layout')).toHaveAttribute('data-running', 'false');
  expect(await hook(page, (h) => h.layout.lastStop)).toBe('user');
  await page.getByRole('button', { name: 'Reset (un-pin)' }).click();
  await page.waitForFunction(() => window.__alignmap?.layout.lastStop !== 'user', null, {
    timeout: 30_000,
  });

  await searchBox(page).focus();
  await page.keyboard.type('Ru');
  const options = searchOptions(page);
  expect(await options.count()).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = (await options.nth(1).locator('.primary').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('actor-details').getByRole('heading', { level: 2 })).toHaveText(
    second,
  );
});
