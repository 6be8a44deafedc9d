// Errors shown in the page, history, the table view and the layout controls.
import { expect, test, type Page } from '@playwright/test';
import { hook, openApp, searchBox, searchOptions, servedGraph, waitForLayout } from './helpers';

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
    'node #1 ("x"): expected attributes.labelJa to be a string, got nothing',
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

  // In the Japanese interface the warnings are Japanese, and follow a language switch.
  await openApp(page, '?lang=ja&size=bogus');
  await expect(warnings).toContainText('警告');
  await expect(warnings.locator('li')).toHaveText([
    'URL パラメーター「size」には degree、pagerank、betweenness のいずれかを指定してください（指定値:「bogus」）',
  ]);
  await page.screenshot({ path: 'tests/e2e/artifacts/warning-ja.png' });
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(warnings.locator('li')).toHaveText([
    'URL parameter "size": expected one of degree, pagerank, betweenness, got "bogus"',
  ]);
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
  const n = data.edges.length;
  const count = (k: number) => k.toLocaleString('en-US');
  await page.getByRole('radio', { name: 'Table' }).check();
  const table = page.getByTestId('relations-table');
  const range = page.getByTestId('table-range');
  // One page of 100 rows in the DOM; the range says which of all the visible relations they are.
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(100, n));
  await expect(range).toHaveText(`Rows 1–${Math.min(100, n)} of ${count(n)}`);
  await expect(table.locator('caption')).toHaveText(`Visible relations (${count(n)})`);
  const typeHeader = table.getByRole('columnheader', { name: 'Type' });
  await typeHeader.getByRole('button').click();
  await expect(typeHeader).toHaveAttribute('aria-sort', 'ascending');
  const first = await table.locator('tbody tr td:nth-child(2)').first().textContent();
  await typeHeader.getByRole('button').click();
  await expect(typeHeader).toHaveAttribute('aria-sort', 'descending');
  const firstDesc = await table.locator('tbody tr td:nth-child(2)').first().textContent();
  expect(first).not.toBe(firstDesc);

  // Paging, by keyboard: the sort covers all rows, pages are slices of it.
  expect(n).toBeGreaterThan(250);
  const pager = page.getByRole('navigation', { name: 'Table pages' });
  const firstRowId = async () => table.locator('tbody tr').first().textContent();
  const page1 = await firstRowId();
  await pager.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(range).toHaveText(`Rows 101–200 of ${count(n)}`);
  expect(await firstRowId()).not.toBe(page1);
  await expect(pager.getByRole('spinbutton', { name: 'Page' })).toHaveValue('2');
  await pager.getByRole('button', { name: 'Last page' }).click();
  const lastFirst = Math.floor((n - 1) / 100) * 100 + 1;
  await expect(range).toHaveText(`Rows ${count(lastFirst)}–${count(n)} of ${count(n)}`);
  await expect(table.locator('tbody tr')).toHaveCount(n - lastFirst + 1);
  await expect(pager.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await pager.getByRole('spinbutton', { name: 'Page' }).fill('1');
  await pager.getByRole('spinbutton', { name: 'Page' }).press('Enter');
  await expect(range).toHaveText(`Rows 1–100 of ${count(n)}`);
  expect(await firstRowId()).toBe(page1);
  await pager.getByRole('combobox', { name: 'Rows per page' }).selectOption('250');
  await expect(table.locator('tbody tr')).toHaveCount(250);
  await expect(range).toHaveText(`Rows 1–250 of ${count(n)}`);

  await page.getByRole('checkbox', { name: 'Member of', exact: true }).uncheck();
  const members = data.edges.filter((e) => e.attributes!.relation === 'member_of').length;
  const visible = n - members;
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(250, visible));
  await expect(range).toHaveText(`Rows 1–${Math.min(250, visible)} of ${count(visible)}`);
  await page.screenshot({ path: 'tests/e2e/artifacts/table.png' });
  await table.locator('tbody tr').first().getByRole('button').nth(1).click();
  await expect(page.getByTestId('edge-details')).toBeVisible();
});

test('a relation selected outside the table is shown on its page', async ({ page }) => {
  await openApp(page);
  const data = await servedGraph(page);
  // The relation whose source comes last by label: on the last page of the default sort.
  const label = new Map(data.nodes.map((nd) => [nd.key, String(nd.attributes?.label ?? '')]));
  const collator = new Intl.Collator('en');
  const last = [...data.edges].sort(
    (a, b) =>
      collator.compare(label.get(a.source)!, label.get(b.source)!) ||
      collator.compare(a.key!, b.key!),
  )[data.edges.length - 1]!;
  await openApp(page, `?view=table&edge=${last.key}`);
  const lastFirst = Math.floor((data.edges.length - 1) / 100) * 100 + 1;
  await expect(page.getByTestId('table-range')).toHaveText(
    new RegExp(`^Rows ${lastFirst.toLocaleString('en-US')}–`),
  );
  await expect(page.getByTestId('relations-table').locator('tbody tr.selected')).toHaveCount(1);
});

