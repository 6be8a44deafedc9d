// Property-based tests (fast-check, fixed seeds): random bytes, random JSON, and truncated or
// mutated valid files either import or return located errors; they never throw, never report an
// internal error, and finish in bounded time. Random graphs survive every round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import {
  importFile,
  importText,
  toCsvZip,
  toGexf,
  toGraphml,
  toGraphologyJson,
  type ImportResult,
} from '../../src/io/index';

const MAX_MS_PER_CASE = 2000;

async function checked(run: () => Promise<ImportResult>): Promise<ImportResult> {
  const start = performance.now();
  const result = await run();
  expect(performance.now() - start).toBeLessThan(MAX_MS_PER_CASE);
  if (result.ok) {
    expect(result.graph.order).toBeGreaterThan(0);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(typeof e.where).toBe('string');
      expect(e.where.length).toBeGreaterThan(0);
      expect(e.message.length).toBeGreaterThan(0);
      expect(e.message).not.toMatch(/internal error/);
    }
  }
  return result;
}

// Strings that XML can carry (no C0 controls other than tab/new line, no lone surrogates).
const xmlSafe = fc
  .string({ unit: 'grapheme', maxLength: 12 })
  // eslint-disable-next-line no-control-regex -- removes what XML 1.0 cannot carry
  .map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
const scalar = fc.oneof(
  xmlSafe,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
  fc.boolean(),
);
const jsonish = fc.oneof(
  fc.array(xmlSafe, { maxLength: 3 }),
  fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), xmlSafe, { maxKeys: 3 }),
);

