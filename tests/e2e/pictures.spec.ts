// Pictures on the screen (issue 11): the landing view reads "who is aligned with whom" first
// (memberships a quiet layer under the reported relations), labels are readable in both
// languages (whole names on two lines, no cut names) and placed without collisions, forced
// labels included (sigma's label grid does not apply to them).
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, graphShot, hook, openApp, servedGraph, waitForIdle } from './helpers';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function labelBoxes(page: Page) {
  return hook(page, (h) => h.labelBoxes());
}

async function expectNoOverlap(page: Page) {
  const boxes = await labelBoxes(page);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(
        overlap(boxes[i]!.box, boxes[j]!.box),
        `labels of ${boxes[i]!.id} and ${boxes[j]!.id} overlap`,
      ).toBe(false);
  return boxes;
}

for (const lang of ['en', 'ja'] as const) {
  test(`landing view (${lang}): every forced label drawn, no two labels overlap, none cut`, async ({
    page,
  }) => {
    await openApp(page, `?lang=${lang}`);
    const forced = await hook(page, (h) => h.forcedLabels());
    expect(forced.length).toBeGreaterThanOrEqual(10);
    // no two labels intersect: forced ones among themselves, and with the grid's labels
    const boxes = await expectNoOverlap(page);
    // the largest actors are all labelled (they are all in view at the landing camera)
    expect(new Set(boxes.filter((b) => b.forced).map((b) => b.id))).toEqual(new Set(forced));
    // boxes are real: each label has a size, forced labels inside the graph area
    const area = (await page.getByTestId('graph').boundingBox())!;
    for (const b of boxes) {
      expect(b.box.width).toBeGreaterThan(8);
      expect(b.box.height).toBeGreaterThan(8);
    }
    for (const b of boxes.filter((x) => x.forced)) {
      expect(b.box.x).toBeGreaterThanOrEqual(0);
      expect(b.box.x + b.box.width).toBeLessThanOrEqual(area.width);
    }
    // no label on the graph ends cut with "…" (long names are on two lines instead)
    const labels = await hook(page, (h) => h.drawnLabels().map((id) => h.displayedLabel(id)));
    for (const text of labels) expect(text).not.toMatch(/…$/);
    await graphShot(page, `pictures-landing-${lang}`);
  });

  test(`a hub's neighbourhood (${lang}): its ~45 forced labels placed apart`, async ({ page }) => {
    // selecting Russia forces the label of every neighbour: sigma would draw them all right of
    // their nodes, on top of each other
    await openApp(page, `?lang=${lang}&node=russia`);
    await waitForIdle(page);
    const boxes = await expectNoOverlap(page);
    const forced = boxes.filter((b) => b.forced);
    expect(forced.length).toBeGreaterThanOrEqual(30);
    await graphShot(page, `pictures-russia-neighbourhood-${lang}`);
  });
}

test('Japanese names are drawn whole: a long name is on two lines, not cut', async ({ page }) => {
  await openApp(page, '?lang=ja');
  const data = await servedGraph(page);
  const long = data.nodes.find((n) => n.key === 'eurasian-security-framework');
  test.skip(!long, 'the served graph has no Eurasian security framework');
  expect(await hook(page, (h) => h.displayedLabel('eurasian-security-framework'))).toBe(
    long!.attributes!.labelJa,
  );
  const box = (await labelBoxes(page)).find((b) => b.id === 'eurasian-security-framework');
  // drawn (it is among the labelled agreements of the landing view), on two lines
  expect(box).toBeDefined();
  expect(box!.box.height).toBeGreaterThan(13 * 2);
});

test('memberships are a quiet layer: thin and under the reported relations', async ({ page }) => {
  await openApp(page);
  const data = await servedGraph(page);
  const member = data.edges.find((e) => e.attributes!.relation === 'member_of')!;
  const sanction = data.edges.find(
    (e) => e.attributes!.relation === 'sanction' && e.attributes!.status === 'active',
  )!;
  const [thin, thick] = await page.evaluate(
    ([m, s]) => [window.__alignmap!.edgeSize(m!), window.__alignmap!.edgeSize(s!)],
    [member.key, sanction.key],
  );
  expect(thin).toBeLessThan(thick / 1.5);
  // the picture: a crop of the membership-heavy corner is mostly background; saved for review
  await page.screenshot({ path: `${ARTIFACTS}pictures-landing-full.png` });
});
