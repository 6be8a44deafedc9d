// The app's SVG font embedding (src/export/browser-fonts.ts and the shared @font-face writer in
// woff.ts): reading the page's @font-face rules, choosing the subsets a text needs, the CSS written,
// its escaping, and the SVG with and without the embedded font.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  bytesToBase64,
  chooseFaces,
  embedPageFonts,
  embeddedFontMarkup,
  pageFaces,
  parseFontSrc,
  parseWeights,
  uncoveredCharacters,
  type FontFaceRuleText,
  type PageFace,
} from '../../src/export/browser-fonts';
import {
  buildScene,
  renderSvg,
  renderSvgWithFonts,
  sceneTextByWeight,
} from '../../src/export/image';
import { embeddedFontStyle } from '../../src/export/node-fonts';
import type { ImageOptions } from '../../src/export/scene';
import {
  cssString,
  fontFaceRule,
  fontStyleElement,
  parseFontFaces,
  parseUnicodeRange,
  subsetsFor,
} from '../../src/export/woff';
import { sceneGraph, styleView } from '../fixtures/export/scene-graph';

const BASE = 'https://example.org/assets/index.css';
const rule = (over: Partial<FontFaceRuleText>): FontFaceRuleText => ({
  family: '"Noto Sans JP"',
  weight: '400',
  style: 'normal',
  unicodeRange: '',
  src: '',
  baseUrl: BASE,
  ...over,
});
const face = (url: string, weight: number, range: string): PageFace => ({
  weights: [weight, weight],
  url,
  format: 'woff2',
  unicodeRange: range,
  ranges: parseUnicodeRange(range),
});

describe('reading the page @font-face rules', () => {
  it('lists url() sources with their format hints, as Chrome serializes them or minified', () => {
    expect(
      parseFontSrc('url("/assets/a.woff2") format("woff2"), url("/assets/a.woff") format("woff")'),
    ).toEqual([
      { url: '/assets/a.woff2', format: 'woff2' },
      { url: '/assets/a.woff', format: 'woff' },
    ]);
    expect(parseFontSrc("local('Noto'),url(/b.woff2)format('woff2'),url(c.ttf)")).toEqual([
      { url: '/b.woff2', format: 'woff2' },
      { url: 'c.ttf', format: null },
    ]);
    expect(parseFontSrc('url("a\\"b.woff")')).toEqual([{ url: 'a"b.woff', format: null }]);
    expect(parseFontSrc("local('X')")).toEqual([]);
  });

  it('reads weights as ranges', () => {
    expect(parseWeights('400')).toEqual([400, 400]);
    expect(parseWeights('bold')).toEqual([700, 700]);
    expect(parseWeights('normal')).toEqual([400, 400]);
    expect(parseWeights('100 900')).toEqual([100, 900]);
    expect(parseWeights('heavy')).toBeNull();
    expect(parseWeights('0')).toBeNull();
  });

  it('keeps only upright faces of the family with an embeddable file, preferring WOFF2', () => {
    const faces = pageFaces([
      rule({
        family: 'Noto Sans JP', // minified CSS leaves the name unquoted
        src: 'url(/assets/x-latin.woff) format("woff"), url(/assets/x-latin.woff2) format("woff2")',
        unicodeRange: 'U+0000-00FF, U+0131',
      }),
      rule({ family: "'noto sans jp'", weight: 'bold', src: 'url(files/x-bold.woff)' }),
      rule({ family: 'Other', src: 'url(/o.woff2)', unicodeRange: 'U+0041' }),
      rule({ style: 'italic', src: 'url(/i.woff2)', unicodeRange: 'U+0041' }),
      rule({ src: 'url(/f.svg) format("svg")', unicodeRange: 'U+0041' }),
      rule({ src: 'url("javascript:alert(1)") format("woff2")', unicodeRange: 'U+0041' }),
      rule({ src: 'url(/bad-range.woff2)', unicodeRange: 'U+ZZZZ' }),
    ]);
    expect(faces).toEqual([
      {
        weights: [400, 400],
        url: 'https://example.org/assets/x-latin.woff2',
        format: 'woff2',
        unicodeRange: 'U+0000-00FF, U+0131',
        ranges: [
          [0, 0xff],
          [0x131, 0x131],
        ],
      },
      {
        weights: [700, 700],
        url: 'https://example.org/assets/files/x-bold.woff',
        format: 'woff',
        unicodeRange: '',
        ranges: [[0, 0x10ffff]],
      },
    ]);
  });
});

