// Building the graphology multigraph from a validated dataset, its serialization round trip, and the
// build:data script (valid data writes graph.json; invalid data writes nothing and exits non-zero).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/build';
import { validateDir } from '../../src/model/load-dir';
import type { SerializedAlignmapGraph } from '../../src/model/graph-types';
import { RELATIONS, writeDataDir, removeDataDirs } from './helpers/data-dir';

afterAll(removeDataDirs);

function fixtureDataset() {
  const { dataDir, seedsDir } = writeDataDir();
  const result = validateDir(dataDir, { seedsDir });
  if (!result.dataset) throw new Error('fixture should be valid');
  return result.dataset;
}

describe('buildGraph', () => {
  const graph = buildGraph(fixtureDataset());

  it('makes one node per actor with English and Japanese labels', () => {
    expect(graph.order).toBe(6);
    expect(graph.getNodeAttributes('russia')).toEqual({
      label: 'Russia',
      labelJa: 'ロシア',
      kind: 'state',
      aliases: ['露'],
      iso: 'RUS',
    });
    expect(graph.getNodeAttribute('japan', 'aliases')).toEqual([]);
  });

  it('is a mixed multigraph: undirected for symmetric types, directed otherwise', () => {
    expect(graph.multi).toBe(true);
    expect(graph.type).toBe('mixed');
    expect(graph.isUndirected('japan--alliance--united-states')).toBe(true);
    expect(graph.isDirected('lavrov--represents--russia')).toBe(true);
    expect(graph.source('lavrov--represents--russia')).toBe('sergey-lavrov');
  });

  it('keeps every relation attribute and enriches evidence with its source', () => {
    expect(graph.getEdgeAttributes('russia--proposal--eurasian-framework')).toEqual({
      relation: 'proposal',
      status: 'proposed',
      certainty: 'confirmed',
      start: '2025-11-13',
      evidence: [
        {
          source: 'seed_a',
          quote: '新しい安全保障の枠組みを提案した',
          sourceTitle: 'テスト記事',
          sourceDate: '2025-11-13',
          sourcePublisher: 'Test',
        },
      ],
    });
    expect(graph.getEdgeAttribute('united-states--member_of--nato', 'evidence')[0]?.sourceUrl).toBe(
      'https://www.nato.int/cps/en/natohq/nato_countries.htm',
    );
  });

  it('holds two relations between the same pair of actors', () => {
    const extra =
      RELATIONS +
      `- id: japan--dispute--united-states
  source: japan
  target: united-states
  type: dispute
  status: active
  certainty: speculative
  evidence:
    - source: seed_a
      quote: 日本は米国
`;
    const { dataDir, seedsDir } = writeDataDir({ relations: extra });
    const g = buildGraph(validateDir(dataDir, { seedsDir }).dataset!);
    expect(g.edges('japan', 'united-states').sort()).toEqual([
      'japan--alliance--united-states',
      'japan--dispute--united-states',
    ]);
  });

  it('round-trips through graphology serialization and JSON', () => {
    const json = JSON.parse(JSON.stringify(graph.export())) as SerializedAlignmapGraph;
    const copy = Graph.from(json);
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    expect(copy.type).toBe('mixed');
    for (const edge of graph.edges()) {
      expect(copy.getEdgeAttributes(edge)).toEqual(graph.getEdgeAttributes(edge));
      expect(copy.isUndirected(edge)).toBe(graph.isUndirected(edge));
    }
    for (const node of graph.nodes())
      expect(copy.getNodeAttributes(node)).toEqual(graph.getNodeAttributes(node));
  });
});

