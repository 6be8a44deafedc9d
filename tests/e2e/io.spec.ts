// Import and export in the browser: importing replaces the graph only on success and survives a
// reload (IndexedDB); failures are listed with their location and leave the graph drawn; markup in
// imported text stays text; exported SVG/PNG/GEXF files contain exactly the visible subgraph.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  ARTIFACTS,
  fractionAt,
  graphShot,
  hook,
  isInk,
  openApp,
  pixelStats,
  positionsOf,
  waitForLayout,
} from './helpers';

const FIXTURES = fileURLToPath(new URL('../fixtures/io/', import.meta.url));
const GEXF = `${FIXTURES}gephi-0.10.gexf`;

async function counts(page: Page) {
  return hook(page, (h) => h.counts);
}

/** Picks files in the import dialog (opening it first). */
async function importFiles(
  page: Page,
  files: string | { name: string; mimeType: string; buffer: Buffer }[],
) {
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await page.getByTestId('import-input').setInputFiles(files);
}

/** Opens the export dialog, picks a format (and options), clicks Download, returns the file. */
async function exportFile(
  page: Page,
  format: string,
  options: (page: Page) => Promise<void> = async () => {},
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: format }).check();
  await options(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-run').click(),
  ]);
  const path = await download.path();
  await expect(dialog).toHaveCount(0);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

let cspViolations: string[] = [];

test.beforeEach(async ({ page }) => {
  // nothing a file contains may open a browser dialog (alert, confirm, prompt)
  page.on('dialog', (d) => {
    throw new Error(`unexpected browser dialog: ${d.type()} "${d.message()}"`);
  });
  // the Content Security Policy (index.html) must not block anything the app does (workers too)
  cspViolations = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
});

test.afterEach(() => {
  expect(cspViolations).toEqual([]);
});

test('a Gephi GEXF replaces the graph, survives a reload, and the default is one click away', async ({
  page,
}) => {
  await openApp(page);
  const before = await counts(page);
  const workers = page.workers().length; // FA2 layout + analysis
  const nodes = (readFileSync(GEXF, 'utf8').match(/<node /g) ?? []).length;
  const edges = (readFileSync(GEXF, 'utf8').match(/<edge /g) ?? []).length;

  await importFiles(page, GEXF);
  await expect(page.getByTestId('dataset-source')).toContainText('Imported: gephi-0.10.gexf');
  await expect(page.getByTestId('import-dialog')).toHaveCount(0); // closes when all went well
  await waitForLayout(page);
  expect(await counts(page)).toMatchObject({ nodes, edges, visibleNodes: nodes });
  await expect(page.getByTestId('status-actors')).toHaveText(`${nodes}/${nodes} actors`);
  // the file's edges carry relation="alliance" etc.; certainty is filled as unverified
  await expect(page.getByTestId('count-certainties-unverified')).toHaveText(`${edges}/${edges}`);
  await expect(page.getByRole('checkbox', { name: 'Unverified', exact: true })).toBeChecked();
  // the old view's FA2 worker and the import worker are gone: as many workers as before
  await expect.poll(() => page.workers().length).toBe(workers);
  const shot = await graphShot(page, 'io-imported-gexf');
  expect((await pixelStats(page, shot)).ink).toBeGreaterThan(500);
  // not just some ink: every imported actor is drawn where the renderer placed it
  const ids = await hook(page, (h) => h.visibleNodeIds());
  const drawn = await fractionAt(page, shot, await positionsOf(page, ids), isInk);
  expect(drawn.n).toBe(nodes);
  expect(drawn.fraction).toBeGreaterThan(0.9);
  await page.screenshot({ path: `${ARTIFACTS}io-imported-page.png` });

  await page.reload();
  await waitForLayout(page);
  await expect(page.getByTestId('dataset-source')).toContainText('gephi-0.10.gexf');
  expect((await counts(page)).nodes).toBe(nodes);

  await page.getByRole('button', { name: 'Back to default dataset' }).click();
  await expect.poll(async () => (await counts(page)).nodes).toBe(before.nodes);
  await waitForLayout(page);
  expect(await counts(page)).toMatchObject(before);
  await expect(page.getByTestId('dataset-stored')).toContainText('gephi-0.10.gexf');

  // the choice is remembered: a reload shows the default, the import can be opened again
  await page.reload();
  await waitForLayout(page);
  expect((await counts(page)).nodes).toBe(before.nodes);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect.poll(async () => (await counts(page)).nodes).toBe(nodes);
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect.poll(async () => (await counts(page)).nodes).toBe(before.nodes);
  await expect(page.getByTestId('dataset-bar')).toHaveCount(0);
  await page.reload();
  await waitForLayout(page);
  expect((await counts(page)).nodes).toBe(before.nodes);
});

