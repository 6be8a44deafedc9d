// Files written by other tools (tests/fixtures/io, see its README): Gephi 0.10 GEXF and CSV,
// NetworkX and yEd GraphML, spreadsheet CSVs; and the project's own YAML/JSON dataset format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlignmapGraph } from '../../src/model/build';
import {
  FOREIGN_DEFAULTS,
  detectFormat,
  importFile,
  importFiles,
  type ImportResult,
} from '../../src/io/index';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url));

function ok(result: ImportResult): AlignmapGraph {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.graph;
}

describe('GEXF saved by Gephi 0.10', () => {
  it('reads labels, typed attributes, positions, sizes, colours, weights, edge kinds', async () => {
    const result = await importFile('gephi-0.10.gexf', fixture('gephi-0.10.gexf'));
    const g = ok(result);
    expect(result.ok && result.warnings).toEqual([]);
    expect(g.nodes()).toEqual(['0', '1', '2', '3']);
    expect(g.getNodeAttributes('0')).toEqual({
      label: 'Japan',
      labelJa: 'Japan',
      kind: FOREIGN_DEFAULTS.kind,
      aliases: [],
      Region: 'East Asia',
      'Modularity Class': 0,
      'Eigenvector Centrality': 1,
      size: 28.685715,
      x: -266.82776,
      y: 299.6904,
      color: '#eb5148',
    });
    expect(g.getNodeAttribute('3', 'label')).toBe('Russia & allies');
    expect(g.getNodeAttribute('2', 'labelJa')).toBe('中国');
    expect(g.getEdgeAttributes('0')).toEqual({
      label: 'Treaty of Mutual Cooperation',
      weight: 3,
      relation: 'alliance',
      status: 'active',
      certainty: 'unverified',
      evidence: [],
    });
    // Gephi's edge kind is the edge type: its own category.
    expect(g.getEdgeAttribute('1', 'relation')).toBe('tariffs');
    expect(g.getEdgeAttribute('1', 'color')).toBe('#c81e1e');
    // No type at all: the neutral fallback.
    expect(g.getEdgeAttribute('3', 'relation')).toBe('related');
    expect(g.edges().every((e) => g.isDirected(e))).toBe(true);
    expect(g.getAttribute('origin')).toBe('import');
    expect(g.getAttribute('creator')).toBe('Gephi 0.10.1');
  });
});

describe('GraphML written by NetworkX', () => {
  it('reads typed data, "name" as the label, "type" as the relation, undirected edges, repeated multigraph ids', async () => {
    const result = await importFile('networkx.graphml', fixture('networkx.graphml'));
    const g = ok(result);
    expect(g.nodes()).toEqual(['FRA', 'DEU', 'POL']);
    expect(g.getNodeAttributes('FRA')).toMatchObject({
      label: 'France',
      name: 'France',
      population: 68000000,
    });
    expect(g.getNodeAttribute('POL', 'label')).toBe('POL');
    expect(g.edges()).toEqual(['0', '1', '0~1']);
    expect(g.getEdgeAttributes('0')).toMatchObject({
      relation: 'treaty',
      type: 'treaty',
      since: 1963,
      weight: 1,
    });
    expect(g.getEdgeAttribute('0~1', 'relation')).toBe('related');
    expect(g.edges().every((e) => g.isUndirected(e))).toBe(true);
    expect(result.warnings).toEqual([
      {
        where: 'line 29, <edge id="0">',
        message:
          'edge id "0" is used twice; the later edge is kept as "0~1" (further repeats renamed alike)',
      },
    ]);
  });
});

describe('GraphML written by yEd', () => {
  it('takes labels from y:NodeLabel / y:EdgeLabel and positions from y:Geometry (centre, y up)', async () => {
    const g = ok(await importFile('yed.graphml', fixture('yed.graphml')));
    expect(g.getNodeAttributes('n0')).toMatchObject({
      label: '日本',
      x: 130,
      y: -215,
      url: 'https://www.mofa.go.jp/',
    });
    // Markup in data is kept as text, never interpreted.
    expect(g.getNodeAttribute('n0', 'description')).toBe('<script>alert(1)</script> is text');
    expect(g.getNodeAttribute('n1', 'label')).toBe('ASEAN');
    expect(g.getNodeAttribute('n2', 'label')).toBe('n2');
    expect(g.getEdgeAttributes('e0')).toMatchObject({
      label: 'partnership',
      description: 'dialogue partner since 1977',
    });
    expect(g.isDirected('e1')).toBe(true);
  });
});

