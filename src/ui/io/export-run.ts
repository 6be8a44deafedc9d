// What the export dialog produces: the file of the visible subgraph in the chosen format (picture
// or data), its file name (alignmap-2025-05.svg), and the default date and source lines of a
// picture, and the size an embedded font adds to an SVG. Pure apart from renderPngBlob (browser
// canvas) and the font embedding (fetches the page's font files); the dialog only collects choices.
import type { AlignmapGraph } from '../../model/build';
import { exportGraph, type DataExportFormat } from '../../io/export';
import {
  buildScene,
  renderPngBlob,
  renderSvg,
  renderSvgWithFonts,
  sceneTextByWeight,
  type ImageOptions,
} from '../../export/image';
import { embedPageFonts } from '../../export/browser-fonts';
import { egoPicture, type EgoSpec } from '../../export/ego';
import type { Language } from '../../model/language';
import { styleEdge, styleNode, type StyleView } from '../../render/style';
import type { EdgeAttributes, NodeAttributes } from '../../model/graph-types';
import { joinList, t } from '../i18n';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'gexf' | 'graphml' | 'json' | 'csv-zip';
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'png',
  'svg',
  'pdf',
  'gexf',
  'graphml',
  'json',
  'csv-zip',
];
export const FORMAT_NAMES: Record<ExportFormat, string> = {
  png: 'PNG',
  svg: 'SVG',
  pdf: 'PDF',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML',
  json: 'graphology JSON',
  'csv-zip': 'CSV (nodes + edges, zip)',
};
export type ImageFormat = 'png' | 'svg' | 'pdf';
export const isImage = (f: ExportFormat): f is ImageFormat =>
  f === 'png' || f === 'svg' || f === 'pdf';

/** What the user chooses for a picture (the dialog's fields). */
export interface ImageChoices {
  /** rings = an ego picture of the focus (only offered while an actor is focused). */
  crop: 'visible' | 'camera' | 'rings';
  /** Ego picture: also the relations among the neighbours. */
  neighbourTies: boolean;
  width: number;
  scale: 1 | 2 | 3 | 4;
  title: string;
  legend: boolean;
  dateLine: string;
  sourceLine: string;
  /** SVG: embed the Noto Sans JP subsets the text needs (on by default). */
  embedFont: boolean;
  /** SVG: text as glyph outlines (renders with no font installed; words kept in <title>). */
  outlineText: boolean;
}

/** The scene options for the choices (scale only for PNG; empty title and lines left out). */
export function imageOptions(
  choices: ImageChoices,
  format: ImageFormat,
  cameraBox?: ImageOptions['cameraBox'],
): ImageOptions {
  return {
    crop: choices.crop === 'camera' ? 'camera' : 'visible',
    ...(cameraBox ? { cameraBox } : {}),
    width: Math.round(Number(choices.width)),
    scale: format === 'png' ? choices.scale : 1,
    legend: choices.legend,
    ...(choices.title.trim() ? { title: choices.title.trim() } : {}),
    ...(choices.dateLine.trim() ? { dateLine: choices.dateLine.trim() } : {}),
    ...(choices.sourceLine.trim() ? { sourceLine: choices.sourceLine.trim() } : {}),
  };
}

export interface TimeRange {
  from?: string;
  to?: string;
}

export interface ExportInput {
  graph: AlignmapGraph;
  /** The screen's style view (hover and selection highlights are left out of the picture). */
  view: StyleView;
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlySet<string>;
  baseName: string;
  image: ImageOptions;
  /** SVG: embed the page's font subsets the picture's text needs. */
  embedFont?: boolean;
  /** SVG: text as glyph outlines (takes precedence over embedFont). */
  outlineText?: boolean;
  /** An ego picture of the focus (rings); absent = the graph as laid out. */
  ego?: EgoSpec | null;
}

export interface ExportOutput {
  blob: Blob;
  fileName: string;
}

