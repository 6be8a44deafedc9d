// Foreign data keeps its look (issue 12): a Gephi GEXF (lesmis-like, modularity_class partition
// coloured by Gephi) shows the file's colours on screen, a partition legend from modularity_class
// with those colours, lists only the built-in categories it uses, and any attribute can colour,
// size and filter.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, graphShot, hook, openApp, waitForLayout } from './helpers';

const LESMIS = fileURLToPath(new URL('../fixtures/io/lesmis-gephi.gexf', import.meta.url));

async function importLesmis(page: Page) {
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await page.getByTestId('import-input').setInputFiles(LESMIS);
  await expect(page.getByTestId('dataset-source')).toContainText('lesmis-gephi.gexf');
  await waitForLayout(page);
}

/** Pixels of the graph picture within `tol` (per channel) of each colour. */
async function colourPixels(page: Page, png: Buffer, colours: [number, number, number][]) {
  return page.evaluate(
    `(async () => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(png.toString('base64'))}), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = ${JSON.stringify(colours)};
      return colours.map(([r, g, b]) => {
        let n = 0;
        for (let i = 0; i < d.length; i += 4)
          if (Math.abs(d[i] - r) <= 6 && Math.abs(d[i + 1] - g) <= 6 && Math.abs(d[i + 2] - b) <= 6) n++;
        return n;
      });
    })()`,
  ) as Promise<number[]>;
}

test('a Gephi GEXF keeps its colours and shows a partition legend from modularity_class', async ({
  page,
}) => {
  await openApp(page);
  await importLesmis(page);
  expect(await hook(page, (h) => h.counts.nodes)).toBe(12);

  // the file's colours, as the legend of the attribute they show
  const appearance = page.getByTestId('appearance');
  await expect(appearance).toBeVisible();
  await expect(page.getByTestId('colour-by')).toHaveValue('file');
  const legend = page.getByTestId('partition-legend');
  await expect(legend).toHaveAttribute('aria-label', 'modularity_class');
  await expect(legend.locator('li')).toHaveText([/^\s*0\s+4$/, /^\s*1\s+4$/, /^\s*2\s+4$/]);
  const swatches = await legend
    .locator('.swatch')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(swatches).toEqual(['rgb(235, 81, 72)', 'rgb(60, 120, 216)', 'rgba(108, 190, 96, 0.8)']);

  // on screen: the two opaque Gephi colours are drawn (the third is blended with its alpha)
  const shot = await graphShot(page, 'appearance-lesmis');
  const [red, blue] = await colourPixels(page, shot, [
    [235, 81, 72],
    [60, 120, 216],
  ]);
  expect(red).toBeGreaterThan(50);
  expect(blue).toBeGreaterThan(50);
  await page.screenshot({ path: `${ARTIFACTS}appearance-lesmis-page.png` });

  // no empty built-in categories: the file uses one relation type and one kind
  const relations = page.getByTestId('filter-relations').locator('li');
  await expect(relations).toHaveCount(1);
  await expect(page.getByTestId('filter-kinds').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('filter-statuses').locator('li')).toHaveCount(1);
});

