// Exporters and round trips: every format keeps nodes, edges, direction and every attribute
// (evidence included); exports contain exactly the visible subgraph; independent readers
// (graphology-gexf, graphology-graphml) read our files.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGexfLib } from 'graphology-gexf';
import { parse as parseGraphmlLib } from 'graphology-graphml';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import {
  exportGraph,
  importFile,
  importFiles,
  importText,
  toCsv,
  toCsvZip,
  toGexf,
  toGraphml,
  toGraphologyJson,
  type ImportResult,
} from '../../src/io/index';

function fixtureGraph(): AlignmapGraph {
  const g = createEmptyGraph();
  g.import(JSON.parse(readFileSync(new URL('../fixtures/graph.json', import.meta.url), 'utf8')));
  return g;
}

/** A graph with the awkward cases: markup, quotes, commas, new lines, positions, extra types. */
function awkwardGraph(): AlignmapGraph {
  const g = createEmptyGraph();
  g.replaceAttributes({ name: 'Awkward <graph> & "quotes"', generated: '2025-10-01' });
  g.addNode('jp', {
    label: 'Japan',
    labelJa: '日本',
    kind: 'state',
    aliases: ['日本国', 'Nippon, "the land"'],
    description: 'Line one\nline two\r\n<script>alert(1)</script> & tab\there',
    x: 12.5,
    y: -3.25e-7,
    fixed: true,
    rank: 3,
    score: 0.125,
    tags: { region: 'East Asia', g7: true },
  });
  g.addNode('us', {
    label: 'United States',
    labelJa: 'アメリカ合衆国',
    kind: 'state',
    aliases: [],
    x: 0,
    y: 1e21,
  });
  g.addNode('quad', {
    label: 'QUAD',
    labelJa: 'クアッド',
    kind: 'organization',
    aliases: ['Quadrilateral Security Dialogue'],
  });
  g.addNode('x;y', { label: 'Semi;colon, comma', labelJa: 'セミ', kind: 'group', aliases: [] });
  g.addUndirectedEdgeWithKey('jp--alliance--us', 'jp', 'us', {
    relation: 'alliance',
    status: 'active',
    certainty: 'confirmed',
    start: '1960-01-19',
    note: 'Article V, "armed attack";\nsecond line',
    evidence: [
      {
        source: 'ref-1',
        quote: '日米同盟 & <b>NATO</b>',
        url: 'https://example.org/a?x=1&y=2',
        sourceTitle: 'T',
        sourceDate: '2025',
      },
      { source: 'ref-2' },
    ],
  });
  g.addDirectedEdgeWithKey('jp--member_of--quad', 'jp', 'quad', {
    relation: 'member_of',
    status: 'active',
    certainty: 'reported',
    evidence: [{ source: 's', note: 'multi\nline' }],
    weight: 2.5,
  });
  g.addDirectedEdgeWithKey('us--member_of--quad', 'us', 'quad', {
    relation: 'member_of',
    status: 'ended',
    certainty: 'speculative',
    start: '2007',
    end: '2008-02',
    evidence: [],
  });
  // A parallel edge of the same type: must stay two edges.
  g.addDirectedEdgeWithKey('us--member_of--quad--2', 'us', 'quad', {
    relation: 'member_of',
    status: 'active',
    certainty: 'confirmed',
    start: '2017',
    evidence: [],
  });
  g.addDirectedEdgeWithKey('x;y->jp', 'x;y', 'jp', {
    relation: 'pressure',
    status: 'threatened',
    certainty: 'reported',
    evidence: [],
  });
  return g;
}

function expectSameGraph(actual: AlignmapGraph, expected: AlignmapGraph): void {
  expect(actual.nodes()).toEqual(expected.nodes());
  expect(actual.edges()).toEqual(expected.edges());
  expected.forEachNode((id, attrs) =>
    expect(actual.getNodeAttributes(id), `node ${id}`).toEqual(attrs),
  );
  expected.forEachEdge((id, attrs, source, target, _s, _t, undirected) => {
    expect(actual.source(id)).toBe(source);
    expect(actual.target(id)).toBe(target);
    expect(actual.isUndirected(id), `direction of ${id}`).toBe(undirected);
    expect(actual.getEdgeAttributes(id), `edge ${id}`).toEqual(attrs);
  });
}