const graphArb = fc
  .record({
    nodes: fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
    extraKey: fc.constantFrom('score', 'note2', 'tags'),
    edges: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        directed: fc.boolean(),
        relation: fc.constantFrom('alliance', 'trade', 'tariffs', 'x y'),
        note: fc.option(xmlSafe, { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    labels: fc.array(xmlSafe, { minLength: 8, maxLength: 8 }),
    extras: fc.array(fc.option(fc.oneof(scalar, jsonish), { nil: undefined }), {
      minLength: 8,
      maxLength: 8,
    }),
    positions: fc.boolean(),
  })
  .map(({ nodes, edges, labels, extras, positions, extraKey }): AlignmapGraph => {
    const g = createEmptyGraph();
    nodes.forEach((n, i) => {
      const extra = extras[i];
      g.addNode(n, {
        label: labels[i] || n,
        labelJa: `${labels[i] ?? ''}ja`,
        kind: 'state',
        aliases: [labels[(i + 1) % 8] ?? ''],
        ...(positions ? { x: i * 1.5, y: i === 0 ? 0.5 : -i / 3 } : {}), // (-0 is 0 in every text format)
        ...(extra !== undefined ? { [extraKey]: extra } : {}),
      });
    });
    edges.forEach((e, i) => {
      const s = nodes[e.s % nodes.length] as string;
      const t = nodes[e.t % nodes.length] as string;
      if (s === t) return;
      const attrs = {
        relation: e.relation,
        status: 'active',
        certainty: 'reported',
        evidence: [{ source: `src-${i}`, quote: e.note ?? 'q' }],
        ...(e.note !== undefined ? { note: e.note } : {}),
      };
      if (e.directed) g.addDirectedEdgeWithKey(`e${i}`, s, t, attrs);
      else g.addUndirectedEdgeWithKey(`e${i}`, s, t, attrs);
    });
    return g;
  });

/** The importer reads "" as a missing value (igraph writes "" for absent strings). */
const withoutEmpty = (attrs: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== ''));

function sameGraph(a: AlignmapGraph, b: AlignmapGraph): void {
  expect(a.nodes()).toEqual(b.nodes());
  expect(a.edges()).toEqual(b.edges());
  b.forEachNode((n, attrs) => expect(a.getNodeAttributes(n)).toEqual(withoutEmpty(attrs)));
  b.forEachEdge((e, attrs, _s, _t, _sa, _ta, undirected) => {
    expect(a.getEdgeAttributes(e)).toEqual(withoutEmpty(attrs));
    expect(a.isUndirected(e)).toBe(undirected);
  });
}

describe('random graphs round-trip exactly', () => {
  it.each([
    ['gexf', (g: AlignmapGraph) => importText('g.gexf', toGexf(g))],
    ['graphml', (g: AlignmapGraph) => importText('g.graphml', toGraphml(g))],
    ['json', (g: AlignmapGraph) => importText('g.json', toGraphologyJson(g))],
  ] as const)('%s', async (_name, roundTrip) => {
    await fc.assert(
      fc.asyncProperty(graphArb, async (g) => {
        const result = await roundTrip(g);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        sameGraph(result.graph, g);
      }),
      { seed: 20251001, numRuns: 150 },
    );
  });

  it('csv zip (string extras may come back retyped: CSV has no types)', async () => {
    await fc.assert(
      fc.asyncProperty(graphArb, async (original) => {
        const g = original.copy();
        g.forEachNode((n) => g.removeNodeAttribute(n, 'score'));
        g.forEachNode((n) => g.removeNodeAttribute(n, 'note2'));
        g.forEachNode((n) => g.removeNodeAttribute(n, 'tags'));
        // CSV cannot tell an empty string from no value.
        g.forEachNode((n, a) => {
          if (a.label === '') g.setNodeAttribute(n, 'label', n);
          if (a.labelJa === '') g.setNodeAttribute(n, 'labelJa', 'x');
        });
        g.forEachEdge((e, a) => {
          if (a.note === '') g.removeEdgeAttribute(e, 'note');
        });
        const result = await importFile('g.zip', toCsvZip(g));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        sameGraph(result.graph, g);
      }),
      { seed: 20251002, numRuns: 100 },
    );
  });
});

describe('random and mutated input never throws or hangs', () => {
  it('random bytes under any file name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('x.gexf', 'x.graphml', 'x.json', 'x.yaml', 'x.csv', 'x.zip', 'x'),
        async (bytes, name) => {
          await checked(() => importFile(name, bytes));
        },
      ),
      { seed: 1, numRuns: 400 },
    );
  });

  it('random JSON values as .json and .yaml', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), async (value, yaml) => {
        await checked(() =>
          importText(yaml ? 'x.yaml' : 'x.json', JSON.stringify(value) ?? 'null'),
        );
      }),
      { seed: 2, numRuns: 300 },
    );
  });

  it('graphology-shaped JSON with random nodes and edges', async () => {
    const node = fc.record(
      {
        key: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        attributes: fc.option(fc.jsonValue({ maxDepth: 2 })),
      },
      { requiredKeys: [] },
    );
    const edge = fc.record(
      {
        key: fc.option(fc.string()),
        source: fc.oneof(fc.string({ maxLength: 2 }), fc.integer()),
        target: fc.oneof(fc.string({ maxLength: 2 }), fc.integer()),
        undirected: fc.option(fc.jsonValue({ maxDepth: 0 })),
        attributes: fc.option(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          options: fc.option(
            fc.record({ type: fc.constantFrom('mixed', 'directed', 'undirected', 'weird') }),
          ),
          nodes: fc.array(node, { maxLength: 6 }),
          edges: fc.array(edge, { maxLength: 6 }),
        }),
        async (doc) => {
          await checked(() => importText('x.json', JSON.stringify(doc)));
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  const sample = (() => {
    const g = createEmptyGraph();
    g.addNode('jp', {
      label: 'Japan',
      labelJa: '日本',
      kind: 'state',
      aliases: ['Nippon'],
      x: 1,
      y: 2,
    });
    g.addNode('us', { label: 'US', labelJa: '米国', kind: 'state', aliases: [] });
    g.addUndirectedEdgeWithKey('a', 'jp', 'us', {
      relation: 'alliance',
      status: 'active',
      certainty: 'confirmed',
      evidence: [{ source: 's', quote: 'q "x", y' }],
      note: 'a,b\nc',
    });
    return g;
  })();
  const validFiles: [string, string][] = [
    ['v.gexf', toGexf(sample)],
    ['v.graphml', toGraphml(sample)],
    ['v.json', toGraphologyJson(sample)],
    ['v.csv', 'source,target,relation,note\njp,us,alliance,"a,b\nc"\nus,cn,trade,\n'],
    [
      'v.yaml',
      'sources:\n  - id: s\n    kind: reference\n    title: T\n    publisher: P\n    date: "2025"\n    language: en\n    url: https://example.org/\nactors:\n  - id: jp\n    kind: state\n    name: { en: Japan, ja: 日本 }\n  - id: us\n    kind: state\n    name: { en: US, ja: 米国 }\nrelations:\n  - id: jp--alliance--us\n    source: jp\n    target: us\n    type: alliance\n    status: active\n    certainty: confirmed\n    evidence:\n      - source: s\n',
    ],
  ];

  it.each(validFiles)('truncations of a valid %s', async (name, text) => {
    const valid = await importText(name, text);
    expect(valid.ok, JSON.stringify(!valid.ok && valid.errors)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length - 1 }), async (cut) => {
        await checked(() => importText(name, text.slice(0, cut)));
      }),
      { seed: 4, numRuns: 200 },
    );
  });

  it.each(validFiles)(
    'mutations of a valid %s (deleted, inserted and replaced characters)',
    async (name, text) => {
      const mutation = fc.record({
        at: fc.nat({ max: text.length }),
        del: fc.nat({ max: 8 }),
        insert: fc.oneof(
          fc.constantFrom(
            '<',
            '>',
            '"',
            "'",
            '&',
            '&amp',
            ',',
            ';',
            '\n',
            '{',
            '}',
            '[',
            ']',
            ':',
            '</node>',
            '<edge source="x"/>',
            '"""',
            '\u0000',
            '&#0;',
            '&#x110000;',
          ),
          fc.string({ maxLength: 4 }),
        ),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
          let t = text;
          for (const m of mutations)
            t =
              t.slice(0, Math.min(m.at, t.length)) +
              m.insert +
              t.slice(Math.min(m.at, t.length) + m.del);
          await checked(() => importText(name, t));
        }),
        { seed: 5, numRuns: 300 },
      );
    },
  );
});
