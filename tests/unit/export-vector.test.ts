// The app's PDF and text-as-outlines export (src/export/vector.ts) in Node: the page's @font-face
// rules of the bundled @fontsource CSS and a loader reading those files stand in for the page and
// fetch(). The fonts are prepared exactly as the CLI prepares them (same runs, same outlined SVG
// byte for byte), the PDF embeds them, and a font that cannot be loaded or a module that cannot be
// loaded become the dialog's catalog messages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FontFaceRuleText } from '../../src/export/browser-fonts';
import { buildScene, type Scene } from '../../src/export/scene';
import { sceneToSvg } from '../../src/export/svg';
import { outlinePath } from '../../src/export/outline';
import { prepareFonts, runFonts } from '../../src/export/node-fonts';
import {
  pageVectorFonts,
  sceneToOutlinedSvg,
  sceneToPdfBlob,
  VectorFontError,
} from '../../src/export/vector';
import { sceneTextByWeight } from '../../src/export/image';
import { buildExport, exportErrorText, ExportMessage } from '../../src/ui/io/export-run';
import { t } from '../../src/i18n/catalog';
import { sceneGraph, styleView } from '../fixtures/export/scene-graph';

const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/400.css'));

/** The CSSOM view of 400.css and 700.css as the built page has them (http URLs). */
const RULES: FontFaceRuleText[] = ['400', '700'].flatMap((w) => {
  const css = readFileSync(join(dir, `${w}.css`), 'utf8');
  return (css.match(/@font-face\s*{[^}]*}/g) ?? []).map((block) => ({
    family: /font-family:\s*([^;]+);/.exec(block)![1]!,
    weight: /font-weight:\s*([^;]+);/.exec(block)![1]!,
    style: /font-style:\s*([^;]+);/.exec(block)![1]!,
    unicodeRange: /unicode-range:\s*([^;}]+)/.exec(block)![1]!,
    src: /src:\s*([^;]+);/.exec(block)![1]!,
    baseUrl: `http://app.test/assets/${w}.css`,
  }));
});

const loaded: string[] = [];
/** fetch() of the page's font files: the file of that name in @fontsource. */
const load = async (url: string) => {
  loaded.push(url);
  return new Uint8Array(readFileSync(join(dir, 'files', url.split('/').pop()!)));
};

const graph = sceneGraph();
const scene: Scene = buildScene(graph, styleView(graph, { language: 'ja' }), {
  crop: 'visible',
  width: 700,
  scale: 1,
  legend: true,
  title: 'ロシアの関係(深さ1) — Erdoğan',
  sourceLine: '出典: Alignmap',
});

describe('pageVectorFonts (the page’s Noto Sans JP, as the CLI prepares it)', () => {
  it('fetches only WOFF subsets the text needs and splits runs exactly as the CLI', async () => {
    const text = sceneTextByWeight(scene);
    loaded.length = 0;
    const fonts = await pageVectorFonts(text, RULES, load);
    expect(loaded.length).toBeGreaterThan(1);
    expect(loaded.every((u) => /^http:\/\/app\.test\/assets\/files\/.*\.woff$/.test(u))).toBe(true);
    const cli = prepareFonts(text.regular, text.bold);
    try {
      for (const s of [...scene.labels, ...scene.texts])
        expect(fonts.runs(s.text, s.weight)).toEqual(cli.runs(s.text, s.weight));
      // ğ is not in Noto Sans JP: drawn as g, as in the CLI
      expect(
        fonts
          .runs('Erdoğan', 700)
          .map((r) => r.text)
          .join(''),
      ).toBe('Erdogan');
      for (const r of fonts.runs('ロシア連邦 Russia', 400)) {
        const sfnt = fonts.data(r.family) as Uint8Array;
        expect(sfnt).toEqual(new Uint8Array(readFileSync(cli.fileOf(r.family)!)));
      }
    } finally {
      cli.cleanup();
    }
  });

  it('a font file that cannot be fetched, or no Noto Sans JP rules: a VectorFontError naming it', async () => {
    const failing = (url: string) => Promise.reject(new Error(`could not load ${url}`));
    const error = await pageVectorFonts({ regular: 'ロシア', bold: '' }, RULES, failing).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VectorFontError);
    expect((error as VectorFontError).detail).toMatch(
      /could not load http:\/\/app\.test\/.*\.woff/,
    );
    const none = await pageVectorFonts(
      { regular: 'a', bold: '' },
      RULES.map((r) => ({ ...r, family: 'Other' })),
      load,
    ).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(VectorFontError);
    expect((none as Error).message).toMatch(/no @font-face rules of "Noto Sans JP"/);
    const woff2Only = await pageVectorFonts(
      { regular: 'a', bold: '' },
      RULES.map((r) => ({
        ...r,
        src: r.src.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/, ''),
      })),
      load,
    ).catch((e: unknown) => e);
    expect(woff2Only).toBeInstanceOf(VectorFontError);
  });
});