test('layout Run/Stop/Reset controls the worker; search works by keyboard only', async ({
  page,
}) => {
  await openApp(page);
  // The bundled graph's layout settles within a few hundred ms, so a separate Playwright click on
  // "Stop layout" races the worker's own stop. Click Run, then Stop, inside one page task: the
  // worker's answer (a message, i.e. a later task) cannot arrive in between.
  const clicked = await page.evaluate(async () => {
    const button = (name: string) =>
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    button('Run layout')?.click();
    for (let i = 0; i < 50 && !button('Stop layout'); i++) await Promise.resolve();
    const stop = button('Stop layout');
    stop?.click();
    return stop ? 'stopped' : 'no Stop button after Run';
  });
  expect(clicked).toBe('stopped');
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

// Hostile input (issue 13): prototype ids, deep nesting, ids with spaces, unknown align=.

async function importBuffer(page: Page, name: string, text: string) {
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await page
    .getByTestId('import-input')
    .setInputFiles([{ name, mimeType: 'text/plain', buffer: Buffer.from(text) }]);
}

test('a CSV edge to "__proto__" is refused with its row; nothing breaks, a reload starts clean', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openApp(page);
  const before = await hook(page, (h) => h.counts);
  await importBuffer(page, 'proto.csv', 'source,target\nJapan,__proto__\n');
  await expect(page.getByTestId('import-error-list')).toContainText(
    'row 2: node id "__proto__" is a name every JavaScript object already has (Object.prototype)',
  );
  await page.getByTestId('import-dialog').screenshot({ path: 'tests/e2e/artifacts/proto-csv.png' });
  await page.getByRole('button', { name: 'Close', exact: true }).last().click();
  expect(await hook(page, (h) => h.counts)).toEqual(before);
  expect(await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).length)).toBe(12);
  await page.reload();
  await waitForLayout(page);
  await expect(page.getByTestId('dataset-bar')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a stored import that cannot be shown falls back to the default dataset with a message', async ({
  page,
}) => {
  await openApp(page);
  // What an older version stored after importing a file with a node "__proto__".
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('alignmap', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('datasets');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const attrs = { label: 'A', labelJa: 'A', kind: 'state', aliases: [] };
    const record = {
      name: 'proto.csv',
      importedAt: '2025-01-01T00:00:00.000Z',
      files: ['proto.csv'],
      format: 'csv',
      active: true,
      graph: {
        nodes: [
          { key: 'a', attributes: attrs },
          { key: '__proto__', attributes: attrs },
        ],
        edges: [],
      },
    };
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('datasets', 'readwrite');
      tx.objectStore('datasets').put(record, 'imported');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  await waitForLayout(page);
  await expect(page.getByTestId('storage-message')).toContainText(
    'stored import "proto.csv": node #2: node id "__proto__"',
  );
  await expect(page.getByTestId('storage-message')).toContainText('showing the default dataset');
  expect(await hook(page, (h) => h.counts.nodes)).toBeGreaterThan(10);
  await page.reload(); // the record was removed: the next start is clean
  await waitForLayout(page);
  await expect(page.getByTestId('storage-message')).toHaveCount(0);
});

test('a JSON attribute nested 5,000 deep ends in an error in the dialog, not a hung progress bar', async ({
  page,
}) => {
  await openApp(page);
  const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
  await importBuffer(page, 'deep.json', `{"nodes":[{"key":"n1","attributes":{"x":${deep}}}]}`);
  await expect(page.getByTestId('import-error-list')).toContainText(
    'nodes[0] (key "n1"): attribute "x" nests lists or objects more than 100 levels deep',
    { timeout: 10_000 },
  );
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
});

test('imported ids with spaces select, share in the URL and survive a reload', async ({ page }) => {
  await openApp(page);
  await importBuffer(
    page,
    'edges.csv',
    'source,target\nUnited States,Japan\nJapan,"Korea, South"\n',
  );
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await waitForLayout(page);
  await searchBox(page).fill('United');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/[?&]node=United\+States/);
  await page.goto(`./?node=${encodeURIComponent('Korea, South')}&align=Japan`);
  await waitForLayout(page);
  await expect(page.getByTestId('actor-details').getByRole('heading', { level: 2 })).toHaveText(
    'Korea, South',
  );
  await expect(page.getByTestId('warnings')).toHaveCount(0);
  await page.getByTestId('dataset-bar').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('dataset-bar')).toHaveCount(0);
});

test('align= naming no actor is dropped with a warning and leaves the URL', async ({ page }) => {
  await openApp(page, '?align=zzz&node=japan');
  await expect(page.getByTestId('warnings')).toContainText(
    'URL parameter "align": no actor "zzz" in the data; ignored',
  );
  await expect(page).toHaveURL(/node=japan/);
  await expect(page).not.toHaveURL(/align=/);
});