// Each case starts tsx several times: seconds on a loaded 2-core machine.
describe('build:data script', { timeout: 60_000 }, () => {
  const root = join(import.meta.dirname, '..', '..');
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const script = join(root, 'scripts', 'build-data.ts');

  it('writes graph.json for valid data', () => {
    const { dataDir, seedsDir, root: tmp } = writeDataDir();
    const out = join(tmp, 'graph.json');
    execFileSync(tsx, [script, dataDir, '--seeds', seedsDir, '--out', out], { stdio: 'pipe' });
    const json = JSON.parse(readFileSync(out, 'utf8')) as SerializedAlignmapGraph;
    expect(json.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: false });
    expect(json.nodes).toHaveLength(6);
    expect(json.edges).toHaveLength(4);
    // a settled layout ships with the data, the same on every build
    expect(json.attributes).toMatchObject({ layout: { method: 'forceatlas2', seed: 1 } });
    for (const node of json.nodes) {
      expect(Number.isFinite(node.attributes?.x)).toBe(true);
      expect(Number.isFinite(node.attributes?.y)).toBe(true);
    }
    const again = join(tmp, 'again.json');
    execFileSync(tsx, [script, dataDir, '--seeds', seedsDir, '--out', again], { stdio: 'pipe' });
    const positions = (g: SerializedAlignmapGraph) =>
      g.nodes.map((n) => [n.key, n.attributes?.x, n.attributes?.y]);
    const second = JSON.parse(readFileSync(again, 'utf8')) as SerializedAlignmapGraph;
    expect(positions(second)).toEqual(positions(json));

    const bare = join(tmp, 'bare.json');
    execFileSync(tsx, [script, dataDir, '--seeds', seedsDir, '--out', bare, '--no-layout'], {
      stdio: 'pipe',
    });
    const plain = JSON.parse(readFileSync(bare, 'utf8')) as SerializedAlignmapGraph;
    expect(plain.nodes.every((n) => n.attributes?.x === undefined)).toBe(true);
  });

  it('writes nothing and exits 1 for invalid data, printing file:line', () => {
    const {
      dataDir,
      seedsDir,
      root: tmp,
    } = writeDataDir({
      relations: RELATIONS.replace('type: alliance', 'type: friendship'),
    });
    const out = join(tmp, 'graph.json');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(tsx, [script, dataDir, '--seeds', seedsDir, '--out', out], { stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toContain(
      'relations/relations.yaml:24: relation "japan--alliance--united-states": type: unknown value "friendship"',
    );
    expect(stderr).toContain('build:data: invalid data, nothing written');
    expect(existsSync(out)).toBe(false);
  });
});

describe('buildGraph: bilingual notes and actor lifetimes', () => {
  const graph = buildGraph({
    sources: [
      {
        id: 'ref-x',
        kind: 'reference',
        title: 'X',
        publisher: 'P',
        date: '2025',
        language: 'en',
        url: 'https://example.org/x',
        note: { en: 'About X.', ja: 'Xについて。' },
      },
    ],
    actors: [
      {
        id: 'soviet-union',
        kind: 'state',
        name: { en: 'Soviet Union', ja: 'ソ連' },
        aliases: [],
        start: '1922-12-30',
        end: '1991-12-26',
        dateSource: 'ref-x',
      },
      { id: 'cuba', kind: 'state', name: { en: 'Cuba', ja: 'キューバ' }, aliases: [] },
    ],
    relations: [
      {
        id: 'a',
        source: 'cuba',
        target: 'soviet-union',
        type: 'partnership',
        status: 'ended',
        certainty: 'confirmed',
        note: { en: 'Cold War ally.', ja: '冷戦期の同盟国。' },
        evidence: [{ source: 'ref-x' }],
      },
      {
        id: 'b',
        source: 'cuba',
        target: 'soviet-union',
        type: 'trade',
        status: 'ended',
        certainty: 'confirmed',
        note: 'English only.',
        evidence: [{ source: 'ref-x' }],
      },
    ],
  });

  it('carries actor start/end as node attributes', () => {
    expect(graph.getNodeAttribute('soviet-union', 'start')).toBe('1922-12-30');
    expect(graph.getNodeAttribute('soviet-union', 'end')).toBe('1991-12-26');
    expect(graph.getNodeAttribute('cuba', 'end')).toBeUndefined();
  });

  it('splits a bilingual note into note (English) and noteJa; a plain note stays English only', () => {
    expect(graph.getEdgeAttribute('a', 'note')).toBe('Cold War ally.');
    expect(graph.getEdgeAttribute('a', 'noteJa')).toBe('冷戦期の同盟国。');
    expect(graph.getEdgeAttribute('b', 'note')).toBe('English only.');
    expect('noteJa' in graph.getEdgeAttributes('b')).toBe(false);
  });

  it('keeps source notes as note and noteJa in the graph attribute "sources"', () => {
    expect(graph.getAttribute('sources')).toEqual([
      {
        id: 'ref-x',
        kind: 'reference',
        title: 'X',
        publisher: 'P',
        date: '2025',
        language: 'en',
        url: 'https://example.org/x',
        note: 'About X.',
        noteJa: 'Xについて。',
      },
    ]);
  });
});
