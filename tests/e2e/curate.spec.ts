// Curation in the browser: paste the paragraphs of seed 003, find the Shoigu–Wang Yi consultation of
// 2 December 2025 with its sentence as the quote, refuse a quote the text does not contain, accept,
// undo/redo on the graph, and export a zip of graph-data/ files that `npm run validate` accepts.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { validateDir } from '../../src/model/load-dir';
import { copyWithChanges, ROOT, SEEDS_DIR } from '../unit/helpers/graph-data-files';
import { hook, openApp, waitForLayout } from './helpers';

const TEXT = readFileSync(
  new URL('../fixtures/curate/seed-003-paragraphs.txt', import.meta.url),
  'utf8',
);
const QUOTE =
  'ロシアの安全保障政策を担うセルゲイ・ショイグ安全保障会議書記と、中国の王毅外相が12月2日、モスクワで戦略安全保障協議に臨む。';
const SOURCE_ID = 'article-20251202-sino-russian-security-talks';
const NEW_ID = 'sergei-shoigu--negotiation--wang-yi-2025-12-02';

const edges = (page: Page) => hook(page, (h) => h.counts.edges);

async function pasteArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Curate/ }).click();
  const form = page.getByRole('form', { name: 'Article' });
  await form.getByLabel('Title').fill('Sino-Russian security talks');
  await form.getByLabel('Publisher').fill('Test desk');
  await form.getByLabel('Date').fill('2025-12-02');
  await form.getByLabel('Article text (pasted)').fill(TEXT);
  await expect(form.getByText(SOURCE_ID)).toBeVisible();
  await form.getByRole('button', { name: 'Add source and find candidates' }).click();
}

/** The Shoigu–Wang Yi candidate whose quote is the 2 December sentence. */
async function shoiguCandidate(page: Page): Promise<Locator> {
  const rows = page.locator('li.candidate[data-key$=":sergei-shoigu:wang-yi"]');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    if ((await row.getByRole('textbox', { name: 'Quote (verbatim)' }).inputValue()) === QUOTE)
      return row;
  }
  throw new Error('no Shoigu–Wang Yi candidate with the 2 December sentence');
}

test('an article becomes a checked relation; undo restores the graph; the export validates', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  const before = await edges(page);
  await pasteArticle(page);
  const row = await shoiguCandidate(page);
  await expect(row.getByRole('combobox', { name: 'Type' })).toHaveValue('negotiation');
  await expect(row.getByRole('textbox', { name: 'Date' })).toHaveValue('2025-12-02');
  await expect(row).toContainText('adds evidence to china--negotiation--russia-2025-12-02');

  // a quote the pasted text does not contain is refused, with the validator's message, and nothing changes
  await row.getByRole('checkbox').uncheck();
  const quote = row.getByRole('textbox', { name: 'Quote (verbatim)' });
  await quote.fill('ショイグ氏と王毅氏は同盟を結んだ。');
  await row.getByRole('button', { name: 'Accept' }).click();
  await expect(row.getByRole('alert')).toHaveText(
    `relation "${NEW_ID}": quote not found verbatim in source "${SOURCE_ID}": "ショイグ氏と王毅氏は同盟を結んだ。"`,
  );
  expect(await edges(page)).toBe(before);

  // the sentence itself is accepted: one relation more on the graph
  await quote.fill(QUOTE);
  await row.getByRole('button', { name: 'Accept' }).click();
  await expect(row).toContainText('accepted');
  await expect.poll(() => edges(page)).toBe(before + 1);
  await expect.poll(() => hook(page, (h) => h.visibleNodeIds().includes('wang-yi'))).toBe(true);

  // undo restores the graph, redo brings the relation back
  await page.getByRole('tab', { name: /^Pending/ }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => edges(page)).toBe(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => edges(page)).toBe(before + 1);

  // the reviewer's list shows it with who added it
  await page.getByRole('tab', { name: 'Added since' }).click();
  await expect(
    page.getByRole('button', { name: /Sergei Shoigu — Wang Yi · Negotiation/ }),
  ).toBeVisible();
  // as a filter of the graph: only what was added since today (the relation's added.at) is shown
  await page.getByLabel('Relations added since').fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel('Show only these relations on the graph').check();
  await expect.poll(() => edges(page)).toBe(1);
  await page.getByLabel('Show only these relations on the graph').uncheck();
  await expect.poll(() => edges(page)).toBe(before + 1);

  // export: a zip of the changed graph-data/ files, which the validator accepts as they are
  await page.getByRole('tab', { name: /^Pending/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export changed files (zip)' }).click(),
  ]);
  const zip = unzipSync(readFileSync((await download.path()) ?? ''));
  expect(Object.keys(zip).sort()).toEqual([
    'graph-data/relations/curated.yaml',
    'graph-data/sources.yaml',
    `graph-data/texts/${SOURCE_ID}.txt`,
  ]);
  expect(strFromU8(zip[`graph-data/texts/${SOURCE_ID}.txt`]!)).toBe(TEXT);
  const files = new Map(
    Object.entries(zip).map(([path, bytes]) => [
      path.replace(/^graph-data\//, ''),
      strFromU8(bytes),
    ]),
  );
  const dir = copyWithChanges(files);
  try {
    const result = validateDir(dir, { seedsDir: SEEDS_DIR });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.dataset?.relations.find((r) => r.id === NEW_ID)?.evidence).toEqual([
      { source: SOURCE_ID, quote: QUOTE },
    ]);
    const out = execFileSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'scripts', 'validate.ts'), dir, ...(SEEDS_DIR ? ['--seeds', SEEDS_DIR] : [])],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/^validate: \d+ actors, \d+ relations/);
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }

  // pending changes survive a reload (IndexedDB): the relation is still on the graph
  await page.reload();
  await waitForLayout(page);
  await expect.poll(() => edges(page), { timeout: 30_000 }).toBe(before + 1);
});
