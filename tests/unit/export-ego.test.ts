// Ego pictures (src/export/ego.ts through the scene and the SVG writer) on the bundled data:
// Russia's picture at depth 1 checked from the SVG text as a reader would see it, plus the rings,
// the title, date line and file name on small hand-built graphs.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import { validateDir } from '../../src/model/load-dir';
import { headlessView } from '../../src/export/headless-view';
import {
  commonName,
  egoBaseName,
  egoExport,
  egoPicture,
  egoTitle,
  reportDateLine,
  yearSpan,
} from '../../src/export/ego';
import { buildScene, type ImageOptions } from '../../src/export/scene';
import { sceneToSvg } from '../../src/export/svg';
import { estimateTextWidth } from '../../src/export/text-metrics';
import { parseUrlState } from '../../src/view/view-state';
import type { Language } from '../../src/model/language';
import { byClass, findAll, parseSvg, type SvgElement } from '../fixtures/export/svg-tree';

let graph: AlignmapGraph;
beforeAll(() => {
  const seeds = existsSync('../shared/seeds') ? '../shared/seeds' : undefined;
  const result = validateDir('graph-data', seeds ? { seedsDir: seeds } : {});
  expect(result.ok).toBe(true);
  graph = buildGraph(result.dataset!);
}, 60_000);

const num = (el: SvgElement, name: string) => Number(el.attrs.get(name));

/** The SVG of a focus picture as the CLI draws it (no layout needed: rings replace positions). */
function egoSvg(query: string, neighbourTies = false, width = 1600) {
  const url = parseUrlState(query).state;
  const { view, visible } = headlessView(graph, url);
  const ego = egoExport(
    graph,
    view,
    {
      id: url.focus!,
      depth: url.depth,
      distance: visible.focusDistance!,
      neighbourTies,
    },
    null,
    '',
  );
  const options: ImageOptions = {
    crop: 'visible',
    width,
    scale: 1,
    legend: true,
    title: ego.title,
    dateLine: ego.dateLine,
    ...ego.options,
  };
  const scene = buildScene(graph, { ...ego.picture.view, dimmedNodes: view.dimmedNodes }, options);
  return { svg: parseSvg(sceneToSvg(scene)), ego, visible, scene };
}