/** The picture shows the view without the transient hover/selection highlight. */
export function exportStyleView(view: StyleView): StyleView {
  return { ...view, highlight: null, selectedNode: null, selectedEdge: null };
}

/** The view and scene options of the picture: the rings of an ego picture when asked for. */
export function pictureInput(input: ExportInput): { view: StyleView; image: ImageOptions } {
  const view = exportStyleView(input.view);
  if (!input.ego) return { view, image: input.image };
  const ego = egoPicture(input.graph, view, input.ego);
  return {
    view: ego.view,
    image: { ...input.image, positions: ego.positions, labelAll: true, centre: input.ego.id },
  };
}

/** An export failure to show in the user's language (catalog key and its parameters). */
export class ExportMessage extends Error {
  constructor(
    readonly key: 'exportFontFailed' | 'exportModuleFailed',
    readonly params: { format: string; detail: string },
  ) {
    super(`export: ${key}: ${params.format}: ${params.detail}`);
  }
}

/** The dialog's text for an export error: the catalog's for an ExportMessage, else its message. */
export function exportErrorText(lang: Language, e: unknown): string {
  if (e instanceof ExportMessage) return t(lang, e.key, e.params);
  return e instanceof Error ? e.message : String(e);
}

type VectorModule = typeof import('../../export/vector');

/**
 * The PDF / outlined-SVG module (pdfkit, fontkit, font preparation), loaded on first use so that
 * none of it is in the app's first bundle; its failures turned into ExportMessages.
 */
async function withVector<T>(
  format: string,
  use: (vector: VectorModule) => Promise<T>,
  load: () => Promise<VectorModule> = () => import('../../export/vector'),
): Promise<T> {
  let vector: VectorModule;
  try {
    vector = await load();
  } catch (e) {
    throw new ExportMessage('exportModuleFailed', { format, detail: (e as Error).message });
  }
  try {
    return await use(vector);
  } catch (e) {
    if (e instanceof vector.VectorFontError)
      throw new ExportMessage('exportFontFailed', { format, detail: e.detail });
    throw e;
  }
}

export async function buildExport(
  format: ExportFormat,
  input: ExportInput,
  loadVector?: () => Promise<VectorModule>,
): Promise<ExportOutput> {
  const view = exportStyleView(input.view);
  if (format === 'pdf' || (format === 'svg' && input.outlineText)) {
    const picture = pictureInput(input);
    const scene = buildScene(input.graph, picture.view, picture.image);
    const blob = await withVector(
      format === 'pdf' ? 'PDF' : 'SVG',
      async (vector) =>
        format === 'pdf'
          ? vector.sceneToPdfBlob(scene, picture.image.title)
          : new Blob([await vector.sceneToOutlinedSvg(scene)], { type: 'image/svg+xml' }),
      loadVector,
    );
    return { blob, fileName: `${input.baseName}.${format}` };
  }
  if (format === 'svg') {
    const picture = pictureInput(input);
    const svg = input.embedFont
      ? (await renderSvgWithFonts(input.graph, picture.view, picture.image)).svg
      : renderSvg(input.graph, picture.view, picture.image);
    return {
      blob: new Blob([svg], { type: 'image/svg+xml' }),
      fileName: `${input.baseName}.svg`,
    };
  }
  if (format === 'png') {
    const picture = pictureInput(input);
    const blob = await renderPngBlob(input.graph, picture.view, picture.image);
    return { blob, fileName: `${input.baseName}.png` };
  }
  const file = exportGraph(
    format satisfies DataExportFormat,
    input.graph,
    { nodes: input.visibleNodes, edges: input.visibleEdges },
    {
      baseName: input.baseName,
      gexf: {
        // the colours of the screen, so that Gephi opens the same picture
        nodeColor: (id, a) => styleNode(id, a as NodeAttributes, view).color,
        edgeColor: (id, a) => styleEdge(id, a as EdgeAttributes, view).color,
        creator: 'Alignmap',
      },
    },
  );
  const data = file.data;
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  return { blob: new Blob([part], { type: file.mimeType }), fileName: file.fileName };
}

