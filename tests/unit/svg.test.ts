import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/export/image';
import { escapeXml } from '../../src/export/svg';
import type { ImageOptions } from '../../src/export/scene';
import { byClass, findAll, parseSvg } from '../fixtures/export/svg-tree';
import { sceneGraph, styleView } from '../fixtures/export/scene-graph';

const OPTIONS: ImageOptions = { crop: 'visible', width: 1000, scale: 1, legend: true };

describe('renderSvg', () => {
  it('writes one <circle data-id> per actor and one <path data-id> per relation drawn', () => {
    const g = sceneGraph();
    const svg = parseSvg(renderSvg(g, styleView(g), OPTIONS));
    expect(svg.attrs.get('data-nodes')).toBe('6');
    expect(svg.attrs.get('data-edges')).toBe('9');
    const circles = findAll(svg, 'circle').filter((c) => c.attrs.has('data-id'));
    expect(circles.map((c) => c.attrs.get('data-id')).sort()).toEqual([
      'china',
      'new-start',
      'russia',
      'sco',
      'usa',
      'vladimir-putin',
    ]);
    const paths = findAll(svg, 'path').filter((p) => p.attrs.has('data-id'));
    expect(paths).toHaveLength(9);
    // directed relations carry an arrowhead path: represents, trade, 2 × sanction; the 3
    // memberships are background hairlines without one
    expect(byClass(svg, 'path', 'arrow')).toHaveLength(4);
    // real vector graphics: no embedded raster image
    expect(findAll(svg, 'image')).toEqual([]);
  });

  it('leaves hidden actors and relations out entirely', () => {
    const g = sceneGraph();
    const view = styleView(g, {
      hiddenNodes: new Set(['new-start']),
      hiddenEdges: new Set(['e6', 'e7']),
    });
    const text = renderSvg(g, view, OPTIONS);
    const svg = parseSvg(text);
    expect(svg.attrs.get('data-nodes')).toBe('5');
    expect(svg.attrs.get('data-edges')).toBe('6');
    expect(text).not.toContain('new-start');
    expect(text).not.toMatch(/data-id="e[678]"/);
    expect(text).not.toContain('New START');
    // the legend names only what is drawn: no Sanction, no Agreement
    const legend = byClass(svg, 'text', 'legend').map((t) => t.text);
    expect(legend).toEqual([
      'Represents',
      'Member of',
      'Partnership',
      'Trade',
      'Negotiation',
      'State',
      'Organization',
      'Person',
    ]);
  });

  it('escapes every text and attribute value', () => {
    const g = sceneGraph();
    const nasty = `<script>&"x'`; // short enough to stay whole (shortLabel cuts long names)
    g.mergeNodeAttributes('russia', { label: nasty });
    g.addNode(`odd"<id>&'`, {
      label: 'Odd',
      labelJa: 'Odd',
      kind: 'state',
      aliases: [],
      x: 20,
      y: 20,
    });
    const text = renderSvg(g, styleView(g, { labelled: new Set(['russia']) }), {
      ...OPTIONS,
      title: 'Title <b>&</b> "quoted"',
      sourceLine: "Source: O'Brien & <co>",
    });
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<b>');
    const svg = parseSvg(text); // well-formed XML
    const labels = byClass(svg, 'text', 'label');
    expect(labels.find((l) => l.attrs.get('data-id') === 'russia')!.text).toBe(nasty);
    expect(byClass(svg, 'text', 'title')[0]!.text).toBe('Title <b>&</b> "quoted"');
    expect(byClass(svg, 'text', 'source')[0]!.text).toBe("Source: O'Brien & <co>");
    const ids = findAll(svg, 'circle').map((c) => c.attrs.get('data-id'));
    expect(ids).toContain(`odd"<id>&'`);
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;\ufffd');
  });

  it('writes Japanese labels and legend in Japanese with the Noto Sans JP family', () => {
    const g = sceneGraph();
    const svg = parseSvg(
      renderSvg(
        g,
        styleView(g, { language: 'ja', labelled: new Set(['russia', 'china']) }),
        OPTIONS,
      ),
    );
    expect(svg.attrs.get('font-family')).toBe("'Noto Sans JP', sans-serif");
    const labels = byClass(svg, 'text', 'label').map((t) => t.text);
    expect(labels).toContain('ロシア');
    expect(labels).toContain('中国');
    expect(byClass(svg, 'text', 'legend-heading').map((t) => t.text)).toEqual(['関係', 'アクター']);
  });

  it('sizes the page from the options and clips the graph to its area', () => {
    const g = sceneGraph();
    const svg = parseSvg(renderSvg(g, styleView(g), { ...OPTIONS, width: 700 }));
    expect(svg.attrs.get('width')).toBe('700');
    const height = svg.attrs.get('height')!;
    expect(svg.attrs.get('viewBox')).toBe(`0 0 700 ${height}`);
    const clip = findAll(svg, 'clipPath')[0]!;
    const rect = findAll(clip, 'rect')[0]!;
    // margins 16 px × factor 0.85 (the smallest factor, for pictures under ~870 px) = 14 px
    expect(Number(rect.attrs.get('width'))).toBe(700 - 2 * 14);
    const camera = parseSvg(
      renderSvg(g, styleView(g), {
        ...OPTIONS,
        crop: 'camera',
        cameraBox: { minX: -10, minY: -10, maxX: 110, maxY: 10 },
      }),
    );
    expect(camera.attrs.get('data-nodes')).toBe('2');
  });

  it('gives identical text for identical input', () => {
    const g = sceneGraph();
    expect(renderSvg(g, styleView(g), OPTIONS)).toBe(renderSvg(g, styleView(g), OPTIONS));
  });
});
