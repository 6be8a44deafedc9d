// Image export of the current subgraph (see src/export/README.md): renderSvg (pure, Node and
// browser), renderSvgWithFonts (browser: the SVG with the page's Noto Sans JP subsets it needs
// embedded) and renderPngBlob (browser: the same Scene painted on a canvas with the page's loaded
// "Noto Sans JP"). All draw exactly the actors and relations the StyleView does not hide.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import type { StyleView } from '../render/style';
import { waitForLabelFont } from '../render/fonts';
import { paintScene, type Canvas2D } from './canvas';
import {
  buildScene,
  checkImageOptions,
  MAX_PNG_PIXELS,
  type ImageOptions,
  type Scene,
} from './scene';
import { sceneToSvg } from './svg';
import { embedPageFonts, type EmbeddedFonts, type WeightedText } from './browser-fonts';

export type { ImageOptions, Scene };
export { buildScene, checkImageOptions, MAX_PNG_PIXELS };

type Graph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** Largest PNG height in device pixels (browsers refuse larger canvases). */
export const MAX_PNG_HEIGHT = 16000;

export function renderSvg(graph: Graph, view: StyleView, options: ImageOptions): string {
  return sceneToSvg(buildScene(graph, view, options));
}

/** Every character the scene draws (to load the font subsets that cover them). */
export function sceneText(scene: Scene): string {
  return [...scene.labels, ...scene.texts].map((t) => t.text).join('');
}

/** The scene's text by weight: what the regular (400) and bold (700) faces must cover. */
export function sceneTextByWeight(scene: Scene): WeightedText {
  const all = [...scene.labels, ...scene.texts];
  const join = (weight: 400 | 700) =>
    all
      .filter((t) => t.weight === weight)
      .map((t) => t.text)
      .join('');
  return { regular: join(400), bold: join(700) };
}

/**
 * The SVG with the page's Noto Sans JP subsets that its text needs embedded (browser; see
 * browser-fonts.ts), and what was embedded. Without embedding, the same text as renderSvg.
 */
export async function renderSvgWithFonts(
  graph: Graph,
  view: StyleView,
  options: ImageOptions,
  embed = embedPageFonts,
): Promise<{ svg: string; fonts: EmbeddedFonts }> {
  const scene = buildScene(graph, view, options);
  const fonts = await embed(sceneTextByWeight(scene));
  return { svg: sceneToSvg(scene, { defs: fonts.markup }), fonts };
}

export async function renderPngBlob(
  graph: Graph,
  view: StyleView,
  options: ImageOptions,
): Promise<Blob> {
  checkImageOptions(options, true);
  const scene = buildScene(graph, view, options);
  const width = Math.round(scene.width * options.scale);
  const height = Math.round(scene.height * options.scale);
  if (height > MAX_PNG_HEIGHT)
    throw new Error(
      `image export: the PNG would be ${height} px high (at most ${MAX_PNG_HEIGHT}); lower the width or the scale`,
    );
  await waitForLabelFont(sceneText(scene));
  if (typeof document !== 'undefined') {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('image export: this browser gave no 2D canvas context');
    paintScene(ctx as Canvas2D, scene, options.scale);
    return new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('image export: the canvas gave no PNG')),
        'image/png',
      ),
    );
  }
  if (typeof OffscreenCanvas === 'undefined')
    throw new Error('image export: PNG needs a browser canvas (use the CLI in Node)');
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('image export: no 2D context on the OffscreenCanvas');
  paintScene(ctx as unknown as Canvas2D, scene, options.scale);
  return canvas.convertToBlob({ type: 'image/png' });
}
