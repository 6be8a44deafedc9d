// Pure helpers of the import/export UI: start positions for actors a file left unplaced, filters
// that no longer apply to new data, export file names, the date and source lines of a picture,
// the size refusal before reading, and http(s)-only links.
import { describe, expect, it } from 'vitest';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import type { NodeAttributes } from '../../src/model/graph-types';
import { seedMissingPositions } from '../../src/layout/seed-positions';
import { dateLineText, defaultSourceLine, exportBaseName } from '../../src/ui/io/export-run';
import { httpUrl } from '../../src/ui/io/safe-url';
import { checkSizes } from '../../src/state/dataset-state.svelte';
import { edgeStrength, relationLabel } from '../../src/render/style';
import { nameOf } from '../../src/ui/i18n';
import { CERTAINTY_INFO, KIND_INFO, STATUS_INFO } from '../../src/model/vocabulary';

const node = (extra: Record<string, unknown> = {}): NodeAttributes => ({
  label: 'x',
  labelJa: 'x',
  kind: 'state',
  aliases: [],
  ...extra,
});
const edge = (relation: string, extra: Record<string, unknown> = {}) => ({
  relation,
  status: 'active',
  certainty: 'unverified',
  evidence: [],
  ...extra,
});

function placed(): AlignmapGraph {
  const g = createEmptyGraph();
  g.addNode('a', node({ x: 0, y: 0 }));
  g.addNode('b', node({ x: 100, y: 0 }));
  g.addNode('c', node({ x: 100, y: 50 }));
  g.addNode('lonely', node());
  g.addNode('child', node());
  g.addEdge('a', 'child', edge('related'));
  g.addEdge('b', 'child', edge('related'));
  return g;
}

describe('seedMissingPositions', () => {
  it('keeps positions from the file and places the others', () => {
    const g = placed();
    expect(seedMissingPositions(g)).toBe(2);
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 0, y: 0 });
    expect(g.getNodeAttributes('c')).toMatchObject({ x: 100, y: 50 });
    for (const id of g.nodes()) {
      expect(Number.isFinite(g.getNodeAttribute(id, 'x'))).toBe(true);
      expect(Number.isFinite(g.getNodeAttribute(id, 'y'))).toBe(true);
    }
  });

  it('puts a node next to its placed neighbours (within 3% of the extent)', () => {
    const g = placed();
    seedMissingPositions(g);
    const { x, y } = g.getNodeAttributes('child') as { x: number; y: number };
    expect(Math.hypot(x - 50, y - 0)).toBeLessThanOrEqual(3);
  });

  it('puts a node without placed neighbours inside the placed area (half the extent around its centre)', () => {
    const g = placed();
    seedMissingPositions(g);
    const { x, y } = g.getNodeAttributes('lonely') as { x: number; y: number };
    expect(Math.hypot(x - 50, y - 25)).toBeLessThanOrEqual(50);
  });

  it('is deterministic and does nothing when all or no nodes are placed', () => {
    const g1 = placed();
    const g2 = placed();
    seedMissingPositions(g1);
    seedMissingPositions(g2);
    expect(g1.getNodeAttributes('lonely')).toEqual(g2.getNodeAttributes('lonely'));
    expect(seedMissingPositions(g1)).toBe(0);
    const none = createEmptyGraph();
    none.addNode('p', node());
    none.addNode('q', node());
    expect(seedMissingPositions(none)).toBe(0);
    expect(none.getNodeAttribute('p', 'x')).toBeUndefined();
  });
});

describe('exportBaseName', () => {
  const today = new Date('2025-09-14T10:00:00Z');
  it.each([
    [null, null, 'alignmap-2025-09-14'],
    [null, { from: '2025-05', to: '2025-05' }, 'alignmap-2025-05'],
    [null, { from: '2025-05-01', to: '2025-05-31' }, 'alignmap-2025-05-01_2025-05-31'],
    [null, { from: '2025' }, 'alignmap-from-2025'],
    [null, { to: '2024-12' }, 'alignmap-to-2024-12'],
    ['gephi-0.10.gexf', null, 'alignmap-gephi-0-10-2025-09-14'],
    ['edges.csv + nodes.csv', null, 'alignmap-edges-nodes-2025-09-14'],
    ['<script>.json', null, 'alignmap-script-2025-09-14'],
    ['日本の同盟.graphml', { from: '2025-05' }, 'alignmap-日本の同盟-from-2025-05'],
  ])('%j, %j → %s', (name, time, expected) => {
    expect(exportBaseName(name, time, today)).toBe(expected);
  });
});