interface LabelBox {
  id: string;
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function labelBoxes(svg: SvgElement): LabelBox[] {
  return byClass(svg, 'text', 'label').map((t) => {
    const size = num(t, 'font-size');
    const w = estimateTextWidth(t.text, size, t.attrs.get('font-weight') === '700');
    const x = num(t, 'x');
    const y = num(t, 'y');
    const anchor = t.attrs.get('text-anchor') ?? 'start';
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return {
      id: t.attrs.get('data-id')!,
      text: t.text,
      x0,
      x1: x0 + w,
      y0: y - size * 0.9,
      y1: y + size * 0.3,
    };
  });
}

describe.each<Language>(['en', 'ja'])("Russia's ego picture at depth 1 (%s)", (lang) => {
  it('draws only relations that touch Russia, Russia in the middle, every label whole and apart', () => {
    const { svg, visible } = egoSvg(`focus=russia&lang=${lang}`);
    const paths = findAll(svg, 'path').filter((p) => p.attrs.has('data-relation'));
    // the focus holds ties among the neighbours too; the picture leaves them out
    const visibleTouching = [...visible.visibleEdges].filter((e) =>
      graph.extremities(e).includes('russia'),
    );
    expect(visible.visibleEdges.size).toBeGreaterThan(visibleTouching.length);
    expect(paths.length).toBe(visibleTouching.length);
    for (const p of paths)
      expect([p.attrs.get('data-source'), p.attrs.get('data-target')]).toContain('russia');

    const clip = findAll(svg, 'rect')[0]!;
    const area = {
      x: num(clip, 'x'),
      y: num(clip, 'y'),
      w: num(clip, 'width'),
      h: num(clip, 'height'),
    };
    const circles = findAll(svg, 'circle').filter((c) => c.attrs.has('data-kind'));
    const russia = circles.find((c) => c.attrs.get('data-id') === 'russia')!;
    expect(Math.abs(num(russia, 'cx') - (area.x + area.w / 2))).toBeLessThan(area.w * 0.12);
    expect(Math.abs(num(russia, 'cy') - (area.y + area.h / 2))).toBeLessThan(area.h * 0.12);
    // every other actor is one ring away: all at about the same distance from Russia
    const dist = circles
      .filter((c) => c !== russia)
      .map((c) => Math.hypot(num(c, 'cx') - num(russia, 'cx'), num(c, 'cy') - num(russia, 'cy')));
    expect(Math.max(...dist) / Math.min(...dist)).toBeLessThan(1.25);

    const boxes = labelBoxes(svg);
    // every actor drawn is labelled, no label is cut
    expect(new Set(boxes.map((b) => b.id))).toEqual(
      new Set(circles.map((c) => c.attrs.get('data-id'))),
    );
    for (const b of boxes) expect(b.text).not.toContain('…');
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(area.x - 0.5);
      expect(b.x1).toBeLessThanOrEqual(area.x + area.w + 0.5);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.id === b.id) continue; // the two lines of one wrapped name
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `"${a.text}" / "${b.text}"`).toBe(false);
      }
    // no leader line across another actor's label (sampled along the line)
    const leaders = findAll(svg, 'path').filter(
      (p) =>
        p.attrs.has('data-id') &&
        !p.attrs.has('data-relation') &&
        /^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/.test(p.attrs.get('d') ?? ''),
    );
    expect(leaders.length).toBe(
      findAll(svg, 'g')
        .filter((g) => g.attrs.get('class') === 'leaders')
        .flatMap((g) => g.children).length,
    );
    for (const l of leaders) {
      const [x0, y0, x1, y1] = (l.attrs.get('d')!.match(/[\d.]+/g) ?? []).map(Number);
      for (const b of boxes) {
        if (b.id === l.attrs.get('data-id')) continue;
        for (let t = 0; t <= 1; t += 0.02) {
          const [x, y] = [x0! + (x1! - x0!) * t, y0! + (y1! - y0!) * t];
          const inside = x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
          expect(inside, `leader of ${l.attrs.get('data-id')} across "${b.text}"`).toBe(false);
        }
      }
    }
    // no label over another actor's circle
    for (const b of boxes)
      for (const c of circles) {
        if (c.attrs.get('data-id') === b.id) continue;
        const [cx, cy, r] = [num(c, 'cx'), num(c, 'cy'), num(c, 'r')];
        const dx = cx - Math.max(b.x0, Math.min(cx, b.x1));
        const dy = cy - Math.max(b.y0, Math.min(cy, b.y1));
        expect(dx * dx + dy * dy >= r * r - 0.5, `"${b.text}" over ${c.attrs.get('data-id')}`).toBe(
          true,
        );
      }
  });

  it('titles it from the focus and dates it by the reports of the relations drawn', () => {
    const { svg, ego } = egoSvg(`focus=russia&lang=${lang}`);
    const title = byClass(svg, 'text', 'title')[0]!.text;
    const date = byClass(svg, 'text', 'date')[0]!.text;
    expect(title).toBe(lang === 'ja' ? 'ロシアの関係(深さ1)' : 'Relations of Russia (depth 1)');
    // every report on Russia's relations is of 2025 (UN membership since 1945 or not)
    expect(date).toMatch(
      lang === 'ja' ? /^報道: 2025.* – 2025-12-07$/ : /^Reported 2025.* – 2025-12-07$/,
    );
    expect(ego.baseName).toBe('russia-depth1-2025');
  });
});

describe('ego picture options', () => {
  it('draws the ties among the neighbours only on request', () => {
    const plain = egoSvg('focus=russia');
    const ties = egoSvg('focus=russia', true);
    const count = (s: SvgElement) =>
      findAll(s, 'path').filter((p) => p.attrs.has('data-relation')).length;
    expect(count(ties.svg)).toBe(ties.visible.visibleEdges.size);
    expect(count(ties.svg)).toBeGreaterThan(count(plain.svg));
  });

  it('puts depth-2 actors on an outer ring and draws only ring-to-ring relations', () => {
    const { ego, visible } = egoSvg('focus=japan&depth=2');
    const d = visible.focusDistance!;
    for (const e of ego.picture.edges) {
      const [s, t] = graph.extremities(e);
      expect(Math.abs(d.get(s)! - d.get(t)!)).toBe(1);
    }
    const radii = (ring: number) =>
      [...ego.picture.positions]
        .filter(([id]) => d.get(id) === ring)
        .map(([, p]) => Math.hypot(p.x, p.y));
    expect(radii(0)).toEqual([0]);
    expect(Math.min(...radii(1))).toBeCloseTo(1, 9);
    // every actor two hops away lies outside every actor one hop away
    expect(Math.min(...radii(2))).toBeGreaterThan(Math.max(...radii(1)));
  });
});