describe('CSV from spreadsheets and Gephi', () => {
  it('Gephi edge table: "Type" is the direction, Weight a number, quoted labels', async () => {
    const g = ok(await importFile('gephi-edges.csv', fixture('gephi-edges.csv')));
    expect(g.edges()).toEqual(['0', '1', '2']);
    expect(g.isDirected('0')).toBe(true);
    expect(g.isUndirected('2')).toBe(true);
    expect(g.getEdgeAttributes('2')).toMatchObject({
      label: 'partners, "no limits"',
      weight: 2,
      relation: 'related',
    });
    expect(g.getNodeAttribute('3', 'label')).toBe('3');
  });

  it('Gephi node and edge tables together give labels to the nodes', async () => {
    const result = await importFiles([
      { name: 'gephi-nodes.csv', bytes: fixture('gephi-nodes.csv') },
      { name: 'gephi-edges.csv', bytes: fixture('gephi-edges.csv') },
    ]);
    const g = ok(result);
    expect(g.getNodeAttributes('2')).toMatchObject({
      label: '中国',
      Region: 'East Asia',
      modularity_class: 1,
    });
    expect(g.size).toBe(3);
    expect(result.warnings).toEqual([]);
  });

  it('semicolons, Japanese ids, quoted new lines; known relation types get their direction', async () => {
    const g = ok(await importFile('semicolon-ja.csv', fixture('semicolon-ja.csv')));
    expect(g.nodes()).toEqual(['日本', 'アメリカ', '中国', 'ロシア']);
    expect(g.getEdgeAttributes('e1')).toMatchObject({
      relation: 'alliance',
      note: '日米安全保障条約; 1960',
    });
    expect(g.isUndirected('e1')).toBe(true); // alliance is symmetric
    expect(g.isDirected('e2')).toBe(true); // unknown "tariffs": directed
    expect(g.getEdgeAttribute('e3', 'note')).toBe('multi\nline');
  });

  it('a headerless tab-separated edge list, with a warning saying how columns were read', async () => {
    const result = await importFile('headerless.tsv', fixture('headerless.tsv'));
    const g = ok(result);
    expect(
      g.edges().map((e) => [g.source(e), g.target(e), g.getEdgeAttribute(e, 'relation')]),
    ).toEqual([
      ['a', 'b', 'related'],
      ['b', 'c', 'friend'],
    ]);
    expect(result.warnings).toEqual([
      {
        where: 'row 1',
        message: 'no header row: read column 1 as source, 2 as target, 3 as relation',
      },
    ]);
  });

  it('Shift_JIS from Excel is read, with a warning', async () => {
    // "source,target\n日本,中国\n" in Shift_JIS.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('source,target\n'),
      0x93,
      0xfa,
      0x96,
      0x7b,
      0x2c,
      0x92,
      0x86,
      0x8d,
      0x91,
      0x0a,
    ]);
    const result = await importFile('excel.csv', bytes);
    expect(ok(result).nodes()).toEqual(['日本', '中国']);
    expect(result.warnings[0]?.message).toMatch(/Shift_JIS/);
  });
});

describe("the project's own dataset format", () => {
  it('YAML {sources, actors, relations} is validated and built like graph-data/', async () => {
    const result = await importFile('dataset.yaml', fixture('dataset.yaml'));
    const g = ok(result);
    expect(result.format).toBe('alignmap-yaml');
    expect(g.nodes()).toEqual(['australia', 'united-states', 'anzus']);
    expect(g.getNodeAttributes('united-states')).toEqual({
      label: 'United States',
      labelJa: 'アメリカ合衆国',
      kind: 'state',
      aliases: ['USA', '米国'],
      iso: 'USA',
    });
    expect(g.isUndirected('australia--alliance--united-states')).toBe(true);
    expect(g.getEdgeAttribute('australia--member_of--anzus', 'evidence')).toEqual([
      {
        source: 'ref-anzus',
        sourceTitle:
          'Security Treaty between Australia, New Zealand and the United States of America',
        sourceDate: '1952',
        sourcePublisher: 'Australian Treaty Series',
        sourceUrl: 'https://www.austlii.edu.au/au/other/dfat/treaties/1952/2.html',
      },
    ]);
    expect(g.getAttribute('origin')).toBe('import');
  });

  it('the same dataset as JSON', async () => {
    const { parse } = await import('yaml');
    const json = JSON.stringify(parse(fixture('dataset.yaml').toString('utf8')), null, 2);
    const result = await importFile('dataset.json', new TextEncoder().encode(json));
    expect(result.format).toBe('alignmap-json');
    expect(ok(result).size).toBe(2);
  });

  it('validation problems come back with their YAML line', async () => {
    const result = await importFile('dataset-broken.yaml', fixture('dataset-broken.yaml'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      {
        where: 'line 14',
        message:
          'actor "united-states": kind: unknown value "superpower"; expected one of state, organization, person, agreement, group',
      },
      {
        where: 'line 19',
        message:
          'relation "australia--alliance--united-states": target "united-statez" is not a known actor id',
      },
    ]);
  });

  it('validation problems in JSON are located by line too', async () => {
    const doc = {
      sources: [],
      actors: [{ id: 'a', kind: 'state', name: { en: 'A', ja: 'エー' } }],
      relations: [],
    };
    const text = JSON.stringify(
      { ...doc, actors: [...doc.actors, { id: 'b', kind: 'state', name: { en: 'B' } }] },
      null,
      2,
    );
    const result = await importFile('d.json', new TextEncoder().encode(text));
    // The "name" object of actor b (its missing "ja" has no line of its own).
    const line = text.split('\n').findIndex((l) => l.includes('"en": "B"'));
    expect(!result.ok && result.errors).toEqual([
      { where: `line ${line}`, message: 'actor "b": name.ja: missing (expected string)' },
    ]);
    expect(text.split('\n')[line - 1]).toContain('"name": {');
  });
});

describe('detectFormat', () => {
  it.each([
    ['graph.gexf', '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3">', 'gexf'],
    ['graph.xml', "<?xml version='1.0'?>\n<!-- c -->\n<graphml>", 'graphml'],
    ['saved-as.txt', '<gexf version="1.2">', 'gexf'],
    ['g.json', '{"nodes": []}', 'json'],
    ['dataset.yml', 'sources:\n  - id: x', 'yaml'],
    ['noext', '# my data\nactors:\n  - id: a', 'yaml'],
    ['edges.csv', 'source,target', 'csv'],
    ['edges', 'a;b\nb;c\n', 'csv'],
    ['export.zip', 'PK\u0003\u0004rest', 'zip'],
    ['picture.png', '\u0089PNG', null],
    ['page.html', '<!DOCTYPE html><html>', null],
  ])('%s → %s', (name, head, expected) => {
    expect(detectFormat(name, head)).toBe(expected);
  });
});