describe('choosing the subsets a text needs', () => {
  const latin = face('/latin.woff2', 400, 'U+0000-00FF');
  const kana = face('/kana.woff2', 400, 'U+3000-30FF');
  const kanjiA = face('/kanji-a.woff2', 400, 'U+4E00-4FFF');
  const kanjiB = face('/kanji-b.woff2', 400, 'U+5000-9FFF');
  const latinBold = face('/latin-bold.woff2', 700, 'U+0000-00FF');
  const faces = [latin, kana, kanjiA, kanjiB, latinBold];

  it('takes per weight only the faces covering a character of its text, in CSS order', () => {
    const chosen = chooseFaces(faces, { regular: 'Russia ロシア', bold: 'Trade' });
    expect(chosen.map((c) => [c.weight, c.face.url])).toEqual([
      [400, '/latin.woff2'],
      [400, '/kana.woff2'],
      [700, '/latin-bold.woff2'],
    ]);
    expect(chooseFaces(faces, { regular: '', bold: '' })).toEqual([]);
  });

  it('draws a weight the page lacks with the nearest weight, and names uncovered characters', () => {
    // 中 U+4E2D, 国 U+56FD: bold Japanese has only the 400 kanji faces
    const text = { regular: 'A', bold: '中国 🙂' };
    const chosen = chooseFaces(faces, text);
    expect(chosen.map((c) => [c.weight, c.face.url])).toEqual([
      [400, '/latin.woff2'],
      [700, '/latin-bold.woff2'],
    ]);
    expect(uncoveredCharacters(chosen, text)).toEqual(['中', '国', '🙂']);
    const noBold = faces.filter((f) => f !== latinBold);
    const fallback = chooseFaces(noBold, text);
    expect(fallback.map((c) => [c.weight, c.face.url])).toEqual([
      [400, '/latin.woff2'],
      [700, '/latin.woff2'],
      [700, '/kanji-a.woff2'],
      [700, '/kanji-b.woff2'],
    ]);
    expect(uncoveredCharacters(fallback, text)).toEqual(['🙂']);
  });

  it('on the bundled @fontsource CSS chooses a few subsets covering all the text, as the CLI does', () => {
    const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/400.css'));
    // the CSSOM view of 400.css and 700.css, the way the page sees them
    const rules = ['400', '700'].flatMap((w) => {
      const css = readFileSync(join(dir, `${w}.css`), 'utf8');
      return (css.match(/@font-face\s*{[^}]*}/g) ?? []).map((block) => ({
        family: /font-family:\s*([^;]+);/.exec(block)![1]!,
        weight: /font-weight:\s*([^;]+);/.exec(block)![1]!,
        style: /font-style:\s*([^;]+);/.exec(block)![1]!,
        unicodeRange: /unicode-range:\s*([^;}]+)/.exec(block)![1]!,
        src: /src:\s*([^;]+);/.exec(block)![1]!,
        baseUrl: pathToFileURL(join(dir, `${w}.css`)).href,
      }));
    });
    // file: URLs are not fetched by the page, so compare against http ones
    const faces = pageFaces(
      rules.map((r) => ({ ...r, baseUrl: r.baseUrl.replace(/^file:\/\//, 'http://x') })),
    );
    expect(faces).toHaveLength(248);
    expect(faces.every((f) => f.format === 'woff2')).toBe(true);
    const text = {
      regular:
        'ロシア 中国 アメリカ合衆国 上海協力機構 プーチン 新START 出典: Alignmap（資料 5 件）',
      bold: '関係の種類 同盟 パートナーシップ アクターの種類 国家',
    };
    const chosen = chooseFaces(faces, text);
    expect(uncoveredCharacters(chosen, text)).toEqual([]);
    expect(chosen.length).toBeGreaterThan(2);
    expect(chosen.length).toBeLessThan(40);
    // the same subset files node-fonts (the CLI's --embed-font) takes for the same text
    for (const [weight, t] of [
      [400, text.regular],
      [700, text.bold],
    ] as const) {
      const cli = subsetsFor(t, parseFontFaces(readFileSync(join(dir, `${weight}.css`), 'utf8')));
      expect(
        chosen.filter((c) => c.weight === weight).map((c) => c.face.url.split('/').pop()),
      ).toEqual(
        cli.map((s) =>
          s.file
            .split('/')
            .pop()!
            .replace(/\.woff$/, '.woff2'),
        ),
      );
    }
  });
});

describe('the embedded @font-face CSS', () => {
  it('encodes base64 like Node, across chunk boundaries', () => {
    let seed = 7;
    const bytes = Uint8Array.from(
      { length: 70_001 },
      () => (seed = (seed * 48271) % 2147483647) & 255,
    );
    for (const n of [0, 1, 2, 3, 0x8000, 70_001]) {
      const part = bytes.subarray(0, n);
      expect(bytesToBase64(part)).toBe(Buffer.from(part).toString('base64'));
    }
  });

  it('writes one rule per face with its weight, data: URL, format and unicode-range', () => {
    expect(
      fontFaceRule({
        family: 'Noto Sans JP',
        weight: 700,
        format: 'woff2',
        base64: 'AAEC',
        unicodeRange: 'U+3000-30FF, U+4E??',
      }),
    ).toBe(
      "@font-face{font-family:'Noto Sans JP';font-style:normal;font-weight:700;" +
        "src:url(data:font/woff2;base64,AAEC) format('woff2');unicode-range:U+3000-30FF, U+4E??}",
    );
    expect(
      fontFaceRule({ family: 'F', weight: 400, format: 'truetype', base64: '', unicodeRange: '' }),
    ).toBe(
      "@font-face{font-family:'F';font-style:normal;font-weight:400;src:url(data:font/ttf;base64,) format('truetype')}",
    );
  });

  it('escapes the family and refuses anything but font data, formats and U+ ranges', () => {
    const family = cssString("a'b\\</style>]]>");
    expect(family).toBe("'a\\27 b\\5c \\3c /style\\3e ]]\\3e '");
    expect(family).not.toMatch(/[<>]|]]>/);
    const ok = { family: 'F', weight: 400, format: 'woff2', base64: 'AA==', unicodeRange: 'U+41' };
    expect(() => fontFaceRule({ ...ok, format: 'svg' })).toThrow(/^woff: font format "svg"/);
    expect(() => fontFaceRule({ ...ok, base64: 'AA);}body{x' })).toThrow(/not base64/);
    expect(() => fontFaceRule({ ...ok, unicodeRange: 'U+41;}</style><script>' })).toThrow(
      /is not a unicode-range/,
    );
    expect(() => fontFaceRule({ ...ok, weight: 0 })).toThrow(/font weight 0/);
    expect(fontStyleElement([])).toBe('');
    expect(fontStyleElement(['@font-face{}'])).toBe(
      '<defs><style type="text/css"><![CDATA[\n@font-face{}\n]]></style></defs>',
    );
  });

  it('embeds the bytes loaded for each chosen face (one load per file)', async () => {
    const files = new Map([
      ['https://example.org/assets/latin.woff2', new Uint8Array([1, 2, 3])],
      ['https://example.org/assets/kana.woff2', new Uint8Array([4, 5])],
    ]);
    const load = vi.fn((url: string) => Promise.resolve(files.get(url)!));
    const rules = [
      rule({ src: 'url(latin.woff2) format("woff2")', unicodeRange: 'U+0000-00FF' }),
      rule({ weight: '700', src: 'url(latin.woff2) format("woff2")', unicodeRange: 'U+0000-00FF' }),
      rule({ src: 'url(kana.woff2) format("woff2")', unicodeRange: 'U+3000-30FF' }),
      rule({ src: 'url(kanji.woff2) format("woff2")', unicodeRange: 'U+4E00-9FFF' }),
    ];
    const embedded = await embedPageFonts({ regular: 'ロシア A', bold: 'B' }, rules, load);
    expect(load.mock.calls.map((c) => c[0]).sort()).toEqual([...files.keys()].sort());
    expect(embedded.faces).toBe(3);
    expect(embedded.uncovered).toEqual([]);
    expect(embedded.markup.match(/@font-face/g)).toHaveLength(3);
    expect(embedded.markup).toContain(
      "font-weight:400;src:url(data:font/woff2;base64,AQID) format('woff2');unicode-range:U+0000-00FF}",
    );
    expect(embedded.markup).toContain(
      "font-weight:700;src:url(data:font/woff2;base64,AQID) format('woff2');unicode-range:U+0000-00FF}",
    );
    expect(embedded.markup).toContain('base64,BAU=');
    expect(embedded.markup).not.toContain('kanji');
  });

  it('fails with a message naming the module when there is nothing to embed or a load fails', async () => {
    await expect(embedPageFonts({ regular: 'A', bold: '' }, [], vi.fn())).rejects.toThrow(
      /^browser-fonts: the page has no @font-face rules of "Noto Sans JP"/,
    );
    const rules = [rule({ src: 'url(a.woff2)', unicodeRange: 'U+0000-00FF' })];
    await expect(
      embedPageFonts({ regular: 'A', bold: '' }, rules, () =>
        Promise.reject(new Error('HTTP 404')),
      ),
    ).rejects.toThrow('HTTP 404');
    expect(() =>
      embeddedFontMarkup([{ weight: 400, face: face('/x', 400, 'U+41') }], new Map()),
    ).toThrow(/^browser-fonts: no data for the font file \/x/);
  });
});

