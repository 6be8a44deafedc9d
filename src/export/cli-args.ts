// Command-line options of `npm run export` (scripts/export.ts), parsed strictly: every problem is
// one line naming the option and what was expected (the script exits with code 2, writes nothing).
// The view options are the codecs of the one view state that declare a command-line option
// (src/view/view-state.ts: a codec with `cli`), applied on top of --view (a query string copied
// from the app), so both spellings mean the same and a new view parameter with `cli` is an option
// here without any change to this file.
import { RELATION_TYPES } from '../model/vocabulary';
import { PARAMS, checkTime, parseUrlState, type ViewState } from '../view/view-state';
import { englishWarning, type AppWarning } from '../view/warnings';
import { MAX_PNG_PIXELS, MAX_WIDTH, MIN_WIDTH } from './scene';

export const FORMATS = ['svg', 'png', 'pdf', 'gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export class UsageError extends Error {}

export interface ExportArgs {
  format: ExportFormat;
  out: string;
  /**
   * graph-data folder (validated and built) or a graph file (graph.json, or any file the app
   * imports: GEXF, GraphML, graphology JSON, CSV/zip, dataset YAML/JSON); neither = the default folder.
   */
  data: string | null;
  graph: string | null;
  seeds: string | null;
  url: ViewState;
  /** Warnings about --view parameters (the app ignores bad ones the same way). */
  warnings: string[];
  title: string | null;
  source: string | null;
  legend: boolean;
  width: number;
  scale: 1 | 2 | 3 | 4;
  crop: 'visible';
  /** Use the positions in the graph file as they are instead of a new layout (--layout keep). */
  keepLayout: boolean;
  /** SVG: embed the Noto Sans JP subsets the text needs (WOFF2, base64). */
  embedFont: boolean;
  /** SVG: text as glyph outlines (renders with no font installed; text kept in <title>). */
  outlineText: boolean;
  /** With a focus: draw the rings picture (the centre in the middle); false = the graph's layout. */
  radial: boolean;
  /** Ego picture: also the relations among the neighbours (default: the centre's own only). */
  neighbourTies: boolean;
  help: boolean;
}

/** The view state's codecs that are command-line options too. */
const VIEW_OPTIONS = PARAMS.filter((c) => c.cli);

export const USAGE = `usage: npm run export -- --format svg|png|pdf|gexf|graphml|json|csv --out FILE [options]
  data:    --data DIR (graph-data folder, default graph-data/) | --graph FILE (graph.json, or
           any file the app imports: .gexf .graphml .json .csv .zip .yaml)
           --seeds DIR (seed texts for the quote check; default ../shared/seeds when present)
  view:    --view 'QUERY' (the app's URL query string; the options below override it)
           --relations a,b (relation types to keep)
${VIEW_OPTIONS.map((c) => `           --${c.cli!.option} ${c.cli!.help}`).join('\n')}
  layout:  --layout run|keep (keep: the file's own positions, e.g. Gephi's viz:position, when
           every actor has one)
  picture: --title TEXT --source TEXT --no-legend --width N (${MIN_WIDTH}-${MAX_WIDTH}, default 1600)
           --scale 1|2|3|4 (PNG pixel ratio, default 1) --crop visible
           --embed-font (SVG: embed the Noto Sans JP subsets used, so it looks the same offline)
           --outline-text (SVG: text as glyph outlines from Noto Sans JP: renders anywhere,
           even with no Japanese font; the words stay in <title> and aria-label)
           PDF: vector, the Noto Sans JP subsets used embedded
  focus:   a picture of a focus puts the centre in the middle, its neighbours on rings around it
           and draws only the relations leading out from the centre; --neighbour-ties draws the
           ties among the neighbours too; --no-radial keeps the graph's layout
  out:     --out DIR/ (an existing folder) names the file from the view: russia-depth1-2025.svg
  csv:     --out FILE.zip writes one zip (nodes.csv, edges.csv); any other name writes
           NAME-nodes.csv and NAME-edges.csv`;

const VALUE_OPTIONS = new Set([
  'format',
  'out',
  'data',
  'graph',
  'seeds',
  'view',
  'relations',
  'title',
  'source',
  'width',
  'scale',
  'crop',
  'layout',
  ...VIEW_OPTIONS.map((c) => c.cli!.option),
]);
const FLAGS = new Set([
  'no-legend',
  'embed-font',
  'outline-text',
  'neighbour-ties',
  'no-radial',
  'help',
]);

const fail = (message: string): never => {
  throw new UsageError(`export: ${message}`);
};

/** Applies one view option through its codec; a codec warning becomes a usage error. */
function applyOption(state: ViewState, codec: (typeof PARAMS)[number], value: string): void {
  const warning = codec.parse(value, state);
  if (warning) fail(`--${codec.cli!.option}: ${warning.replace(/^"[^"]+": /, '')}`);
}

/** A date option replaces the other spelling of the time of --view (--at the range, and back). */
const TIME_CLEARS: Record<string, (keyof ViewState)[]> = {
  at: ['from', 'to'],
  from: ['at'],
  to: ['at'],
};

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) fail(`unexpected argument "${arg}" (options start with --)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (FLAGS.has(name)) {
      if (eq > 0) fail(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) fail(`unknown option --${name}; see --help`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) fail(`--${name} needs a value`);
    if (values.has(name)) fail(`--${name} given more than once`);
    values.set(name, value!);
  }
  const help = flags.has('help');
  const get = (name: string) => values.get(name);

  const out = get('out') ?? '';
  const formatText = get('format') ?? (/\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase() || '');
  const format = (formatText === 'zip' ? 'csv' : formatText) as ExportFormat;
  if (!help) {
    if (!FORMATS.includes(format))
      fail(`--format: expected one of ${FORMATS.join(', ')}, got "${formatText}"`);
    if (!out) fail('--out: expected the file to write');
  }
  if (get('data') !== undefined && get('graph') !== undefined)
    fail('--data and --graph exclude each other: give a data folder or a graph file');

  // View: --view first, then the explicit options through the same codecs.
  const parsed = parseUrlState(get('view') ?? '');
  const url = parsed.state;
  if (get('at') !== undefined && (get('from') !== undefined || get('to') !== undefined))
    fail('--at: a single date excludes --from/--to');
  for (const codec of VIEW_OPTIONS) {
    const value = get(codec.cli!.option);
    if (value === undefined) continue;
    for (const key of TIME_CLEARS[codec.key] ?? []) Object.assign(url, { [key]: null });
    applyOption(url, codec, value);
  }
  if ((get('depth') !== undefined || get('direction') !== undefined) && url.focus === null)
    fail('--depth/--direction: expected a focus (--focus ID, or focus= in --view)');
  if ((flags.has('neighbour-ties') || flags.has('no-radial')) && url.focus === null)
    fail('--neighbour-ties/--no-radial: expected a focus (--focus ID, or focus= in --view)');
  const relations = get('relations');
  if (relations !== undefined) {
    const keep = relations.split(',').filter((r) => r.length > 0);
    const bad = keep.filter((r) => !(RELATION_TYPES as readonly string[]).includes(r));
    if (keep.length === 0 || bad.length > 0)
      fail(
        `--relations: expected relation types separated by commas (any of ${RELATION_TYPES.join(', ')}), got "${relations}"`,
      );
    url.exclude.relations = RELATION_TYPES.filter((r) => !keep.includes(r));
  }
  const timeProblems: AppWarning[] = [];
  checkTime(url, timeProblems);
  const reversed = timeProblems.find((w) => w.code === 'reversed-range');
  if (reversed?.code === 'reversed-range')
    fail(
      `--from/--to: the range starts (${reversed.params.from}) after it ends (${reversed.params.to})`,
    );
  for (const w of timeProblems) fail(englishWarning(w));

  const widthText = get('width') ?? '1600';
  const width = Number(widthText);
  if (!/^\d+$/.test(widthText) || width < MIN_WIDTH || width > MAX_WIDTH)
    fail(
      `--width: expected a whole number of px from ${MIN_WIDTH} to ${MAX_WIDTH}, got "${widthText}"`,
    );
  const scaleText = get('scale') ?? '1';
  if (!['1', '2', '3', '4'].includes(scaleText))
    fail(`--scale: expected 1, 2, 3 or 4, got "${scaleText}"`);
  const scale = Number(scaleText) as 1 | 2 | 3 | 4;
  if (format === 'png' && width * scale > MAX_PNG_PIXELS)
    fail(`--width/--scale: a PNG may be at most 8000 px wide, got ${width} × ${scale}`);
  const crop = get('crop') ?? 'visible';
  if (crop !== 'visible')
    fail(
      `--crop: expected "visible" (a camera crop needs the app's viewport: export it from the browser), got "${crop}"`,
    );
  const layout = get('layout') ?? 'run';
  if (layout !== 'run' && layout !== 'keep')
    fail(`--layout: expected run or keep, got "${layout}"`);

  return {
    format,
    out,
    data: get('data') ?? null,
    graph: get('graph') ?? null,
    seeds: get('seeds') ?? null,
    url,
    warnings: parsed.warnings,
    title: get('title') ?? null,
    source: get('source') ?? null,
    legend: !flags.has('no-legend'),
    width,
    scale,
    crop: 'visible',
    keepLayout: layout === 'keep',
    embedFont: flags.has('embed-font'),
    outlineText: flags.has('outline-text'),
    radial: !flags.has('no-radial'),
    neighbourTies: flags.has('neighbour-ties'),
    help,
  };
}
