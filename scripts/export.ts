// `npm run export -- --format svg|png|gexf|graphml|json|csv --out FILE [options]`: exports the
// view the app would show (same URL state, same visibility rules, same style module) without a
// browser, for reports and automation. Images use a headless, seeded ForceAtlas2 layout, so two
// runs give identical files; PNG is the SVG rasterised by resvg with the bundled Noto Sans JP.
// Exit codes: 0 written, 1 data or export failure, 2 bad options (nothing written either way).
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { buildGraph, type AlignmapGraph } from '../src/model/build';
import { formatProblem } from '../src/model/problems';
import { validateDir } from '../src/model/load-dir';
import { parseGraphJson } from '../src/state/load-graph';
import { checkExcluded, facetValues } from '../src/view/reconcile';
import { exportGraph, importFile } from '../src/io';
import { headlessLayout } from '../src/layout/headless';
import { kindColor, nodeSize, relationColor } from '../src/render/style';
import { parseExportArgs, USAGE, UsageError, type ExportArgs } from '../src/export/cli-args';
import { dateLine, headlessView, sourceLine } from '../src/export/headless-view';
import { egoExport, yearSpan, type EgoExport } from '../src/export/ego';
import { buildScene, type ImageOptions, type Scene } from '../src/export/scene';
import { sceneToSvg } from '../src/export/svg';
import {
  embeddedFontStyle,
  FONT_FAMILY_NAME,
  prepareFonts,
  runFonts,
} from '../src/export/node-fonts';
import { outlinePath } from '../src/export/outline';
import { parseDataArgs } from './data-cli';

/** Extra room around each node for noverlap, in px (as the app: graph-attachment.svelte.ts). */
const NODE_MARGIN_PX = 6;

class DataError extends Error {}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * --graph FILE: our graph.json (build:data's output, read as the app reads it), or any file the
 * app imports (GEXF, GraphML, graphology JSON, CSV edge list or zip, our dataset YAML/JSON),
 * through the app's importer: same detection, same warnings, same normalisation.
 */
async function loadGraphFile(path: string): Promise<AlignmapGraph> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new DataError(`export: --graph ${path}: ${(e as Error).message}`);
  }
  if (/\.json$/i.test(path)) {
    const own = parseGraphJson(new TextDecoder().decode(bytes), path);
    if (own.ok) return own.graph;
  }
  const result = await importFile(path, bytes);
  for (const w of result.warnings.slice(0, 20))
    console.error(`export: warning: ${path}: ${w.where}: ${w.message}`);
  if (!result.ok) {
    for (const e of result.errors.slice(0, 20))
      console.error(`export: ${path}: ${e.where}: ${e.message}`);
    throw new DataError(`export: --graph ${path}: not imported (${result.errors.length} error(s))`);
  }
  return result.graph;
}

async function loadGraph(args: ExportArgs): Promise<AlignmapGraph> {
  if (args.graph) return loadGraphFile(args.graph);
  const { dataDir, seedsDir } = parseDataArgs(args.data ? [args.data] : []);
  const result = validateDir(dataDir, { seedsDir: args.seeds ? resolve(args.seeds) : seedsDir });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!result.ok || !result.dataset) {
    for (const p of errors) console.error(formatProblem(p));
    throw new DataError(
      `export: ${dataDir}: invalid data (${errors.length} error(s)); fix it (npm run validate) — nothing written`,
    );
  }
  return buildGraph(result.dataset);
}

/** Writes every file to a temporary name first, then renames them all (no half-written output). */
function writeAtomically(files: { path: string; data: string | Uint8Array }[]): void {
  const temps: string[] = [];
  try {
    for (const f of files) {
      const tmp = `${f.path}.${process.pid}.tmp`;
      temps.push(tmp);
      writeFileSync(tmp, f.data);
    }
    files.forEach((f, i) => renameSync(temps[i]!, f.path));
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw e;
  }
}

/** The texts of a scene by weight (to choose the font subsets). */
function sceneText(scene: Scene): { regular: string; bold: string } {
  const all = [...scene.labels, ...scene.texts];
  const join = (bold: boolean) =>
    all
      .filter((t) => (t.weight === 700) === bold)
      .map((t) => t.text)
      .join('');
  return { regular: join(false), bold: join(true) };
}