test('a reopened import shows its actors where they were left, a dragged one pinned there, without a layout run', async ({
  page,
}) => {
  await openApp(page);
  await importFiles(page, GEXF);
  await expect(page.getByTestId('dataset-source')).toContainText('Imported: gephi-0.10.gexf');
  await expect.poll(async () => (await hook(page, (h) => h.counts)).visibleNodes).toBe(4);
  await waitForLayout(page);
  const ids = await hook(page, (h) => h.visibleNodeIds());
  const graphBox = (await page.getByTestId('graph').boundingBox())!;
  // drag the first actor 80 px to the right: it stays pinned where it is let go
  const [at] = await positionsOf(page, ids.slice(0, 1));
  await page.mouse.move(graphBox.x + at!.x, graphBox.y + at!.y);
  await page.mouse.down();
  await page.mouse.move(graphBox.x + at!.x + 80, graphBox.y + at!.y, { steps: 6 });
  await page.mouse.up();
  await waitForLayout(page);
  const left = await page.evaluate(
    (list) => list.map((id) => window.__alignmap!.graphPosition(id)),
    ids,
  );
  expect(left[0]!.fixed).toBe(true);
  expect(left.slice(1).every((p) => !p!.fixed)).toBe(true);
  // the positions reach IndexedDB in a task after the drag: wait for the dragged one's there
  const saved = (x: number) =>
    page.evaluate(
      (target) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('alignmap');
          open.onsuccess = () => {
            const get = open.result
              .transaction('datasets')
              .objectStore('datasets')
              .get('positions');
            get.onsuccess = () => {
              open.result.close();
              const record = get.result as { x?: Float64Array } | undefined;
              resolve(record?.x?.includes(target) ?? false);
            };
          };
        }),
      x,
    );
  await expect.poll(() => saved(left[0]!.x!)).toBe(true);

  await page.reload();
  await waitForLayout(page);
  await expect(page.getByTestId('dataset-source')).toContainText('gephi-0.10.gexf');
  // no layout ran: the status says so, every actor is where it was left, the dragged one pinned
  expect(await hook(page, (h) => h.layout)).toMatchObject({
    running: false,
    lastStop: 'saved',
    iterations: 0,
  });
  await expect(page.getByTestId('status-layout')).toHaveText('positions as last left');
  const reopened = await page.evaluate(
    (list) => list.map((id) => window.__alignmap!.graphPosition(id)),
    ids,
  );
  expect(reopened).toEqual(left);
  await graphShot(page, 'io-reopened-as-left');
  // Run layout still works from there (the pin holds the dragged actor)
  await page.getByRole('button', { name: 'Run layout' }).click();
  await waitForLayout(page);
  expect((await hook(page, (h) => h.layout)).lastStop).not.toBe('saved');
  expect(await page.evaluate((id) => window.__alignmap!.graphPosition(id), ids[0]!)).toEqual(
    left[0],
  );
});

