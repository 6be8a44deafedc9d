// The camera follows the question (issue 11 pt 4): after a filter or time change it frames what is
// visible; a path result frames both ends with their neighbours (context kept), not the path alone.
import { expect, test, type Page } from '@playwright/test';
import {
  graphFrom,
  hook,
  openApp,
  pickActor,
  servedGraph,
  waitForAnalysis,
  waitForIdle,
} from './helpers';

/** Viewport positions of actors and the canvas size. */
async function placed(page: Page, ids: string[]) {
  const box = (await page.getByTestId('graph').boundingBox())!;
  const points = await page.evaluate(
    (list) => list.map((id) => window.__alignmap!.viewportPosition(id)),
    ids,
  );
  return { width: box.width, height: box.height, points: points.map((p) => p!) };
}

test('after a time change the camera frames the actors now shown, filling the canvas', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Range', exact: true }).check();
  await page.getByTestId('time-when-started').check();
  await page.getByTestId('time-from').fill('334'); // 2025-12-01
  await page.getByTestId('time-to').fill('364'); // 2025-12-31
  await expect(page).toHaveURL(/from=2025-12-01&to=2025-12-31/);
  await waitForIdle(page);
  const ids = await hook(page, (h) => h.visibleNodeIds());
  expect(ids.length).toBeGreaterThan(4);
  const { width, height, points } = await placed(page, ids);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  for (const p of points) {
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x).toBeLessThanOrEqual(width);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeLessThanOrEqual(height);
  }
  // framed: the actors span most of the canvas in one direction (the landing camera left them
  // in about half of it)
  const fill = Math.max(
    (Math.max(...xs) - Math.min(...xs)) / width,
    (Math.max(...ys) - Math.min(...ys)) / height,
  );
  expect(fill).toBeGreaterThan(0.75);
});

test('a path result frames both ends and their neighbours by reported relations', async ({
  page,
}) => {
  await openApp(page);
  const graph = graphFrom(await servedGraph(page));
  await page.getByTestId('section-path').locator(':scope > summary').click();
  await pickActor(page, 'path-from', 'Japan');
  await pickActor(page, 'path-to', 'North Korea');
  await waitForAnalysis(page);
  await waitForIdle(page);
  const visible = new Set(await hook(page, (h) => h.visibleNodeIds()));
  const context = new Set<string>(['japan', 'north-korea']);
  for (const end of ['japan', 'north-korea'])
    graph.forEachEdge(end, (_e, attrs, source, target) => {
      const other = source === end ? target : source;
      if (attrs.relation !== 'member_of' && visible.has(other)) context.add(other);
    });
  expect(context.size).toBeGreaterThan(6);
  const { width, height, points } = await placed(page, [...context]);
  const outside = [...context].filter((_, i) => {
    const p = points[i]!;
    return p.x < 0 || p.x > width || p.y < 0 || p.y > height;
  });
  expect(outside).toEqual([]);
});
