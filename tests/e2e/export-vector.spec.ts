// Vector pictures from the export dialog that need no installed font: PDF (pdfkit, the Noto Sans
// JP subsets used embedded) and SVG with "text as outlines" (glyph paths, the words kept in
// <title> and aria-label). Russia's ego picture in Japanese, caught as downloads and read as
// bytes; and a font that cannot be fetched gives the catalog's message while the dialog stays usable.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/i18n/catalog';
import { ARTIFACTS, openApp, servedGraph } from './helpers';

const TITLE_JA = 'ロシアの関係(深さ1)';

async function openRussiaExport(page: Page, format: 'PDF' | 'SVG') {
  const graph = await servedGraph(page);
  expect(graph.nodes.some((n) => n.key === 'russia')).toBe(true);
  await openApp(page, '?focus=russia&lang=ja');
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: format }).check();
  await expect(dialog.getByTestId('export-crop-rings')).toBeChecked();
  await expect(dialog.getByTestId('export-title')).toHaveValue(TITLE_JA);
  return dialog;
}

async function download(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-run').click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The bytes of a PDF string: literal "(…)" with its escapes, or hexadecimal "<…>". */
function pdfStringBytes(token: string): Buffer {
  if (token.startsWith('<')) return Buffer.from(token.slice(1, -1).replace(/\s+/g, ''), 'hex');
  const body = token.slice(1, -1);
  const out: number[] = [];
  const named: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    const next = body[++i]!;
    const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0];
    if (octal) {
      out.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next === '\r' || next === '\n') {
      if (next === '\r' && body[i + 1] === '\n') i++; // a line continuation
    } else out.push(named[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(out);
}

/** A PDF text string's text: UTF-16BE after a FE FF byte order mark, else (ASCII) bytes. */
function pdfText(token: string): string {
  const bytes = pdfStringBytes(token);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

/** The Info dictionary's Title (direct or an indirect object, as pdfkit writes it). */
function pdfTitle(pdf: string): string | null {
  const string = String.raw`(<[0-9A-Fa-f\s]*>|\((?:[^()\\]|\\[\s\S])*\))`;
  const info = new RegExp(String.raw`/Title\s*(?:${string}|(\d+) 0 R)`).exec(pdf);
  if (!info) return null;
  if (info[1]) return pdfText(info[1]);
  const object = new RegExp(String.raw`(?:^|\s)${info[2]} 0 obj\s*${string}\s*endobj`).exec(pdf);
  return object ? pdfText(object[1]!) : null;
}

test('PDF of Russia’s ego picture: a PDF titled from the focus, Noto Sans JP embedded', async ({
  page,
}) => {
  const dialog = await openRussiaExport(page, 'PDF');
  // PNG's scale and SVG's font options are not offered for a PDF
  await expect(dialog.getByTestId('export-scale')).toHaveCount(0);
  await expect(dialog.getByTestId('export-embed-font')).toHaveCount(0);
  await expect(dialog.getByTestId('export-outline-text')).toHaveCount(0);
  const { name, bytes } = await download(page);
  await expect(dialog).toHaveCount(0);
  writeFileSync(`${ARTIFACTS}export-ego-russia-ja.pdf`, bytes);
  expect(name).toMatch(/^russia-depth1-\d{4}(-\d{4})?\.pdf$/);
  const pdf = bytes.toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  // the Info dictionary's Title
  expect(pdfTitle(pdf)).toBe(TITLE_JA);
  expect(pdf).toMatch(/\/Title \d+ 0 R/); // the Info dictionary's, not some other /Title
  // the Japanese font embedded: TrueType font files, named after subsets of Noto Sans JP
  expect(pdf).toMatch(/\/FontFile2 \d+ 0 R/);
  const fonts = [...pdf.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+[^\s/>]+)/g)].map((m) => m[1]!);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+NotoSansJP(400|700)s\d+-(Regular|Bold)$/);
  expect(fonts.some((f) => /NotoSansJP700/.test(f))).toBe(true); // the bold title
});

test('SVG with text as outlines: no <text>, glyph paths, the words in <title> and aria-label', async ({
  page,
}) => {
  const dialog = await openRussiaExport(page, 'SVG');
  await dialog.getByTestId('export-outline-text').check();
  // outlines need no embedded font: that option goes away
  await expect(dialog.getByTestId('export-embed-font')).toHaveCount(0);
  await dialog.screenshot({ path: `${ARTIFACTS}export-outline-dialog.png` });
  const { name, bytes } = await download(page);
  const svg = bytes.toString('utf8');
  writeFileSync(`${ARTIFACTS}export-ego-russia-ja-outlined.svg`, svg);
  expect(name).toMatch(/^russia-depth1-\d{4}(-\d{4})?\.svg$/);
  expect(svg).not.toMatch(/<text[\s>]/);
  expect(svg).not.toMatch(/@font-face/);
  const outlined = [
    ...svg.matchAll(/<path class="([\w-]+) outlined"[^>]* aria-label="([^"]*)"[^>]* d="([^"]*)"/g),
  ];
  expect(outlined.length).toBeGreaterThan(10);
  for (const m of outlined) expect(m[3]!.length).toBeGreaterThan(20); // real glyph outlines
  const labels = outlined.map((m) => m[2]);
  expect(labels).toContain(TITLE_JA);
  expect(labels).toContain('ロシア連邦');
  expect(svg).toContain(`<title>${TITLE_JA}</title>`);
});

test('a font that cannot be fetched: a clear message, and the dialog still exports', async ({
  page,
}) => {
  await page.route(/noto-sans-jp-[^/]*\.woff$/, (route) => route.abort('failed'));
  const dialog = await openRussiaExport(page, 'PDF');
  await page.getByTestId('export-run').click();
  const error = dialog.getByTestId('export-error');
  const expected = t('ja', 'exportFontFailed', { format: 'PDF', detail: 'DETAIL' });
  const [head, tail] = expected.split('DETAIL');
  await expect(error).toContainText(head!);
  await expect(error).toContainText(tail!);
  await expect(error).toContainText(/noto-sans-jp-[^ ]*\.woff: /);
  await expect(error).not.toContainText('embedding');
  await expect(page.getByTestId('export-run')).toBeEnabled();
  await dialog.screenshot({ path: `${ARTIFACTS}export-font-failed-dialog.png` });
  // the same dialog still makes a PNG (drawn with the page's loaded fonts)
  await dialog.getByRole('radio', { name: 'PNG' }).check();
  const png = await download(page);
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
});