test('a broken file lists located errors; the graph on screen stays as it was', async ({
  page,
}) => {
  await openApp(page);
  const before = await counts(page);
  const shotBefore = await graphShot(page, 'io-before-broken');
  const inkBefore = (await pixelStats(page, shotBefore)).ink;

  await importFiles(page, `${FIXTURES}dataset-broken.yaml`);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('The import failed; the graph on screen is unchanged.');
  await expect(errors).toContainText('line 14: actor "united-states": kind: unknown value');
  await expect(errors).toContainText('line 19: relation "australia--alliance--united-states"');
  await page.getByTestId('import-dialog').screenshot({ path: `${ARTIFACTS}io-import-errors.png` });

  const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>
<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
<edges><edge id="e1" source="a" target="b"/><edge id="e2" source="a"/></edges></graph></gexf>`;
  await page
    .getByTestId('import-input')
    .setInputFiles([
      { name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) },
    ]);
  await expect(page.getByTestId('import-error-list')).toContainText(
    'line 3, <edge id="e2">: expected "source" and "target" attributes on <edge>',
  );
  await page.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);

  expect(await counts(page)).toMatchObject(before);
  await expect(page.getByTestId('dataset-bar')).toHaveCount(0);
  const shotAfter = await graphShot(page, 'io-after-broken');
  expect((await pixelStats(page, shotAfter)).ink).toBeGreaterThan(inkBefore * 0.8);
});

test('markup and script in imported labels, quotes and links are shown as text', async ({
  page,
}) => {
  await openApp(page);
  const evil = '<img src=x onerror="window.__pwned=1">';
  // a graphology export, as another tool would write it
  const data = {
    attributes: { name: '<i>evil</i>' },
    nodes: [
      { key: 'a', attributes: { label: '<script>window.__pwned=1</script>Alpha' } },
      { key: 'b', attributes: { label: evil } },
    ],
    edges: [
      {
        key: 'e1',
        source: 'a',
        target: 'b',
        attributes: {
          relation: '<u>friendship</u>',
          evidence: [
            {
              source: 's1',
              sourceTitle: 'Source <b>one</b>',
              quote: '<b onclick="x()">bold</b> claim',
              url: 'javascript:window.__pwned=1',
            },
          ],
        },
      },
    ],
  };
  await importFiles(page, [
    { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) },
  ]);
  await expect(page.getByTestId('dataset-source')).toContainText('evil.json');
  await waitForLayout(page);
  await page.locator('input[type="search"]').fill('Alpha');
  await page.locator('input[type="search"]').press('Enter');
  const details = page.getByTestId('actor-details');
  await expect(details).toContainText('<script>window.__pwned=1</script>Alpha');
  await expect(details).toContainText(evil);
  await expect(details).toContainText('<b onclick="x()">bold</b> claim');
  await expect(details.locator('script, img, b[onclick]')).toHaveCount(0);
  // a javascript: URL is not a link; the source title is text
  await expect(details.locator('a')).toHaveCount(0);
  await expect(details).toContainText('Source <b>one</b>');
  // the file's own relation type is its own filter category, named as in the file
  await expect(page.getByTestId('filter-relations')).toContainText('<u>friendship</u>');
  await expect(page.getByTestId('filter-relations').locator('u')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.getByTestId('dataset-bar').getByRole('button', { name: 'Remove' }).click();
});

test('a file over the 50 MB limit is refused with a message, before it is read', async ({
  page,
}) => {
  await openApp(page);
  const before = await counts(page);
  // A 51 MB file made in the page (no 51 MB upload through the test driver), dropped on the window.
  await page.evaluate(() => {
    const file = new File([new Uint8Array(51 * 1024 * 1024)], 'huge.gexf');
    const dt = new DataTransfer();
    dt.items.add(file);
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(
        new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
  });
  await expect(page.getByTestId('import-error-list')).toHaveText(
    'huge.gexf: the file is 51.0 MB, larger than the import limit of 50.0 MB; import a smaller file or a filtered export',
  );
  expect(await counts(page)).toMatchObject(before);
});

/** Drops a File made in the page (window.__file) on the window, as a user dropping it would. */
async function dropPageFile(page: Page) {
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add((window as unknown as { __file: File }).__file);
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(
        new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
  });
}

test('a 10 MB CSV imports with a progress bar while the page keeps drawing', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  // 400 actors, 1,500 relations with long notes: about 10 MB of CSV to read and parse. Made in the
  // page: handing 10 MB to setInputFiles would itself block the page for seconds (base64 decoding).
  const size = await page.evaluate(() => {
    const rows = ['source,target,relation,note'];
    const filler = 'x'.repeat(6700);
    for (let i = 0; i < 1500; i++)
      rows.push(`n${i % 400},n${(i * 7 + 1) % 400},${i % 3 ? 'trade' : 'alliance'},${i} ${filler}`);
    const file = new File([rows.join('\n')], 'big.csv', { type: 'text/csv' });
    (window as unknown as { __file: File }).__file = file;
    return file.size;
  });
  expect(size).toBeGreaterThan(10 * 1000 * 1000);
  // Longest gap between two animation frames while the file is read, parsed and built (the
  // progress bar is up and not yet at "storing and drawing": drawing the new graph is the
  // renderer's work, slow in this software-GL browser whatever the import does).
  await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __frames: number; __stop: boolean };
    w.__gap = 0;
    w.__frames = 0;
    w.__stop = false;
    let last: number | null = null;
    const importing = () => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
      return text !== undefined && !/storing/.test(text);
    };
    const frame = (now: number) => {
      if (importing()) {
        if (last !== null) w.__gap = Math.max(w.__gap, now - last);
        last = now;
        w.__frames++;
      } else last = null;
      if (!w.__stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await dropPageFile(page);
  await expect(page.getByTestId('import-progress').locator('progress')).toBeVisible();
  await expect(page.getByTestId('dataset-source')).toContainText('big.csv', { timeout: 60_000 });
  const { gap, frames } = await page.evaluate(() => {
    const w = window as unknown as { __gap: number; __frames: number; __stop: boolean };
    w.__stop = true;
    return { gap: w.__gap, frames: w.__frames };
  });
  test.info().annotations.push({
    type: 'import of 10 MB',
    description: `${frames} frames drawn while importing, longest gap ${Math.round(gap)} ms`,
  });
  expect(frames).toBeGreaterThan(3);
  expect(gap).toBeLessThan(500);
  await waitForLayout(page);
  expect(await counts(page)).toMatchObject({ nodes: 400, edges: 1500 });
  await page.getByTestId('dataset-bar').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('dataset-bar')).toHaveCount(0);

  // Again, slowed down, for a picture of the progress bar (screenshots stall frames).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await dropPageFile(page);
  await expect(page.getByTestId('import-progress').locator('progress')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}io-import-progress.png` });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.getByTestId('dataset-source')).toContainText('big.csv', { timeout: 60_000 });
  await page.getByTestId('dataset-bar').getByRole('button', { name: 'Remove' }).click();
});