function ok(result: ImportResult): AlignmapGraph {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result.graph;
}

const GRAPHS = { fixture: fixtureGraph, awkward: awkwardGraph };

describe.each(Object.entries(GRAPHS))('round trip of the %s graph', (_name, make) => {
  it('GEXF', async () => {
    const g = make();
    const back = ok(await importText('g.gexf', toGexf(g)));
    expectSameGraph(back, g);
    expect(back.getAttribute('origin')).toBe('import');
  });
  it('GraphML', async () => {
    const g = make();
    const back = ok(await importText('g.graphml', toGraphml(g)));
    expectSameGraph(back, g);
    expect(back.getAttribute('name')).toBe(g.getAttribute('name'));
  });
  it('graphology JSON', async () => {
    const g = make();
    const back = ok(await importText('g.json', toGraphologyJson(g)));
    expectSameGraph(back, g);
  });
  it('CSV zip', async () => {
    const g = make();
    const back = ok(await importFile('g.zip', toCsvZip(g)));
    expectSameGraph(back, g);
  });
  it('CSV nodes + edges picked together (any order)', async () => {
    const g = make();
    const { nodes, edges } = toCsv(g);
    const enc = new TextEncoder();
    const back = ok(
      await importFiles([
        { name: 'e.csv', bytes: enc.encode(edges) },
        { name: 'n.csv', bytes: enc.encode(nodes) },
      ]),
    );
    expectSameGraph(back, g);
  });
});

