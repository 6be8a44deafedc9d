// SVG export with the font embedded (Export… → SVG → "Embed font"): the file carries @font-face
// rules with base64 WOFF2 data for only the Noto Sans JP subsets its text uses, covering every
// character drawn, and opened on its own — with every other font file blocked and no Japanese font
// on the system — it draws real Japanese glyphs; with embedding off the file is the plain SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parseUnicodeRange } from '../../src/export/woff';
import { formatBytes } from '../../src/ui/io/export-run';
import { t } from '../../src/i18n/catalog';
import { ARTIFACTS, openApp } from './helpers';

/** Exports the current view as SVG (embedding the font or not); returns the text and the size shown. */
async function exportSvg(page: Page, embed: boolean): Promise<{ svg: string; sizeText: string }> {
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const box = dialog.getByTestId('export-embed-font');
  await expect(box).toBeChecked(); // on by default
  let sizeText = '';
  if (embed) {
    await expect(dialog.getByTestId('export-font-size')).toHaveText(/^約 [\d.]+ [KM]B 増$/);
    sizeText = (await dialog.getByTestId('export-font-size').textContent()) ?? '';
    await dialog.screenshot({ path: `${ARTIFACTS}export-font-dialog.png` });
  } else {
    await box.uncheck();
    await expect(dialog.getByTestId('export-font-size')).toHaveCount(0);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-run').click(),
  ]);
  const path = await download.path();
  await expect(dialog).toHaveCount(0);
  return { svg: readFileSync(path, 'utf8'), sizeText };
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The texts the SVG draws, with their weight. */
function svgTexts(svg: string): { weight: number; text: string }[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    weight: /font-weight="700"/.test(m[1]!) ? 700 : 400,
    text: unescapeXml(m[2]!),
  }));
}

/** The embedded @font-face rules: weight, unicode ranges, data URL format. */
function fontFaces(svg: string) {
  return [...svg.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => ({
    weight: Number(/font-weight:(\d+)/.exec(m[1]!)?.[1]),
    ranges: parseUnicodeRange(/unicode-range:([^;}]+)/.exec(m[1]!)?.[1] ?? ''),
    src: /src:url\((data:font\/[\w-]+);base64,/.exec(m[1]!)?.[1] ?? null,
  }));
}

const japanese = (s: string) =>
  [...new Set(s)].filter((c) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(c));

/**
 * Opens the SVG file on its own (as a browser opens a downloaded file) in a fresh context where
 * every font file request fails, saves a screenshot, and draws each Japanese character with the
 * document's "Noto Sans JP" on a canvas: the number of distinct glyph images tells real glyphs
 * (all different) from missing-glyph boxes (all the same).
 */
async function openAlone(browser: Browser, svg: string, name: string, chars: string[]) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) requests.push(r.url());
  });
  await page.route('**/*.woff*', (route) => route.abort());
  await page.route('https://picture.test/**', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: svg }),
  );
  await page.goto(`https://picture.test/${name}.svg`);
  const result = (await page.evaluate(`(async (chars) => {
    await document.fonts.ready;
    const loaded = await document.fonts.load('400 28px "Noto Sans JP"', chars.join(''));
    const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    canvas.width = 40;
    canvas.height = 40;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const images = new Set();
    for (const ch of chars) {
      ctx.clearRect(0, 0, 40, 40);
      ctx.font = '400 28px "Noto Sans JP", sans-serif';
      ctx.fillText(ch, 4, 32);
      const d = ctx.getImageData(0, 0, 40, 40).data;
      let h = 0;
      for (let i = 3; i < d.length; i += 4) h = (Math.imul(h, 31) + d[i]) >>> 0;
      images.add(h);
    }
    return { faces: loaded.length, distinct: images.size };
  })(${JSON.stringify(chars)})`)) as { faces: number; distinct: number };
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
  await context.close();
  return { ...result, requests };
}

test('SVG export embeds only the Noto Sans JP subsets its Japanese text needs', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await openApp(page, '?lang=ja');

  const started = Date.now();
  const on = await exportSvg(page, true);
  const exportMs = Date.now() - started;
  const off = await exportSvg(page, false);
  writeFileSync(`${ARTIFACTS}export-font-ja.svg`, on.svg);
  writeFileSync(`${ARTIFACTS}export-font-ja-plain.svg`, off.svg);

  // embedding off: the plain SVG, which is the embedded one without its <defs><style>
  expect(off.svg).not.toContain('@font-face');
  expect(off.svg).not.toContain('<style');
  const style = /<defs><style type="text\/css"><!\[CDATA\[\n[^]*?\n\]\]><\/style><\/defs>\n/.exec(
    on.svg,
  );
  expect(style).not.toBeNull();
  expect(on.svg.replace(style![0], '')).toBe(off.svg);
  // the size the dialog announced is what the font added
  expect(on.sizeText).toBe(
    t('ja', 'embedFontAdds', { size: formatBytes(on.svg.length - off.svg.length) }),
  );

  // a few subsets (of 124 per weight), all WOFF2 data, covering every character drawn
  const faces = fontFaces(on.svg);
  expect(faces.length).toBeGreaterThan(2);
  expect(faces.length).toBeLessThan(60);
  expect(faces.every((f) => f.src === 'data:font/woff2' && f.ranges.length > 0)).toBe(true);
  const texts = svgTexts(on.svg);
  expect(texts.some((t) => t.weight === 700)).toBe(true); // legend headings
  const uncovered = new Set<string>();
  for (const { weight, text } of texts)
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      const ok = faces.some(
        (f) => f.weight === weight && f.ranges.some(([lo, hi]) => c >= lo && c <= hi),
      );
      if (!ok) uncovered.add(ch);
    }
  expect([...uncovered]).toEqual([]);
  console.log(
    `export-font: ${faces.length} @font-face rules; SVG ${on.svg.length} bytes with the font, ${off.svg.length} without (${on.sizeText}); export ${exportMs} ms`,
  );

  // opened alone, with no other font: real glyphs with the embedded font, boxes without
  const chars = japanese(texts.map((t) => t.text).join('')).slice(0, 40);
  expect(chars.length).toBeGreaterThan(20);
  const alone = await openAlone(browser, on.svg, 'export-font-alone', chars);
  expect(alone.requests).toEqual(['https://picture.test/export-font-alone.svg']);
  expect(alone.faces).toBeGreaterThan(0);
  expect(alone.distinct).toBe(chars.length);
  const plain = await openAlone(browser, off.svg, 'export-font-alone-plain', chars);
  expect(plain.faces).toBe(0);
  expect(plain.distinct).toBeLessThan(chars.length / 2); // the control: missing-glyph boxes
});

test('the embed checkbox is only offered for SVG and says what it adds in English too', async ({
  page,
}) => {
  await openApp(page, '?lang=en');
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await expect(dialog.getByText('Embed font (self-contained SVG, larger file)')).toBeVisible();
  await expect(dialog.getByTestId('export-font-size')).toHaveText(/^\+ ≈ [\d.]+ [KM]B$/);
  await dialog.getByRole('radio', { name: 'PNG' }).check();
  await expect(dialog.getByTestId('export-embed-font')).toHaveCount(0);
});