test('without a usable graph.json, a file of ones own can still be imported', async ({ page }) => {
  await page.route('**/data/graph.json', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto('./');
  await expect(page.getByTestId('data-error')).toContainText('data/graph.json');
  await page.getByTestId('data-error-import').setInputFiles(`${FIXTURES}dataset-broken.yaml`);
  await expect(page.getByTestId('data-error-import-errors')).toContainText('line 19');
  await page.getByTestId('data-error-import').setInputFiles(GEXF);
  await waitForLayout(page); // the page reloads and opens the stored import
  await expect(page.getByTestId('dataset-source')).toContainText('gephi-0.10.gexf');
  expect((await counts(page)).nodes).toBe(4);
  await page.getByRole('button', { name: 'Back to default dataset' }).click();
  await expect(page.getByTestId('storage-message')).toContainText('data/graph.json');
  expect((await counts(page)).nodes).toBe(4); // still the import, not a blank page
  await page.getByTestId('dataset-bar').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId('data-error')).toHaveCount(0); // the shell stays up
});

function svgCounts(svg: string) {
  const root = /<svg [^>]*data-nodes="(\d+)" data-edges="(\d+)"/.exec(svg);
  return {
    dataNodes: Number(root?.[1]),
    dataEdges: Number(root?.[2]),
    circles: (svg.match(/<circle data-id=/g) ?? []).length,
  };
}

