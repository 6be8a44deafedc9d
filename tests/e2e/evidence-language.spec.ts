// Relation details in the interface language: in Japanese the relation note is the Japanese one and each
// quote stands alone, its English rendering one click away; in English the note and rendering show.
import { expect, test } from '@playwright/test';
import { openApp, servedGraph } from './helpers';

test(
  'a relation in Japanese: Japanese note, participants, quote without its English rendering until asked',
  { tag: '@bundled-data' },
  async ({ page }) => {
    await openApp(page);
    const data = await servedGraph(page);
    const edge = data.edges.find(
      (e) =>
        typeof e.attributes?.noteJa === 'string' &&
        Array.isArray(e.attributes.participants) &&
        e.attributes.evidence.some((ev) => ev.quote && ev.note),
    );
    expect(edge, 'the data has a meeting with participants and a bilingual note').toBeDefined();
    const attrs = edge!.attributes!;
    const names = new Map(data.nodes.map((n) => [n.key, n.attributes?.labelJa]));

    await openApp(page, `?lang=ja&edge=${encodeURIComponent(edge!.key!)}`);
    const details = page.getByTestId('edge-details');
    await expect(details.locator('.relation-note')).toHaveText(attrs.noteJa as string);
    await expect(details.getByTestId('edge-participants')).toHaveText(
      `参加者: ${(attrs.participants as string[]).map((p) => names.get(p)).join('、')}`,
    );
    const withNote = attrs.evidence.findIndex((ev) => ev.quote && ev.note);
    const item = details.locator('ul.evidence > li').nth(withNote);
    await expect(item.locator('blockquote')).toHaveText(`“${attrs.evidence[withNote]!.quote}”`);
    const rendering = item.getByText(attrs.evidence[withNote]!.note!, { exact: true });
    await expect(rendering).toBeHidden();
    await item.getByText('英語訳', { exact: true }).click();
    await expect(rendering).toBeVisible();
    await page.screenshot({ path: 'tests/e2e/artifacts/edge-details-ja.png' });

    await openApp(page, `?lang=en&edge=${encodeURIComponent(edge!.key!)}`);
    await expect(details.locator('.relation-note')).toHaveText(attrs.note as string);
    await expect(
      details.locator('ul.evidence > li').nth(withNote).getByText(attrs.evidence[withNote]!.note!, {
        exact: true,
      }),
    ).toBeVisible();
  },
);