/** The scene's SVG rasterised by resvg with the bundled Noto Sans JP subsets it needs. */
function rasterise(scene: Scene, scale: number): Uint8Array {
  const { regular, bold } = sceneText(scene);
  const fonts = prepareFonts(regular, bold);
  try {
    const svg = sceneToSvg(scene, { runs: fonts.runs });
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: {
        // Only the bundled fonts: the picture depends on nothing installed on the machine.
        loadSystemFonts: false,
        fontFiles: fonts.files,
        defaultFontFamily: FONT_FAMILY_NAME,
      },
    });
    return resvg.render().asPng();
  } finally {
    fonts.cleanup();
  }
}

/** The scene's SVG with its text as glyph outlines (no font needed to render it). */
async function outlinedSvg(scene: Scene): Promise<string> {
  const { regular, bold } = sceneText(scene);
  const fonts = prepareFonts(regular, bold);
  try {
    const runs = await runFonts(fonts);
    return sceneToSvg(scene, { outlines: (t) => outlinePath(t, runs).d });
  } finally {
    fonts.cleanup();
  }
}

/** The scene as a vector PDF with the Noto Sans JP subsets it uses embedded. */
async function pdf(scene: Scene, title: string | undefined): Promise<Uint8Array> {
  const { regular, bold } = sceneText(scene);
  const fonts = prepareFonts(regular, bold);
  try {
    // pdfkit only when a PDF is asked for (it takes a while to load)
    const { sceneToPdf } = await import('../src/export/pdf');
    return await sceneToPdf(
      scene,
      {
        runs: (text, weight) => fonts.runs(text, weight),
        data: (family) => {
          const file = fonts.fileOf(family);
          if (!file) throw new Error(`no prepared font for "${family}"`);
          return file;
        },
      },
      title ? { title } : {},
    );
  } finally {
    fonts.cleanup();
  }
}

