// The ego picture from the export dialog: with Russia focused the dialog offers the rings picture
// by default, titled from the focus; the downloaded SVG is named from the view and draws only
// Russia's own relations, until "ties among the neighbours" is ticked.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, openApp, servedGraph } from './helpers';

async function download(page: Page): Promise<{ name: string; svg: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-run').click(),
  ]);
  return { name: file.suggestedFilename(), svg: readFileSync(await file.path(), 'utf8') };
}

const drawnEdges = (svg: string) =>
  [...svg.matchAll(/data-source="([^"]+)" data-target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]);

test('ego picture of Russia: rings by default, its own relations, named from the view', async ({
  page,
}) => {
  const graph = await servedGraph(page);
  expect(
    graph.nodes.some((n) => n.key === 'russia'),
    'the served graph has Russia',
  ).toBe(true);
  await openApp(page, '?focus=russia&lang=ja');
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await expect(dialog.getByTestId('export-crop-rings')).toBeChecked();
  await expect(dialog.getByTestId('export-title')).toHaveValue('ロシアの関係(深さ1)');
  await expect(dialog.getByTestId('export-neighbour-ties')).not.toBeChecked();
  await dialog.getByTestId('export-embed-font').uncheck();
  await dialog.screenshot({ path: `${ARTIFACTS}export-ego-dialog.png` });
  const plain = await download(page);
  expect(plain.name).toMatch(/^russia-depth1-\d{4}(-\d{4})?\.svg$/);
  const own = drawnEdges(plain.svg);
  expect(own.length).toBeGreaterThan(0);
  for (const [s, t] of own) expect([s, t]).toContain('russia');

  await page.getByTestId('open-export').click();
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByTestId('export-neighbour-ties').check();
  await dialog.getByTestId('export-embed-font').uncheck();
  const ties = drawnEdges((await download(page)).svg);
  expect(ties.length).toBeGreaterThan(own.length);
  expect(ties.some(([s, t]) => s !== 'russia' && t !== 'russia')).toBe(true);
});