describe('the SVG with the font embedded', () => {
  const OPTIONS: ImageOptions = { crop: 'visible', width: 1000, scale: 1, legend: true };

  it('is the plain SVG with the <defs><style> first inside <svg>; without fonts it is unchanged', async () => {
    const g = sceneGraph();
    const view = styleView(g, { language: 'ja', labelled: new Set(['russia', 'china']) });
    const plain = renderSvg(g, view, OPTIONS);
    const markup = fontStyleElement(['@font-face{font-family:x}']);
    const texts: unknown[] = [];
    const embedded = await renderSvgWithFonts(g, view, OPTIONS, (text) => {
      texts.push(text);
      return Promise.resolve({ markup, faces: 1, uncovered: [] });
    });
    const firstLine = plain.indexOf('\n') + 1;
    expect(embedded.svg).toBe(`${plain.slice(0, firstLine)}${markup}\n${plain.slice(firstLine)}`);
    expect(texts).toEqual([sceneTextByWeight(buildScene(g, view, OPTIONS))]);
    const none = await renderSvgWithFonts(g, view, OPTIONS, () =>
      Promise.resolve({ markup: '', faces: 0, uncovered: [] }),
    );
    expect(none.svg).toBe(plain);
  });

  it('asks for the labels in regular and the legend headings in bold', () => {
    const g = sceneGraph();
    const view = styleView(g, { language: 'ja', labelled: new Set(['russia', 'china']) });
    const text = sceneTextByWeight(buildScene(g, view, OPTIONS));
    expect(text.regular).toContain('ロシア');
    expect(text.regular).toContain('中国');
    expect(text.bold).toBe('関係アクター'); // the two legend headings, nothing else
  });

  it('the CLI writes the same markup shape (<defs><style> with woff2 data)', () => {
    const markup = embeddedFontStyle('Aロ', '');
    expect(markup.startsWith('<defs><style type="text/css"><![CDATA[\n@font-face{')).toBe(true);
    expect(markup.match(/@font-face/g)!.length).toBeGreaterThanOrEqual(2);
    expect(markup).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\('woff2'\)/);
  });
});