test('any attribute colours (partition), sizes (ranking) and filters the actors', async ({
  page,
}) => {
  await openApp(page);
  await importLesmis(page);

  // colour by Degree: a partition of its values with a legend
  await page.getByTestId('colour-by').selectOption('attr:Degree');
  const legend = page.getByTestId('partition-legend');
  await expect(legend).toHaveAttribute('aria-label', 'Degree');
  // most frequent value first: five actors have degree 2, four degree 3, one each 1, 4 and 7
  const order = await legend
    .locator('li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  expect(order).toEqual(['2', '3', '1', '4', '7']);

  // filter by modularity_class: unticking class 2 hides its four actors
  await page.getByTestId('filter-attribute').selectOption('modularity_class');
  const values = page.getByTestId('filter-attribute-values');
  await values.getByRole('checkbox').nth(2).uncheck();
  await expect.poll(() => hook(page, (h) => h.counts.visibleNodes)).toBe(8);
  await values.getByRole('checkbox').nth(2).check();
  await expect.poll(() => hook(page, (h) => h.counts.visibleNodes)).toBe(12);

  // size by a numeric attribute
  await page.getByTestId('size-by').selectOption('attr:Degree');
  await expect(page.getByTestId('size-by')).toHaveValue('attr:Degree');
});

test("relations keep the file's colours and weights; an edge attribute colours and filters them", async ({
  page,
}) => {
  await openApp(page);
  await importLesmis(page);

  // the edges' custom Gephi colours, with the legend of the column they show
  await expect(page.getByTestId('edge-colour-by')).toHaveValue('file');
  const legend = page.getByTestId('edge-partition-legend');
  await expect(legend).toHaveAttribute('aria-label', 'Setting');
  await expect(legend.locator('li')).toHaveText([
    /^\s*church\s+6$/,
    /^\s*street\s+6$/,
    /^\s*family\s+5$/,
  ]);
  const swatches = await legend
    .locator('.swatch')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(swatches).toEqual(['rgb(243, 156, 18)', 'rgb(127, 140, 141)', 'rgb(22, 160, 133)']);

  // widths follow the weights: Gephi's 31 is the widest, 1 the thinnest (1 → 6 px before fading)
  await expect(page.getByTestId('edge-size-by')).toHaveValue('file');
  const [heavy, light] = await hook(page, (h) => [h.edgeSize('7'), h.edgeSize('0')]);
  expect(heavy! / light!).toBeCloseTo(6, 5);

  // on screen: the orange church edges, faded as unverified (30 % towards the background)
  const shot = await graphShot(page, 'appearance-lesmis-edges');
  const fade = (c: number, bg: number) => Math.round(c + (bg - c) * 0.3);
  const [orange] = await colourPixels(page, shot, [
    [fade(243, 252), fade(156, 252), fade(18, 250)],
  ]);
  // (thin lines: a few dozen pixels of the exact colour; none without the file's edge colours)
  expect(orange).toBeGreaterThan(10);

  // filter by Setting: unticking family hides its five relations and the two actors left alone
  await page.getByTestId('edge-filter-attribute').selectOption('Setting');
  const values = page.getByTestId('filter-edge-attribute-values');
  await expect(values.getByTestId('count-edge-attribute-values-family')).toHaveText('5/5');
  await values.getByRole('checkbox').nth(2).uncheck();
  await expect.poll(() => hook(page, (h) => h.counts.visibleEdges)).toBe(12);
  expect(await hook(page, (h) => h.counts.visibleNodes)).toBe(10);
  await expect(values.getByTestId('count-edge-attribute-values-family')).toHaveText('0/5');
  await page.screenshot({ path: `${ARTIFACTS}appearance-lesmis-edges-page.png` });

  // the choice is in the URL and survives a reload (the imported file is kept too)
  await expect
    .poll(() => new URL(page.url()).searchParams.get('edge-filter'))
    .toBe('Setting:hide:family');
  await page.reload();
  await waitForLayout(page);
  await expect(page.getByTestId('dataset-source')).toContainText('lesmis-gephi.gexf');
  await expect.poll(() => hook(page, (h) => h.counts.visibleEdges)).toBe(12);
  await expect(page.getByTestId('edge-filter-attribute')).toHaveValue('Setting');

  // back to the app's relation colours: no legend
  await page.getByTestId('edge-colour-by').selectOption('default');
  await expect(legend).toHaveCount(0);
});

test('the exported picture legend shows the partitions and what sizes and widths show', async ({
  page,
}) => {
  await openApp(page);
  await importLesmis(page);
  await page.getByTestId('size-by').selectOption('attr:Degree');

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-run').click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  writeFileSync(`${ARTIFACTS}appearance-lesmis-export.svg`, svg);
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  for (const t of [
    'Relations: Setting',
    'church',
    'street',
    'family',
    'Actors: modularity_class',
    '0',
    '1',
    '2',
    'Actor size: Degree',
    'Relation width: the file&apos;s weight',
  ])
    expect(texts).toContain(t);
  // not the app's categories: the file's relations are not "Related", its actors not "Unknown"
  expect(texts).not.toContain('Related');
  expect(texts).not.toContain('Unknown');
});