async function run(args: ExportArgs): Promise<string> {
  const started = performance.now();
  const graph = await loadGraph(args);
  for (const w of args.warnings) console.error(`export: warning: ${w}`);
  // hidden filter values neither in the vocabulary nor in this graph: warn, as the app does
  const checked = checkExcluded(args.url.exclude, facetValues(graph));
  for (const w of checked.warnings) console.error(`export: warning: ${w}`);
  args.url.exclude = checked.exclude;
  if (args.url.camera)
    console.error(
      'export: warning: URL parameter "cam" ignored: the CLI crops to the visible actors',
    );
  const selected = args.url.selection;
  if (
    selected &&
    !(selected.kind === 'node' ? graph.hasNode(selected.id) : graph.hasEdge(selected.id))
  )
    console.error(
      `export: warning: URL parameter "${selected.kind}": no ${selected.kind === 'node' ? 'actor' : 'relation'} "${selected.id}" in the data; selection ignored`,
    );
  if (args.url.align !== null)
    console.error(
      'export: warning: URL parameter "align" (details panel) is not part of a picture',
    );
  const headless = headlessView(graph, args.url);
  const { visible, sizes, language, messages } = headless;
  let view = headless.view;
  const problems = [
    ...visible.messages,
    ...(args.format === 'svg' || args.format === 'png' || args.format === 'pdf' ? messages : []),
  ];
  if (problems.length > 0) throw new UsageError(`export: ${problems.join('; ')} — nothing written`);

  const image = args.format === 'svg' || args.format === 'png' || args.format === 'pdf';
  const timeLine = dateLine(graph, args.url, language);
  const time =
    args.url.at !== null
      ? { from: args.url.at, to: args.url.at }
      : { from: args.url.from, to: args.url.to };
  // a picture of a focus: the centre in the middle, its neighbours on rings (ego.ts)
  let ego: EgoExport | null = null;
  if (image && args.radial && args.url.focus !== null && visible.focusDistance) {
    ego = egoExport(
      graph,
      view,
      {
        id: args.url.focus,
        depth: args.url.depth,
        distance: visible.focusDistance,
        neighbourTies: args.neighbourTies,
      },
      time,
      timeLine,
    );
    view = { ...ego.picture.view, dimmedNodes: view.dimmedNodes, dimmedEdges: view.dimmedEdges };
  }
  let out = resolve(args.out);
  if (isDirectory(out)) {
    const years = yearSpan(time.from, time.to);
    const base = ego?.baseName ?? `alignmap-${years || new Date().toISOString().slice(0, 10)}`;
    out = join(out, `${base}.${args.format === 'csv' ? 'zip' : args.format}`);
  }
  const subset = { nodes: visible.visibleNodes, edges: visible.visibleEdges };
  let files: { path: string; data: string | Uint8Array }[];
  // --layout keep: the file's positions as they are (e.g. the settled layout build:data ships),
  // when every actor has one; else the headless layout (which gives those same positions for
  // the bundled data at the default size metric).
  const positioned = graph.everyNode((_id, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
  if (args.keepLayout && !positioned)
    console.error('export: warning: --layout keep: not every actor has a position; laid out anew');
  // an ego picture draws rings, not the layout
  const needsLayout =
    ((image && !ego) || args.format === 'gexf') && !(args.keepLayout && positioned);
  let layoutMs = 0;
  if (needsLayout) {
    layoutMs = headlessLayout(graph, {
      nodeRadiusPx: (id) => nodeSize(sizes.get(id)) + NODE_MARGIN_PX,
    }).ms;
  }
  if (args.format === 'svg' || args.format === 'png' || args.format === 'pdf') {
    const title = args.title ?? ego?.title;
    const options: ImageOptions = {
      crop: args.crop,
      width: args.width,
      scale: args.scale,
      legend: args.legend,
      ...(title ? { title } : {}),
      ...(ego ? ego.options : {}),
      dateLine: ego ? ego.dateLine : timeLine,
      sourceLine: args.source ?? sourceLine(graph, language),
    };
    const scene = buildScene(graph, view, options);
    files = [
      {
        path: out,
        data:
          args.format === 'png'
            ? rasterise(scene, args.scale)
            : args.format === 'pdf'
              ? await pdf(scene, title)
              : args.outlineText
                ? await outlinedSvg(scene)
                : sceneToSvg(scene, {
                    defs: args.embedFont
                      ? embeddedFontStyle(sceneText(scene).regular, sceneText(scene).bold)
                      : undefined,
                  }),
      },
    ];
  } else if (args.format === 'csv') {
    if (/\.zip$/i.test(out))
      files = [{ path: out, data: exportGraph('csv-zip', graph, subset, { language }).data }];
    else {
      const base = out.replace(/\.csv$/i, '');
      files = [
        {
          path: `${base}-nodes.csv`,
          data: exportGraph('csv-nodes', graph, subset, { language }).data,
        },
        {
          path: `${base}-edges.csv`,
          data: exportGraph('csv-edges', graph, subset, { language }).data,
        },
      ];
    }
  } else {
    const gexf = {
      // a file's own viz colours (Gephi) win over the app's kind/relation colours
      nodeColor: (_id: string, a: Record<string, unknown>) =>
        typeof a.color === 'string' ? a.color : kindColor(String(a.kind)),
      edgeColor: (_id: string, a: Record<string, unknown>) =>
        typeof a.color === 'string'
          ? a.color
          : relationColor(String(a.relation), args.url.edgeColors),
    };
    files = [{ path: out, data: exportGraph(args.format, graph, subset, { gexf, language }).data }];
  }
  writeAtomically(files);
  const ms = Math.round(performance.now() - started);
  const layout = needsLayout ? `, layout ${Math.round(layoutMs)} ms` : '';
  const drawn = ego ? ego.picture.edges.size : visible.visibleEdges.size;
  return `export: wrote ${files.map((f) => f.path).join(', ')} (${visible.visibleNodes.size} actors, ${drawn} relations; ${ms} ms${layout})`;
}

try {
  const args = parseExportArgs(process.argv.slice(2));
  if (args.help) console.log(USAGE);
  else console.log(await run(args));
} catch (e) {
  if (e instanceof UsageError) {
    console.error(e.message);
    process.exitCode = 2;
  } else if (e instanceof DataError) {
    console.error(e.message);
    process.exitCode = 1;
  } else {
    console.error(`export: failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
