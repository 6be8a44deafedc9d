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

test(
  'Japanese names are drawn whole: a long name is on two lines, not cut',
  { tag: '@bundled-data' },
  async ({ page }) => {
    // the bundled dataset has this agreement (the small E2E_FIXTURE graph lacks it: tagged @bundled-data)
    // selected, so that its label is always drawn (on the landing view it is one of the optional
    // labels, left out where it would cover other actors)
    await openApp(page, '?lang=ja&node=eurasian-security-framework');
    const data = await servedGraph(page);
    const long = data.nodes.find((n) => n.key === 'eurasian-security-framework');
    expect(long, 'the served graph has the Eurasian security framework').toBeDefined();
    expect(await hook(page, (h) => h.displayedLabel('eurasian-security-framework'))).toBe(
      long!.attributes!.labelJa,
    );
    const box = (await labelBoxes(page)).find((b) => b.id === 'eurasian-security-framework');
    // drawn, on two lines
    expect(box).toBeDefined();
    expect(box!.box.height).toBeGreaterThan(13 * 2);
  },
);

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

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('pinching the graph zooms in and out (sigma touch captor)', async ({ page }) => {
    await openApp(page);
    const graph = page.getByTestId('graph');
    const area = (await graph.boundingBox())!;
    expect(area.width).toBeGreaterThan(300);
    // the first finger lands on an actor (a drag would start there), the second beside it
    const id = await hook(page, (h) => h.forcedLabels()[0]!);
    const at = (await page.evaluate((i) => window.__alignmap!.viewportPosition(i), id))!;
    expect(at).not.toBeNull();
    const cx = area.x + Math.min(Math.max(at.x, 60), area.width - 160);
    const cy = area.y + at.y;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', gap: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx, y: cy, id: 1 },
                { x: cx + gap, y: cy, id: 2 },
              ],
      });
    async function pinch(from: number, to: number) {
      await touch('touchStart', from);
      for (let i = 1; i <= 8; i++) await touch('touchMove', from + ((to - from) * i) / 8);
      await touch('touchEnd', to);
      await waitForIdle(page);
    }
    const nodeBefore = (await page.evaluate((i) => window.__alignmap!.viewportPosition(i), id))!;
    const before = await hook(page, (h) => h.camera().ratio);
    // fingers apart: zoom in (sigma's camera ratio shrinks by the fingers' distance ratio)
    await pinch(40, 120);
    // the actor under the first finger stayed under it: zoomed around it, not dragged away
    const nodeAfter = (await page.evaluate((i) => window.__alignmap!.viewportPosition(i), id))!;
    expect(Math.hypot(nodeAfter.x - nodeBefore.x, nodeAfter.y - nodeBefore.y)).toBeLessThan(20);
    const zoomedIn = await hook(page, (h) => h.camera().ratio);
    expect(zoomedIn).toBeLessThan(before / 2);
    await graphShot(page, 'pictures-phone-pinched-in');
    // fingers together: zoom back out
    await pinch(120, 40);
    const zoomedOut = await hook(page, (h) => h.camera().ratio);
    expect(zoomedOut).toBeGreaterThan(zoomedIn * 2);
    // a pinch is not a tap: nothing got selected
    await expect(page).not.toHaveURL(/[?&]node=/);
  });
});