test('SVG export: exactly the visible actors, with the legend of what is shown', async ({
  page,
}) => {
  await openApp(page, '?hide-rel=member_of');
  const visible = await counts(page);
  expect(visible.visibleNodes).toBeLessThan(visible.nodes);
  await page.getByTestId('open-export').click();
  await page.getByTestId('export-title').fill('Alignment <test> & "quotes"');
  await page.getByTestId('export-dialog').screenshot({ path: `${ARTIFACTS}io-export-dialog.png` });
  await page.getByRole('button', { name: 'Close', exact: true }).last().click();
  const file = await exportFile(page, 'SVG', async (p) => {
    await p.getByTestId('export-title').fill('Alignment <test> & "quotes"');
  });
  expect(file.name).toMatch(/^alignmap-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = file.bytes.toString('utf8');
  writeFileSync(`${ARTIFACTS}io-export-en.svg`, svg);
  const c = svgCounts(svg);
  expect(c.dataNodes).toBe(visible.visibleNodes);
  expect(c.circles).toBe(visible.visibleNodes);
  expect(c.dataEdges).toBe(visible.visibleEdges);
  expect(svg).toContain('Alignment &lt;test&gt; &amp; &quot;quotes&quot;');
  expect(svg).toMatch(/<text[^>]*>Alliance<\/text>/);
  expect(svg).toMatch(/<text[^>]*>State<\/text>/);
  expect(svg).not.toMatch(/<text[^>]*>Member of<\/text>/); // hidden: not in the legend
  expect(svg).toContain('Source: Alignmap');

  await page.getByRole('radio', { name: '日本語' }).check();
  const ja = (await exportFile(page, 'SVG')).bytes.toString('utf8');
  writeFileSync(`${ARTIFACTS}io-export-ja.svg`, ja);
  expect(svgCounts(ja).dataNodes).toBe(visible.visibleNodes);
  expect(ja).toMatch(/<text[^>]*>同盟<\/text>/);
  expect(ja).toMatch(/<text[^>]*>国家<\/text>/);
  expect(ja).toContain('出典: ');
});

test('PNG export at scale 2 is a PNG twice the chosen width', async ({ page }) => {
  await openApp(page);
  const file = await exportFile(page, 'PNG', async (p) => {
    await p.getByTestId('export-width').fill('800');
    await p.getByTestId('export-scale').selectOption('2');
  });
  expect(file.name).toMatch(/\.png$/);
  writeFileSync(`${ARTIFACTS}io-export-2x.png`, file.bytes);
  expect([...file.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(file.bytes.readUInt32BE(16)).toBe(1600); // IHDR width
  const height = file.bytes.readUInt32BE(20);
  expect(height).toBeGreaterThan(400);
  const stats = await pixelStats(page, file.bytes);
  expect(stats.ink / stats.total).toBeGreaterThan(0.01);
});

test('camera crop exports only what the camera shows', async ({ page }) => {
  await openApp(page);
  const all = await counts(page);
  // zoom in on the centre so that part of the graph is off screen
  const camera = await hook(page, (h) => h.camera());
  await page.goto(`./?cam=${camera.x},${camera.y},${(camera.ratio * 0.25).toFixed(4)}`);
  await waitForLayout(page);
  const file = await exportFile(page, 'SVG', async (p) => {
    await p.getByRole('radio', { name: 'the current view (camera)' }).check();
  });
  const c = svgCounts(file.bytes.toString('utf8'));
  expect(c.dataNodes).toBeGreaterThan(0);
  expect(c.dataNodes).toBeLessThan(all.visibleNodes);
});

test('GEXF and CSV exports hold the visible subgraph', async ({ page }) => {
  await openApp(page, '?hide-rel=member_of');
  const visible = await counts(page);
  const gexf = await exportFile(page, 'GEXF (Gephi)');
  expect(gexf.name).toMatch(/\.gexf$/);
  const text = gexf.bytes.toString('utf8');
  expect((text.match(/<node /g) ?? []).length).toBe(visible.visibleNodes);
  expect((text.match(/<edge /g) ?? []).length).toBe(visible.visibleEdges);
  expect(text).toContain('evidence');
  const zip = await exportFile(page, 'CSV (nodes + edges, zip)');
  expect(zip.name).toMatch(/-csv\.zip$/);
  expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test("an import's own filter values stay hidden across a reload, without a warning", async ({
  page,
}) => {
  await openApp(page);
  await importFiles(page, GEXF);
  await expect(page.getByTestId('dataset-source')).toContainText('gephi-0.10.gexf');
  await waitForLayout(page);
  const all = await counts(page);
  // edge 1 has kind="tariffs" (its own relation type); no edge says how certain it is
  await page.locator('#filter-relations-tariffs').uncheck();
  await page.locator('#filter-certainties-unverified').uncheck();
  await expect(page).toHaveURL(/hide-rel=tariffs(&|$)/);
  await expect(page).toHaveURL(/hide-cert=unverified(&|$)/);
  expect((await counts(page)).visibleEdges).toBe(0);

  await page.reload();
  await waitForLayout(page);
  await expect(page.getByTestId('dataset-source')).toContainText('gephi-0.10.gexf');
  await expect(page.locator('#filter-relations-tariffs')).not.toBeChecked();
  await expect(page.locator('#filter-certainties-unverified')).not.toBeChecked();
  await expect(page).toHaveURL(/hide-rel=tariffs(&|$)/);
  await expect(page.getByTestId('warnings')).toHaveCount(0);
  await page.locator('#filter-certainties-unverified').check();
  expect((await counts(page)).visibleEdges).toBe(all.edges - 1);
});