/**
 * The bytes embedding the font adds to the SVG of this picture (fetches the subsets it needs, which
 * the export then reuses). Throws as the export would (invalid options, fonts not loadable).
 */
export async function embeddedFontBytes(input: ExportInput): Promise<number> {
  const picture = pictureInput(input);
  const scene = buildScene(input.graph, picture.view, picture.image);
  return (await embedPageFonts(sceneTextByWeight(scene))).markup.length + 1;
}

/** "1.2 MB", "640 KB": an approximate file size. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** "alignmap-2025-05", "alignmap-2025-05-01_2025-05-31", "alignmap-my-data-2025-09-14". */
export function exportBaseName(
  importedName: string | null,
  time: TimeRange | null,
  today: Date,
): string {
  const parts = ['alignmap'];
  if (importedName) {
    const slug = importedName
      .replace(/\.[a-z0-9]+(?= \+ |$)/gi, '') // file extensions
      .toLowerCase()
      .replace(/[^a-z0-9\u3040-\u30ff\u4e00-\u9fff]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
    if (slug) parts.push(slug);
  }
  if (time && (time.from || time.to)) {
    if (time.from && time.to)
      parts.push(time.from === time.to ? time.from : `${time.from}_${time.to}`);
    else if (time.from) parts.push(`from-${time.from}`);
    else parts.push(`to-${time.to}`);
  } else parts.push(today.toISOString().slice(0, 10));
  return parts.join('-');
}

/**
 * The date line of a picture: the time filter when there is one, else the span of the dates of
 * the visible relations ("" when none is dated).
 */
export function dateLineText(
  time: TimeRange | null,
  graph: AlignmapGraph,
  visibleEdges: Iterable<string>,
  lang: Language,
): string {
  if (time && (time.from || time.to)) {
    if (time.from && time.to)
      return time.from === time.to
        ? t(lang, 'pictureAsOf', { date: time.from })
        : `${time.from} – ${time.to}`;
    if (time.from) return t(lang, 'pictureSince', { date: time.from });
    return t(lang, 'pictureUntil', { date: time.to ?? '' });
  }
  let min: string | null = null;
  let max: string | null = null;
  for (const id of visibleEdges) {
    const a = graph.getEdgeAttributes(id);
    for (const d of [a.start, a.end]) {
      if (typeof d !== 'string' || d === '') continue;
      if (min === null || d < min) min = d;
      if (max === null || d > max) max = d;
    }
  }
  if (min === null || max === null) return '';
  const span = min === max ? min : `${min} – ${max}`;
  return t(lang, 'relationsDated', { span });
}

/** "Source: Alignmap dataset (5 sources, 2025)" or "Source: my-file.gexf (imported)". */
export function defaultSourceLine(
  graph: AlignmapGraph,
  importedName: string | null,
  lang: Language,
): string {
  if (importedName)
    return t(lang, 'sourceLine', { name: t(lang, 'importedSource', { name: importedName }) });
  const attrs = graph.getAttributes();
  const name = typeof attrs.name === 'string' && attrs.name ? attrs.name : 'Alignmap';
  const sources = Array.isArray(attrs.sources) ? attrs.sources : [];
  const years = sources
    .map((s) => (s as { date?: unknown }).date)
    .filter((d): d is string => typeof d === 'string' && /^\d{4}/.test(d))
    .map((d) => d.slice(0, 4))
    .sort();
  const first = years[0];
  const last = years[years.length - 1];
  const span = !first || !last ? '' : first === last ? first : `${first}–${last}`;
  const head = t(lang, 'sourceLine', { name });
  if (sources.length === 0) return head;
  const count = t(lang, 'sourceCount', { count: sources.length });
  return t(lang, 'parenthetical', {
    text: head,
    detail: joinList(lang, [count, ...(span ? [span] : [])]),
  });
}

/** Saves a blob under a file name through a temporary object URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
