// Hostile input found by the adversarial run (issue 13): node ids that are Object.prototype names,
// and values nested too deep. Each case failed before its fix: the import succeeded with a polluted
// Object.prototype (or graphology's neighbour lookups answered with inherited functions).
import { afterEach, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importFile, importText, type ImportResult } from '../../src/io/index';
import { graphFromData } from '../../src/state/load-graph';
import { RESERVED_NODE_IDS } from '../../src/model/node-ids';

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  // Nothing may ever add a property to Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
});

function failure(result: ImportResult) {
  if (result.ok) throw new Error(`expected the import to fail; got ${result.graph.nodes()}`);
  return result.errors;
}

const gexf = (a: string, b: string) =>
  `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="${a}"/><node id="${b}"/></nodes><edges><edge id="e1" source="${a}" target="${b}"/></edges></graph></gexf>`;
const graphml = (a: string, b: string) =>
  `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="${a}"/><node id="${b}"/><edge source="${a}" target="${b}"/></graph></graphml>`;
const json = (a: string, b: string) =>
  JSON.stringify({ nodes: [{ key: a }, { key: b }], edges: [{ source: a, target: b }] });
const csv = (a: string, b: string) => `source,target\n${a},${b}\n`;
const yaml = (a: string) =>
  `sources:\n  - { id: s1, kind: seed, title: t, publisher: p, date: "2025", language: en }\nactors:\n  - { id: ${a}, kind: state, name: { en: A, ja: A } }\n  - { id: b, kind: state, name: { en: B, ja: B } }\nrelations: []\n`;

describe('#1 node ids that are Object.prototype names are refused with a located message', () => {
  it('covers every Object.prototype name', () => {
    expect([...RESERVED_NODE_IDS].sort()).toEqual(PROTO_KEYS);
    expect(RESERVED_NODE_IDS.has('__proto__')).toBe(true);
  });

  it('a two-line CSV with an edge to "__proto__"', async () => {
    const errors = failure(await importText('e.csv', csv('a', '__proto__')));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.where).toMatch(/row 2|line 2/);
    expect(errors[0]?.message).toContain('node id "__proto__"');
    expect(errors[0]?.message).toContain('Object.prototype');
  });

  it.each(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    '"%s" in GEXF, GraphML, JSON, CSV and the YAML dataset',
    async (id) => {
      for (const [name, text] of [
        ['g.gexf', gexf(id, 'b')],
        ['g.graphml', graphml('b', id)],
        ['g.json', json(id, 'b')],
        ['g.csv', csv(id, 'b')],
      ] as const) {
        const errors = failure(await importText(name, text));
        expect(errors.map((e) => e.message).join('\n'), name).toContain(`node id "${id}"`);
      }
      if (/^[a-z]/.test(id) && !/[A-Z_]/.test(id)) {
        const errors = failure(await importText('d.yaml', yaml(id)));
        expect(errors.map((e) => e.message).join('\n')).toContain(`node id "${id}"`);
      }
    },
  );

  it('parallel edges between ordinary ids still work', async () => {
    const result = await importText('e.csv', 'source,target\nx,y\nx,y\ny,x\n');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.graph.edges('x', 'y')).toHaveLength(3);
    expect(result.graph.neighbors('x')).toEqual(['y']);
  });

  it('a stored graph (or graph.json) with such an id is refused, naming the node', () => {
    const data = {
      nodes: [
        { key: 'a', attributes: { label: 'A', labelJa: 'A', kind: 'state', aliases: [] } },
        {
          key: 'constructor',
          attributes: { label: 'C', labelJa: 'C', kind: 'state', aliases: [] },
        },
      ],
      edges: [],
    };
    const result = graphFromData(data, 'stored import "x.csv"');
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^stored import "x.csv": node #2: node id "constructor"/),
    });
    const edgeOnly = {
      nodes: [data.nodes[0]],
      edges: [
        {
          key: 'e',
          source: 'a',
          target: '__proto__',
          attributes: { relation: 'r', status: 'active', certainty: 'confirmed', evidence: [] },
        },
      ],
    };
    expect(graphFromData(edgeOnly, 'f')).toEqual({
      ok: false,
      error: expect.stringContaining('edge #1 ("e"): node id "__proto__"'),
    });
  });
});

describe('#7 a zip with thousands of entries', () => {
  it('names the first few and counts the rest instead of listing all', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20000; i++) entries[`f${i}.csv`] = strToU8('a,b\n');
    const errors = failure(await importFile('many.zip', zipSync(entries, { level: 0 })));
    expect(errors).toEqual([
      {
        where: 'many.zip',
        message:
          'the zip holds 20000 files (f0.csv, f1.csv, f2.csv, f3.csv, f4.csv, … and 19,995 more); expected one graph file, or nodes.csv and edges.csv',
      },
    ]);
  });

  it('a zip of three files lists them', async () => {
    const zip = zipSync({
      'a.csv': strToU8('a,b'),
      'b.csv': strToU8('a,b'),
      'c.gexf': strToU8('<x/>'),
    });
    expect(failure(await importFile('three.zip', zip))[0]?.message).toBe(
      'the zip holds 3 files (a.csv, b.csv, c.gexf); expected one graph file, or nodes.csv and edges.csv',
    );
  });
});