describe('dateLineText and defaultSourceLine', () => {
  function dated(): AlignmapGraph {
    const g = createEmptyGraph();
    g.replaceAttributes({
      name: 'Alignmap dataset',
      sources: [{ date: '2025-05-10' }, { date: '2024-11' }, { date: 'unknown' }],
    });
    g.addNode('a', node());
    g.addNode('b', node());
    g.addEdgeWithKey('e1', 'a', 'b', edge('alliance', { start: '1951-09-01' }));
    g.addEdgeWithKey('e2', 'a', 'b', edge('trade', { start: '2025-03', end: '2025-12-07' }));
    g.addEdgeWithKey('e3', 'a', 'b', edge('trade'));
    return g;
  }

  it('says the time filter when there is one', () => {
    const g = dated();
    expect(dateLineText({ from: '2025-05', to: '2025-06' }, g, [], 'en')).toBe('2025-05 – 2025-06');
    expect(dateLineText({ from: '2025-05-08', to: '2025-05-08' }, g, [], 'en')).toBe(
      'as of 2025-05-08',
    );
    expect(dateLineText({ from: '2025-05-08', to: '2025-05-08' }, g, [], 'ja')).toBe(
      '2025-05-08 時点',
    );
    expect(dateLineText({ from: '2025' }, g, [], 'ja')).toBe('2025 以降');
    expect(dateLineText({ to: '2024' }, g, [], 'en')).toBe('until 2024');
  });

  it('else the span of the visible relations’ dates, or nothing', () => {
    const g = dated();
    expect(dateLineText(null, g, ['e1', 'e2', 'e3'], 'en')).toBe(
      'Relations dated 1951-09-01 – 2025-12-07',
    );
    expect(dateLineText(null, g, ['e2'], 'ja')).toBe('関係の日付: 2025-03 – 2025-12-07');
    expect(dateLineText(null, g, ['e3'], 'en')).toBe('');
  });

  it('names the dataset and its sources, or the imported file', () => {
    const g = dated();
    expect(defaultSourceLine(g, null, 'en')).toBe(
      'Source: Alignmap dataset (3 sources, 2024–2025)',
    );
    expect(defaultSourceLine(g, null, 'ja')).toBe('出典: Alignmap dataset（資料 3 件、2024–2025）');
    expect(defaultSourceLine(g, 'x.gexf', 'en')).toBe('Source: x.gexf (imported)');
    expect(defaultSourceLine(createEmptyGraph(), null, 'en')).toBe('Source: Alignmap');
  });
});

describe('checkSizes', () => {
  const MB = 1024 * 1024;
  it('refuses a file over the limit, and files over it together, before reading', () => {
    expect(checkSizes([{ name: 'a.gexf', size: 51 * MB }])).toEqual({
      where: 'a.gexf',
      message:
        'the file is 51.0 MB, larger than the import limit of 50.0 MB; import a smaller file or a filtered export',
    });
    expect(
      checkSizes([
        { name: 'edges.csv', size: 30 * MB },
        { name: 'nodes.csv', size: 30 * MB },
      ]),
    ).toEqual({
      where: 'edges.csv + nodes.csv',
      message: 'the files are 60.0 MB together, larger than the import limit of 50.0 MB',
    });
    expect(checkSizes([{ name: 'ok.csv', size: 50 * MB }])).toBeNull();
    expect(checkSizes([])).toEqual({ where: 'file', message: 'no file was chosen' });
  });
});

describe('httpUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['  HTTP://Example.org ', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example', null],
    ['/relative', null],
    ['https://', null],
    [42, null],
  ])('%j → %j', (input, expected) => {
    expect(httpUrl(input)).toBe(expected);
  });

  it('takes the first usable value', () => {
    expect(httpUrl('javascript:x', undefined, 'https://ok.example/')).toBe('https://ok.example/');
  });
});

describe('names and strength of the values foreign files get', () => {
  it('related / unknown / unverified have names in both languages; other values stay as given', () => {
    expect(relationLabel('related', 'en')).toBe('Related');
    expect(relationLabel('related', 'ja')).toBe('関連');
    expect(relationLabel('tariffs', 'ja')).toBe('tariffs');
    expect(nameOf(KIND_INFO, 'unknown', 'ja')).toBe('不明');
    expect(nameOf(KIND_INFO, 'unknown', 'en')).toBe('Unknown');
    expect(nameOf(CERTAINTY_INFO, 'unverified', 'ja')).toBe('未検証');
    expect(nameOf(CERTAINTY_INFO, 'unverified', 'en')).toBe('Unverified');
    expect(nameOf(STATUS_INFO, 'rumoured', 'en')).toBe('rumoured');
    expect(nameOf(KIND_INFO, 'state', 'ja')).toBe('国家');
  });

  it('an unverified relation is drawn weaker than a reported one, stronger than speculation', () => {
    const unverified = edgeStrength('active', 'unverified');
    expect(unverified).toBeLessThan(edgeStrength('active', 'reported'));
    expect(unverified).toBeGreaterThan(edgeStrength('active', 'speculative'));
  });
});
