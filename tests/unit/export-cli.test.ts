import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExportArgs, UsageError } from '../../src/export/cli-args';
import { parseGexf } from '../../src/io';
import { dateLine, headlessView, sourceLine } from '../../src/export/headless-view';
import { parseGraphJson } from '../../src/state/load-graph';
import { parseUrlState } from '../../src/view/view-state';
import { removeDataDirs, writeDataDir } from './helpers/data-dir';
import { byClass, findAll, parseSvg } from '../fixtures/export/svg-tree';

const FIXTURE = 'tests/fixtures/graph.json';
const out = mkdtempSync(join(tmpdir(), 'alignmap-export-'));
const path = (name: string) => join(out, name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run export` does (tsx), from the repository root. */
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/export.ts', ...args],
      { cwd: process.cwd(), timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

// Every CLI run starts at once (a few at a time) in beforeAll; the tests then read the results.
const runs: Record<string, string[]> = {
  svg1: ['--graph', FIXTURE, '--format', 'svg', '--out', path('a.svg')],
  svg2: ['--graph', FIXTURE, '--format', 'svg', '--out', path('b.svg')],
  bogus: [
    '--graph',
    FIXTURE,
    '--format',
    'json',
    '--view',
    'hide-rel=bogus,sanction',
    '--out',
    path('bogus.json'),
  ],
  png: [
    '--graph',
    FIXTURE,
    '--format',
    'png',
    '--width',
    '600',
    '--scale',
    '2',
    '--lang',
    'ja',
    '--title',
    '日本語のタイトル',
    '--out',
    path('a.png'),
  ],
  gexf: [
    '--graph',
    FIXTURE,
    '--format',
    'gexf',
    '--relations',
    'alliance,sanction',
    '--out',
    path('a.gexf'),
  ],
  focus: [
    '--graph',
    FIXTURE,
    '--format',
    'svg',
    '--view',
    'lang=ja&focus=japan&hide-kind=person',
    '--out',
    path('focus.svg'),
  ],
  override: [
    '--graph',
    FIXTURE,
    '--format',
    'svg',
    '--view',
    'lang=ja&focus=japan',
    '--lang',
    'en',
    '--focus',
    'iran',
    '--out',
    path('override.svg'),
  ],
  csv: ['--graph', FIXTURE, '--format', 'csv', '--out', path('data.csv')],
  zip: [
    '--graph',
    FIXTURE,
    '--format',
    'csv',
    '--from',
    '2025-01',
    '--to',
    '2025-12',
    '--out',
    path('data.zip'),
  ],
  badWidth: ['--graph', FIXTURE, '--format', 'png', '--width', 'wide', '--out', path('bad.png')],
  badFocus: [
    '--graph',
    FIXTURE,
    '--format',
    'svg',
    '--focus',
    'atlantis',
    '--out',
    path('bad.svg'),
  ],
  badData: ['--graph', path('missing.json'), '--format', 'svg', '--out', path('bad2.svg')],
  data: [], // filled in beforeAll (a temporary graph-data folder)
  keep: ['--graph', path('positioned.json'), '--layout', 'keep', '--out', path('keep.svg')],
  // any file the app imports: Gephi's GEXF (positions, colours) to GraphML in Japanese
  gephi: [
    '--graph',
    'tests/fixtures/io/gephi-0.10.gexf',
    '--layout',
    'keep',
    '--lang',
    'ja',
    '--out',
    path('gephi.gexf'),
  ],
  lesmis: [
    '--graph',
    'tests/fixtures/io/lesmis-gephi.gexf',
    '--layout',
    'keep',
    '--node-size',
    'attr:Degree',
    '--edge-filter',
    'Setting:hide:family',
    '--out',
    path('lesmis.svg'),
  ],
  lesmisView: [
    '--graph',
    'tests/fixtures/io/lesmis-gephi.gexf',
    '--layout',
    'keep',
    '--view',
    'node-color=attr:Degree&edge-color=default',
    '--out',
    path('lesmis-view.svg'),
  ],
  gephiGraphml: ['--graph', 'tests/fixtures/io/gephi-0.10.gexf', '--out', path('gephi.graphml')],
  csvIn: ['--graph', 'tests/fixtures/io/gephi-edges.csv', '--out', path('from-csv.json')],
  badGraph: ['--graph', 'tests/fixtures/io/dataset-broken.yaml', '--out', path('broken.gexf')],
};
const results: Record<string, Run> = {};

beforeAll(async () => {
  const { dataDir, seedsDir } = writeDataDir();
  runs.data = [
    '--data',
    dataDir,
    '--seeds',
    seedsDir,
    '--format',
    'svg',
    '--out',
    path('data.svg'),
  ];
  // the fixture with positions on a diagonal: x = y = its index
  const positioned = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
    nodes: { attributes: Record<string, unknown> }[];
  };
  positioned.nodes.forEach((n, i) => Object.assign(n.attributes, { x: i * 10, y: i * 10 }));
  writeFileSync(path('positioned.json'), JSON.stringify(positioned));
  const queue = Object.entries(runs);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift())
      results[next[0]] = await cli(next[1]);
  };
  await Promise.all([worker(), worker(), worker()]);
  // a budget, not a wait: some twenty CLI processes on two shared cores (took 26 s alone, over
  // 60 s beside a browser test run)
}, 180_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  removeDataDirs();
});

const svgOf = (name: string) => parseSvg(readFileSync(path(name), 'utf8'));

describe('npm run export', () => {
  it('writes the same SVG twice, with the visible actors and relations', () => {
    expect(results.svg1!.code, results.svg1!.stderr).toBe(0);
    expect(results.svg1!.stdout).toMatch(/^export: wrote .*a\.svg \(22 actors, 63 relations;/);
    expect(readFileSync(path('a.svg'))).toEqual(readFileSync(path('b.svg')));
    const svg = svgOf('a.svg');
    expect(svg.attrs.get('data-nodes')).toBe('22');
    expect(svg.attrs.get('data-edges')).toBe('63');
    expect(byClass(svg, 'text', 'source')[0]!.text).toMatch(
      /^Source: Alignmap — Alignmap test fixture/,
    );
  });

  it('writes a PNG of the requested width (width × scale) with a Japanese title', () => {
    expect(results.png!.code, results.png!.stderr).toBe(0);
    const png = readFileSync(path('a.png'));
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });

  it('writes GEXF our importer reads back, with only the relation types asked for', async () => {
    expect(results.gexf!.code, results.gexf!.stderr).toBe(0);
    const parsed = await parseGexf(readFileSync(path('a.gexf'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const relations = new Set(parsed.graph.mapEdges((_e, a) => a.relation));
    expect([...relations].sort()).toEqual(['alliance', 'sanction']);
    parsed.graph.forEachNode((_id, a) => expect(Number.isFinite(a.x)).toBe(true));
  });

  it('applies --view copied from the app: focus, language, filters', () => {
    expect(results.focus!.code, results.focus!.stderr).toBe(0);
    const svg = svgOf('focus.svg');
    const count = Number(svg.attrs.get('data-nodes'));
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThan(22);
    const ids = findAll(svg, 'circle')
      .map((c) => c.attrs.get('data-id'))
      .filter(Boolean);
    expect(ids).toContain('japan');
    expect(svg.attrs.get('data-nodes')).toBe(String(ids.length));
    expect(findAll(svg, 'circle').some((c) => c.attrs.get('data-kind') === 'person')).toBe(false);
    expect(byClass(svg, 'text', 'label').map((t) => t.text)).toContain('日本');
  });

  it('warns about hidden filter values that neither the vocabulary nor the graph has', () => {
    expect(results.bogus!.code, results.bogus!.stderr).toBe(0);
    expect(results.bogus!.stderr).toContain(
      'export: warning: URL parameter "hide-rel": unknown relation type "bogus" ignored',
    );
    const json = JSON.parse(readFileSync(path('bogus.json'), 'utf8')) as {
      edges: { attributes: { relation: string } }[];
    };
    expect(json.edges.length).toBeGreaterThan(0);
    expect(json.edges.some((e) => e.attributes.relation === 'sanction')).toBe(false);
  });

  it('lets explicit options override --view', () => {
    expect(results.override!.code, results.override!.stderr).toBe(0);
    const svg = svgOf('override.svg');
    const ids = findAll(svg, 'circle').map((c) => c.attrs.get('data-id'));
    expect(ids).toContain('iran');
    expect(byClass(svg, 'text', 'legend-heading')[0]!.text).toBe('Relations');
  });

  it('writes CSV as two files, or as one zip for a .zip name', () => {
    expect(results.csv!.code, results.csv!.stderr).toBe(0);
    expect(readFileSync(path('data-nodes.csv'), 'utf8').split('\n')[0]).toMatch(/^id,/);
    expect(readFileSync(path('data-edges.csv'), 'utf8').split('\n')[0]).toMatch(
      /^id,source,target/,
    );
    expect(results.zip!.code, results.zip!.stderr).toBe(0);
    const zip = unzipSync(readFileSync(path('data.zip')));
    expect(Object.keys(zip).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const edges = strFromU8(zip['edges.csv']!).trim().split('\n').length - 1;
    expect(edges).toBeGreaterThan(0);
    expect(edges).toBeLessThan(63); // the 2025 time range leaves some relations out
  });

  it('keeps the positions of the graph file with --layout keep', () => {
    expect(results.keep!.code, results.keep!.stderr).toBe(0);
    expect(results.keep!.stdout).not.toMatch(/layout \d+ ms/);
    const circles = findAll(svgOf('keep.svg'), 'circle').filter((c) => c.attrs.has('data-id'));
    const keys: string[] = JSON.parse(readFileSync(path('positioned.json'), 'utf8')).nodes.map(
      (n: { key: string }) => n.key,
    );
    // on the diagonal: x grows and y (up in the graph) falls in the picture with the index
    const drawn = keys
      .map((id) => circles.find((c) => c.attrs.get('data-id') === id))
      .filter((c) => c !== undefined);
    expect(drawn.length).toBe(22);
    const xs = drawn.map((c) => Number(c.attrs.get('cx')));
    const ys = drawn.map((c) => Number(c.attrs.get('cy')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
  });

  it('converts any file the app imports (--graph FILE.gexf/.csv), keeping positions and colours', async () => {
    expect(results.gephi!.code, results.gephi!.stderr).toBe(0);
    expect(results.gephi!.stdout).not.toMatch(/layout \d+ ms/);
    const gexf = readFileSync(path('gephi.gexf'), 'utf8');
    // Gephi's own position and colour of node 0, and --lang ja labels
    expect(gexf).toMatch(
      /<node id="0" label="Japan">[\s\S]*?<viz:color r="235" g="81" b="72"\/>\s*<viz:position x="-266.82776" y="299.6904" z="0.0"\/>/,
    );
    expect(results.gephiGraphml!.code, results.gephiGraphml!.stderr).toBe(0);
    const graphml = readFileSync(path('gephi.graphml'), 'utf8');
    expect(graphml).toContain(
      '<key id="n.Modularity_Class" for="node" attr.name="Modularity Class" attr.type="int"/>',
    );
    expect(graphml).toContain('<data key="n.Modularity_Class">1</data>');
    expect(results.csvIn!.code, results.csvIn!.stderr).toBe(0);
    const json = JSON.parse(readFileSync(path('from-csv.json'), 'utf8'));
    expect(json.edges.length).toBe(3);
  });

  it('draws a foreign file with its look and the appearance options, legend included', () => {
    expect(results.lesmis!.code, results.lesmis!.stderr).toBe(0);
    const svg = readFileSync(path('lesmis.svg'), 'utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // the file's node and edge colours (with their partitions in the legend), its weights, and
    // the options: sizes by Degree, the family relations filtered out
    expect(svg).toMatch(/<svg [^>]*data-nodes="10" data-edges="12"/);
    expect(svg).toMatch(/<circle data-id="0"[^>]*fill="#eb5148"/);
    for (const t of [
      'Relations: Setting',
      'church',
      'street',
      'Actors: modularity_class',
      'Actor size: Degree',
      'Relation width: the file&apos;s weight',
    ])
      expect(texts).toContain(t);
    expect(texts).not.toContain('family');

    // the same choices from a view string copied from the app
    expect(results.lesmisView!.code, results.lesmisView!.stderr).toBe(0);
    const view = readFileSync(path('lesmis-view.svg'), 'utf8');
    const viewTexts = [...view.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(viewTexts).toContain('Actors: Degree');
    expect(viewTexts).toContain('Relations');
    expect(viewTexts).toContain('Related');
    expect(view).toMatch(/<svg [^>]*data-nodes="12" data-edges="17"/);
  });

  it('refuses a graph file that does not import, naming the file, and writes nothing', () => {
    expect(results.badGraph!.code).toBe(1);
    expect(results.badGraph!.stderr).toMatch(/dataset-broken\.yaml/);
    expect(existsSync(path('broken.gexf'))).toBe(false);
  });

  it('validates and builds a graph-data folder', () => {
    expect(results.data!.code, results.data!.stderr).toBe(0);
    expect(svgOf('data.svg').attrs.get('data-nodes')).toBe('6');
  });

  it('fails with one line naming the option, exit code 2, and writes nothing', () => {
    expect(results.badWidth!.code).toBe(2);
    expect(results.badWidth!.stderr.trim()).toBe(
      'export: --width: expected a whole number of px from 320 to 8000, got "wide"',
    );
    expect(results.badFocus!.code).toBe(2);
    expect(results.badFocus!.stderr).toMatch(/atlantis.*nothing written/);
    expect(results.badData!.code).toBe(1);
    expect(results.badData!.stderr).toMatch(/^export: --graph .*missing\.json: ENOENT/);
    expect(existsSync(path('bad.png'))).toBe(false);
    expect(existsSync(path('bad.svg'))).toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('parseExportArgs', () => {
  const base = ['--format', 'svg', '--out', 'x.svg'];
  const error = (args: string[]) => {
    try {
      parseExportArgs(args);
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      return (e as Error).message;
    }
    return null;
  };

  it('names the option and what was expected', () => {
    expect(error(['--format', 'eps', '--out', 'x'])).toBe(
      'export: --format: expected one of svg, png, pdf, gexf, graphml, json, csv, got "eps"',
    );
    expect(error(['--format', 'svg', '--out', 'x', '--neighbour-ties'])).toBe(
      'export: --neighbour-ties/--no-radial: expected a focus (--focus ID, or focus= in --view)',
    );
    expect(error(['--format', 'svg'])).toBe('export: --out: expected the file to write');
    expect(error([...base, '--depth', '4', '--focus', 'x'])).toBe(
      'export: --depth: expected 1, 2 or 3, got "4"',
    );
    expect(error([...base, '--depth', '2'])).toMatch(
      /^export: --depth\/--direction: expected a focus/,
    );
    expect(error([...base, '--direction', 'up', '--focus', 'x'])).toBe(
      'export: --direction: expected one of both, out, in, got "up"',
    );
    expect(error([...base, '--relations', 'alliance,friendship'])).toMatch(
      /^export: --relations: expected relation types .* got "alliance,friendship"$/,
    );
    expect(error([...base, '--from', '2025-13'])).toBe(
      'export: --from: expected a date like 2025, 2025-05 or 2025-05-08, got "2025-13"',
    );
    expect(error([...base, '--from', '2025-06', '--to', '2025-01'])).toMatch(
      /starts \(2025-06\) after/,
    );
    expect(error([...base, '--at', '2025', '--to', '2025'])).toMatch(
      /--at: a single date excludes/,
    );
    expect(error([...base, '--lang', 'fr'])).toBe('export: --lang: expected en or ja, got "fr"');
    expect(error([...base, '--scale', '8'])).toBe(
      'export: --scale: expected 1, 2, 3 or 4, got "8"',
    );
    expect(error(['--format', 'png', '--out', 'x.png', '--width', '3000', '--scale', '3'])).toMatch(
      /at most 8000 px wide, got 3000 × 3/,
    );
    expect(error([...base, '--crop', 'camera'])).toMatch(/^export: --crop: expected "visible"/);
    expect(error([...base, '--colour', 'red'])).toBe('export: unknown option --colour; see --help');
    expect(error([...base, 'extra'])).toMatch(/unexpected argument "extra"/);
    expect(error([...base, '--title'])).toBe('export: --title needs a value');
    expect(error([...base, '--out', 'y'])).toBe('export: --out given more than once');
    expect(error([...base, '--data', 'd', '--graph', 'g'])).toMatch(/--data and --graph exclude/);
  });

  it('reads the view from --view and lets explicit options win', () => {
    const args = parseExportArgs([
      ...base,
      '--view',
      '?lang=ja&focus=japan&depth=2&hide-rel=trade&from=2024',
      '--focus',
      'china',
      '--relations',
      'alliance,sanction',
      '--at',
      '2025-05-08',
    ]);
    expect(args.url.language).toBe('ja');
    expect(args.url.focus).toBe('china');
    expect(args.url.depth).toBe(2);
    expect(args.url.exclude.relations).not.toContain('alliance');
    expect(args.url.exclude.relations).toContain('trade');
    expect([args.url.from, args.url.to, args.url.at]).toEqual([null, null, '2025-05-08']);
    expect(args.legend).toBe(true);
    expect(parseExportArgs([...base, '--no-legend']).legend).toBe(false);
    // the format follows the file name when --format is absent; .zip means CSV
    expect(parseExportArgs(['--out', 'a.png']).format).toBe('png');
    expect(parseExportArgs(['--out', 'a.zip']).format).toBe('csv');
    // bad --view parameters are warnings, as in the app
    expect(parseExportArgs([...base, '--view', 'lang=xx']).warnings).toEqual([
      'URL parameter "lang": expected en or ja, got "xx"',
    ]);
  });
});

describe('headlessView (the app view without the app)', () => {
  const graph = () => {
    const r = parseGraphJson(readFileSync(FIXTURE, 'utf8'));
    if (!r.ok) throw new Error(r.error);
    return r.graph;
  };
  const view = (query: string) => {
    const g = graph();
    return { g, ...headlessView(g, parseUrlState(query).state) };
  };

  it('hides what the app hides and forces the labels of the largest actors', () => {
    const { visible, view: v } = view('hide-rel=member_of&focus=japan');
    expect(v.hiddenNodes).toBe(visible.hiddenNodes);
    expect(visible.visibleNodes.has('japan')).toBe(true);
    expect(visible.visibleNodes.size).toBeLessThan(22);
    expect(v.labelled!.size).toBe(Math.min(12, visible.visibleNodes.size));
    for (const id of v.labelled!) expect(visible.visibleNodes.has(id)).toBe(true);
  });

  it('emphasises a shortest path, colours blocs, and says why it cannot', () => {
    const path = view('path=japan,iran');
    expect(path.messages).toEqual([]);
    expect(path.view.emphasis!.nodes.has('japan')).toBe(true);
    expect(path.view.emphasis!.nodes.has('iran')).toBe(true);
    const blocs = view('blocs=on');
    expect(blocs.messages).toEqual([]);
    expect(blocs.view.nodeColors!.size).toBe(22);
    expect(new Set(blocs.view.nodeColors!.values()).size).toBeGreaterThan(1);
    expect(view('path=japan,atlantis').messages[0]).toMatch(/atlantis.*path not drawn$/);
    expect(view('triad=japan,iran,atlantis').messages[0]).toMatch(/^triad: expected three visible/);
  });

  it('writes the date line of the time filter, else of the data, and a source line', () => {
    const g = graph();
    const line = (q: string, lang: 'en' | 'ja' = 'en') => dateLine(g, parseUrlState(q).state, lang);
    expect(line('from=2025-05&to=2025-06')).toBe('2025-05 – 2025-06');
    expect(line('at=2025-05-08')).toBe('As of 2025-05-08');
    expect(line('at=2025-05-08', 'ja')).toBe('2025-05-08 時点');
    expect(line('from=2025')).toBe('From 2025');
    expect(line('to=2025', 'ja')).toBe('2025 まで');
    expect(line('')).toBe('Data as of 2025-10-01');
    expect(sourceLine(g, 'en')).toBe('Source: Alignmap — Alignmap test fixture');
    g.setAttribute('sources', [{ date: '2024-02' }, { date: '2025-11-13' }]);
    expect(sourceLine(g, 'en')).toBe(
      'Source: Alignmap — Alignmap test fixture (2 sources, 2024–2025)',
    );
    expect(sourceLine(g, 'ja')).toBe(
      '出典: Alignmap — Alignmap test fixture（資料 2 件、2024–2025）',
    );
  });
});