describe('sceneToOutlinedSvg and sceneToPdfBlob', () => {
  it('the outlined SVG is the CLI’s byte for byte', async () => {
    const fonts = await pageVectorFonts(sceneTextByWeight(scene), RULES, load);
    const app = await sceneToOutlinedSvg(scene, fonts);
    const text = sceneTextByWeight(scene);
    const prepared = prepareFonts(text.regular, text.bold);
    let cli: string;
    try {
      const runs = await runFonts(prepared);
      cli = sceneToSvg(scene, { outlines: (s) => outlinePath(s, runs).d });
    } finally {
      prepared.cleanup();
    }
    expect(app).toBe(cli);
    expect(app).not.toMatch(/<text[\s>]/);
    expect(app).toContain('aria-label="ロシアの関係(深さ1) — Erdoğan"');
  });

  it('the PDF: a PDF file with the subsets it uses embedded and the title in its Info', async () => {
    const fonts = await pageVectorFonts(sceneTextByWeight(scene), RULES, load);
    const blob = await sceneToPdfBlob(scene, 'Russia', fonts);
    expect(blob.type).toBe('application/pdf');
    const pdf = Buffer.from(await blob.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-1.')).toBe(true);
    expect(pdf).toMatch(/\/Title \d+ 0 R/);
    expect(pdf).toMatch(/\d+ 0 obj\n\(Russia\)\nendobj/);
    expect(pdf).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP700s\d+-Bold/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP400s\d+-Regular/);
    expect(pdf).not.toMatch(/Helvetica/);
  });
});

describe('the dialog’s errors', () => {
  const input = {
    graph,
    view: styleView(graph),
    visibleNodes: new Set(graph.nodes()),
    visibleEdges: new Set(graph.edges()),
    baseName: 'alignmap-test',
    image: { crop: 'visible' as const, width: 600, scale: 1 as const, legend: true },
  };

  it('the PDF module cannot be loaded: exportModuleFailed in the user’s language', async () => {
    const error = await buildExport('pdf', input, () =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportMessage);
    expect(exportErrorText('en', error)).toBe(
      t('en', 'exportModuleFailed', {
        format: 'PDF',
        detail: 'Failed to fetch dynamically imported module',
      }),
    );
    expect(exportErrorText('ja', error)).toMatch(/^PDF の書き出し機能を読み込めませんでした/);
  });

  it('a font that cannot be loaded: exportFontFailed; other errors keep their message', async () => {
    const vector = await import('../../src/export/vector');
    const failing = {
      ...vector,
      sceneToOutlinedSvg: () => Promise.reject(new VectorFontError('HTTP 404 for x.woff')),
    };
    const error = await buildExport('svg', { ...input, outlineText: true }, () =>
      Promise.resolve(failing),
    ).catch((e: unknown) => e);
    expect(exportErrorText('en', error)).toBe(
      t('en', 'exportFontFailed', { format: 'SVG', detail: 'HTTP 404 for x.woff' }),
    );
    expect(exportErrorText('en', new Error('image export: width'))).toBe('image export: width');
  });
});