describe('exporters', () => {
  it('GEXF 1.2draft declares the model attributes, marks undirected edges of a mixed graph and writes positions as viz:position', () => {
    const gexf = toGexf(awkwardGraph());
    expect(gexf).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"');
    // NetworkX refuses undirected edges in a directed graph: a mixed graph is written directed
    expect(gexf).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(gexf).toContain('<attribute id="undirected" title="undirected" type="boolean"/>');
    expect(gexf).not.toMatch(/<edge [^>]*type=/);
    expect(gexf).not.toContain('<title>');
    for (const [id, title] of [
      ['labelJa', 'labelJa'],
      ['kind', 'kind'],
      ['aliases.json', 'aliases'],
      ['relation', 'relation'],
      ['status', 'status'],
      ['certainty', 'certainty'],
      ['start', 'start'],
      ['end', 'end'],
      ['evidence.json', 'evidence'],
    ]) {
      expect(gexf).toContain(`<attribute id="${id}" title="${title}" type="string"/>`);
    }
    expect(gexf).toContain('<attribute id="rank" title="rank" type="integer"/>');
    expect(gexf).toContain('<attribute id="score" title="score" type="double"/>');
    expect(gexf).toContain('<attribute id="fixed" title="fixed" type="boolean"/>');
    expect(gexf).toMatch(
      /<edge id="jp--alliance--us" source="jp" target="us" kind="alliance">(?:(?!<\/edge>)[\s\S])*<attvalue for="undirected" value="true"\/>/,
    );
    expect(gexf).toMatch(
      /kind="member_of" weight="2.5">(?:(?!<\/edge>)[\s\S])*<attvalue for="undirected" value="false"\/>/,
    );
    expect(gexf).toContain('<viz:position x="12.5" y="-3.25e-7" z="0.0"/>');
    // quad has no position: none is invented.
    expect(gexf.match(/<viz:position/g)).toHaveLength(2);
    expect(gexf).toContain('<meta lastmodifieddate="2025-10-01">');
    expect(gexf).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(gexf).not.toContain('<script>');
  });

  it('GEXF writes colours only when asked', () => {
    const g = awkwardGraph();
    expect(toGexf(g)).not.toContain('viz:color');
    const coloured = toGexf(g, undefined, {
      nodeColor: (id) => (id === 'jp' ? '#ff8000' : undefined),
    });
    expect(coloured.match(/<viz:color r="255" g="128" b="0"\/>/g)).toHaveLength(1);
  });

  it('exports exactly the visible subgraph (edges only between exported nodes)', async () => {
    const g = awkwardGraph();
    const visible = {
      nodes: ['jp', 'us', 'x;y'],
      edges: ['jp--alliance--us', 'jp--member_of--quad', 'x;y->jp'],
    };
    for (const [name, data] of [
      ['v.gexf', toGexf(g, visible)],
      ['v.graphml', toGraphml(g, visible)],
      ['v.json', toGraphologyJson(g, visible)],
    ] as const) {
      const back = ok(await importText(name, data));
      expect(back.nodes(), name).toEqual(['jp', 'us', 'x;y']);
      // jp--member_of--quad is listed but quad is not visible: left out.
      expect(back.edges(), name).toEqual(['jp--alliance--us', 'x;y->jp']);
    }
    const csv = ok(await importFile('v.zip', toCsvZip(g, visible)));
    expect(csv.nodes()).toEqual(['jp', 'us', 'x;y']);
    expect(csv.edges()).toEqual(['jp--alliance--us', 'x;y->jp']);
    // Nodes only: every edge between them.
    const back = ok(await importText('n.json', toGraphologyJson(g, { nodes: ['us', 'quad'] })));
    expect(back.edges()).toEqual(['us--member_of--quad', 'us--member_of--quad--2']);
  });

  it('CSV: UTF-8 without BOM, CRLF, RFC 4180 quoting, lists and objects as JSON', () => {
    const { nodes, edges } = toCsv(awkwardGraph());
    expect(nodes.charCodeAt(0)).not.toBe(0xfeff);
    expect(nodes.split('\r\n')[0]).toBe(
      'id,label,labelJa,kind,aliases,description,x,y,fixed,rank,score,tags',
    );
    expect(edges.split('\r\n')[0]).toBe(
      'id,source,target,directed,relation,status,certainty,start,end,note,evidence,weight',
    );
    expect(nodes).toContain('\r\nx;y,"Semi;colon, comma",セミ,group,[],,,,,,,\r\n');
    expect(nodes).toContain('"[""日本国"",""Nippon, \\""the land\\""""]"');
    expect(nodes).toContain('"{""region"":""East Asia"",""g7"":true}"');
    expect(edges).toContain(
      'jp--alliance--us,jp,us,false,alliance,active,confirmed,1960-01-19,,"Article V, ""armed attack"";\nsecond line",',
    );
  });

  it('CSV zip holds nodes.csv and edges.csv and is byte-identical across runs', () => {
    const g = awkwardGraph();
    const zip = toCsvZip(g);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(strFromU8(files['nodes.csv'] as Uint8Array)).toBe(toCsv(g).nodes);
    expect(toCsvZip(g)).toEqual(zip);
  });

  it('exportGraph names files and MIME types', () => {
    const g = awkwardGraph();
    expect(exportGraph('gexf', g, undefined, { baseName: 'view' })).toMatchObject({
      fileName: 'view.gexf',
      mimeType: 'application/gexf+xml',
    });
    expect(exportGraph('csv-zip', g).data).toBeInstanceOf(Uint8Array);
    expect(exportGraph('csv-edges', g).fileName).toBe('alignmap-edges.csv');
    expect(exportGraph('json', g).data).toBe(toGraphologyJson(g));
  });

  it('an independent GEXF reader (graphology-gexf, xmldom) reads our GEXF', () => {
    const g = fixtureGraph();
    const other = parseGexfLib(Graph, toGexf(g), { addMissingNodes: false });
    expect(other.order).toBe(g.order);
    expect(other.size).toBe(g.size);
    const edge = g.edges()[0] as string;
    expect(other.getEdgeAttribute(edge, 'relation')).toBe(g.getEdgeAttribute(edge, 'relation'));
    // graphology-gexf keys attributes by id: JSON columns arrive as text under "<name>.json".
    expect(JSON.parse(other.getEdgeAttribute(edge, 'evidence.json'))).toEqual(
      g.getEdgeAttribute(edge, 'evidence'),
    );
    expect(other.isUndirected(edge)).toBe(g.isUndirected(edge));
    expect(other.getNodeAttribute('china', 'labelJa')).toBe('中国');
  });

  it('an independent GraphML reader (graphology-graphml) reads our GraphML', () => {
    const g = fixtureGraph();
    const other = parseGraphmlLib(Graph, toGraphml(g));
    expect(other.order).toBe(g.order);
    expect(other.size).toBe(g.size);
    expect(other.getNodeAttribute('china', 'labelJa')).toBe('中国');
  });
});