describe('ego picture on a hand-built graph', () => {
  const small = () => {
    const g = createEmptyGraph();
    const add = (id: string, label: string, labelJa: string, aliases: string[] = []) =>
      g.addNode(id, { label, labelJa, kind: 'state', aliases });
    add('a', 'Alpha Republic', 'アルファ共和国', ['アルファ']);
    add('b', 'Beta', 'ベータ');
    add('c', 'Gamma', 'ガンマ');
    add('d', 'Delta', 'デルタ');
    const ev = (date: string) => [{ source: 's', sourceDate: date }];
    g.addEdgeWithKey('ab', 'a', 'b', {
      relation: 'alliance',
      status: 'active',
      certainty: 'confirmed',
      evidence: ev('2024-03'),
    });
    g.addEdgeWithKey('ac', 'a', 'c', {
      relation: 'sanction',
      status: 'active',
      certainty: 'confirmed',
      evidence: ev('2025-06-01'),
    });
    g.addEdgeWithKey('bc', 'b', 'c', {
      relation: 'trade',
      status: 'active',
      certainty: 'confirmed',
      evidence: ev('1999'),
    });
    g.addEdgeWithKey('cd', 'c', 'd', {
      relation: 'trade',
      status: 'active',
      certainty: 'confirmed',
      evidence: ev('2025-01'),
    });
    return g;
  };
  const view = (g: AlignmapGraph, hiddenEdges: string[] = []) => ({
    language: 'en' as const,
    hiddenNodes: new Set<string>(),
    hiddenEdges: new Set(hiddenEdges),
    highlight: null,
    selectedNode: null,
    selectedEdge: null,
    sizes: new Map<string, number>(),
    edgeColorMode: 'relation' as const,
    curvatures: new Map<string, number>(),
    ...(g ? {} : {}),
  });
  const distance = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 1],
    ['d', 2],
  ]);

  it('keeps outward relations, rings by hop, the friend before the adversary clockwise', () => {
    const g = small();
    const pic = egoPicture(g, view(g), { id: 'a', depth: 2, distance, neighbourTies: false });
    expect([...pic.edges].sort()).toEqual(['ab', 'ac', 'cd']);
    expect(pic.view.hiddenEdges.has('bc')).toBe(true);
    expect(pic.view.selectedNode).toBe('a');
    expect(pic.positions.get('a')).toEqual({ x: 0, y: 0 });
    // ring 1: the ally (b) first from the top clockwise: right half; the sanctioned (c) left half
    expect(pic.positions.get('b')!.x).toBeGreaterThan(0.9);
    expect(pic.positions.get('c')!.x).toBeLessThan(-0.9);
    // ring 2: d next to c, its way in
    const dPos = pic.positions.get('d')!;
    expect(Math.hypot(dPos.x, dPos.y)).toBeCloseTo(2, 9);
    expect(dPos.x).toBeLessThan(0);
    const ties = egoPicture(g, view(g), { id: 'a', depth: 2, distance, neighbourTies: true });
    expect([...ties.edges].sort()).toEqual(['ab', 'ac', 'bc', 'cd']);
    // a relation the view hides stays hidden
    const hidden = egoPicture(g, view(g, ['ab']), {
      id: 'a',
      depth: 2,
      distance,
      neighbourTies: true,
    });
    expect(hidden.edges.has('ab')).toBe(false);
  });

  it('names, dates and titles the picture', () => {
    const g = small();
    const attrs = g.getNodeAttributes('a');
    expect(commonName(attrs, 'ja')).toBe('アルファ');
    expect(commonName(attrs, 'en')).toBe('Alpha Republic');
    expect(egoTitle(attrs, 2, 'ja')).toBe('アルファの関係(深さ2)');
    expect(egoTitle(attrs, 1, 'en')).toBe('Relations of Alpha Republic (depth 1)');
    const e = egoExport(
      g,
      view(g),
      {
        id: 'a',
        depth: 1,
        distance: new Map([
          ['a', 0],
          ['b', 1],
          ['c', 1],
        ]),
        neighbourTies: false,
      },
      null,
      '',
    );
    // bc (reported 1999) is not drawn: the dates are those of ab and ac
    expect(e.dateLine).toBe('Reported 2024-03 – 2025-06-01');
    expect(e.baseName).toBe('a-depth1-2024-2025');
    const timed = egoExport(
      g,
      view(g),
      { id: 'a', depth: 1, distance, neighbourTies: false },
      { from: '2025-05', to: '2025-07' },
      '2025-05 – 2025-07',
    );
    expect(timed.dateLine).toBe('2025-05 – 2025-07');
    expect(timed.baseName).toBe('a-depth1-2025');
    expect(reportDateLine(null, 'en')).toBe('');
    expect(reportDateLine({ from: '2025-11', to: '2025-11' }, 'ja')).toBe('報道: 2025-11');
    expect(yearSpan('2025', null)).toBe('from-2025');
    expect(yearSpan(null, null)).toBe('');
    expect(egoBaseName('Foo Bar!', 3, '')).toBe('foo-bar-depth3');
  });
});
