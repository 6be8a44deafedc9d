import { describe, expect, it, vi } from 'vitest';
import {
  buildScene,
  checkImageOptions,
  type ImageOptions,
  type Scene,
} from '../../src/export/scene';
import { estimateTextWidth, fitText } from '../../src/export/text-metrics';
import {
  BLOC_COLORS,
  BLOC_OTHER,
  DIMMED_NODE,
  kindColor,
  SELECTED_RING,
} from '../../src/render/style';
import { createEmptyGraph } from '../../src/model/build';
import { sceneGraph, styleView } from '../fixtures/export/scene-graph';

const OPTIONS: ImageOptions = { crop: 'visible', width: 1200, scale: 1, legend: true };

const ids = (scene: Scene) => ({
  nodes: scene.nodes.map((n) => n.id).sort(),
  edges: scene.edges.map((e) => e.id).sort(),
});
const node = (scene: Scene, id: string) => scene.nodes.find((n) => n.id === id)!;
const edge = (scene: Scene, id: string) => scene.edges.find((e) => e.id === id)!;

describe('buildScene: what is drawn', () => {
  it('draws exactly the actors and relations the view does not hide', () => {
    const g = sceneGraph();
    const all = buildScene(g, styleView(g), OPTIONS);
    expect(ids(all).nodes).toEqual([
      'china',
      'new-start',
      'russia',
      'sco',
      'usa',
      'vladimir-putin',
    ]);
    expect(ids(all).edges).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9']);
    // new-start hidden: its membership e8 goes too even though the view does not hide e8 itself
    const view = styleView(g, {
      hiddenNodes: new Set(['new-start']),
      hiddenEdges: new Set(['e9']),
    });
    const some = buildScene(g, view, OPTIONS);
    expect(ids(some).nodes).toEqual(['china', 'russia', 'sco', 'usa', 'vladimir-putin']);
    expect(ids(some).edges).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
  });

  it('leaves out actors and relations dimmed outside a focus (not part of an export)', () => {
    const g = sceneGraph();
    const view = { ...styleView(g), dimmedNodes: new Set(['sco']), dimmedEdges: new Set(['e9']) };
    const scene = buildScene(g, view, OPTIONS);
    expect(ids(scene).nodes).toEqual(['china', 'new-start', 'russia', 'usa', 'vladimir-putin']);
    expect(ids(scene).edges).toEqual(['e1', 'e4', 'e5', 'e6', 'e7', 'e8']);
  });

  it('flips graph y (up) to picture y (down) and keeps x order', () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g), OPTIONS);
    expect(node(scene, 'usa').y).toBeLessThan(node(scene, 'russia').y);
    expect(node(scene, 'vladimir-putin').y).toBeGreaterThan(node(scene, 'russia').y);
    expect(node(scene, 'china').x).toBeGreaterThan(node(scene, 'russia').x);
    // one scale for both axes: russia→china (100 units) as long as russia→usa (100 units)
    const dx = node(scene, 'china').x - node(scene, 'russia').x;
    const dy = node(scene, 'russia').y - node(scene, 'usa').y;
    expect(dx).toBeCloseTo(dy, 1);
  });

  it('colours and sizes come from the style module', () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g), { ...OPTIONS, width: 1200 });
    expect(node(scene, 'sco').color).toBe(kindColor('organization'));
    // style size 20 px for the largest actor, 5 px for the smallest, at factor 1 (1200 px)
    expect(scene.factor).toBe(1);
    expect(node(scene, 'russia').r).toBe(20);
    expect(node(scene, 'sco').r).toBe(5);
    const wide = buildScene(g, styleView(g), { ...OPTIONS, width: 4800 });
    expect(wide.factor).toBe(2);
    expect(node(wide, 'russia').r).toBe(40);
  });

  it('greys actors outside a highlight and labels only the highlighted ones', () => {
    const g = sceneGraph();
    const view = styleView(g, {
      highlight: { nodes: new Set(['russia', 'china']), edges: new Set(['e4']) },
      selectedNode: 'russia',
    });
    const scene = buildScene(g, view, OPTIONS);
    expect(node(scene, 'usa').color).toBe(DIMMED_NODE);
    expect(scene.labels.map((l) => l.nodeId).sort()).toEqual(['china', 'russia']);
    expect(node(scene, 'russia').ring).toBe(SELECTED_RING);
    expect(scene.labels.find((l) => l.nodeId === 'russia')!.weight).toBe(700);
  });
});

describe('buildScene: geometry', () => {
  it('gives directed relations an arrowhead touching the target circle, others none', () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g), OPTIONS);
    const e1 = edge(scene, 'e1'); // putin → russia, represents (directed)
    expect(e1.arrow).not.toBeNull();
    const russia = node(scene, 'russia');
    const [tip] = e1.arrow!;
    expect(Math.hypot(tip.x - russia.x, tip.y - russia.y)).toBeCloseTo(russia.r, 1);
    expect(edge(scene, 'e9').arrow).toBeNull(); // negotiation is undirected
    expect(edge(scene, 'e4').arrow).toBeNull(); // partnership
  });

  it('curves parallel relations to the side sigma bends them, straight otherwise', () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g, { curvatures: new Map([['e4', 0.5]]) }), OPTIONS);
    const e4 = edge(scene, 'e4'); // russia (0,0) — china (100,0): sigma's control is at graph y +50
    expect(e4.control).not.toBeNull();
    expect(e4.control!.y).toBeLessThan(e4.from.y); // above the line in the picture
    const len = e4.to.x - e4.from.x;
    expect(e4.from.y - e4.control!.y).toBeCloseTo(len * 0.5, 0);
    expect(edge(scene, 'e5').control).toBeNull();
  });

  it("crop 'visible' keeps every actor and every forced label inside the graph area", () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g, { labelled: new Set(['china', 'usa']) }), OPTIONS);
    const { area } = scene;
    for (const n of scene.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(area.x - 0.01);
      expect(n.x + n.r).toBeLessThanOrEqual(area.x + area.width + 0.01);
      expect(n.y - n.r).toBeGreaterThanOrEqual(area.y - 0.01);
      expect(n.y + n.r).toBeLessThanOrEqual(area.y + area.height + 0.01);
    }
    const china = scene.labels.find((l) => l.nodeId === 'china')!;
    // china is the rightmost actor: its label ends at the right edge of the area
    expect(china.x + estimateTextWidth(china.text, china.size)).toBeLessThanOrEqual(
      area.x + area.width + 0.01,
    );
    expect(china.x + estimateTextWidth(china.text, china.size)).toBeGreaterThan(
      area.x + area.width - 2,
    );
  });

  it("crop 'camera' shows the camera box: only actors in it, legend of what is drawn", () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g), {
      ...OPTIONS,
      crop: 'camera',
      cameraBox: { minX: -10, minY: -10, maxX: 110, maxY: 10 },
    });
    expect(ids(scene).nodes).toEqual(['china', 'russia']);
    // relations of the two with at least one end in the frame
    expect(ids(scene).edges).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9']);
    expect(scene.legendKeys.kinds).toEqual(['state']);
    // width 1200 − 2 × 16 margin = 1168 px for 120 units; height follows: 20 units → 195 px
    expect(node(scene, 'china').x - node(scene, 'russia').x).toBeCloseTo((100 / 120) * 1168, 1);
    expect(scene.area.width).toBe(1168);
    expect(scene.area.height).toBe(195);
  });

  it('places optional labels only where they overlap no other label or actor', () => {
    const g = createEmptyGraph();
    for (let i = 0; i < 40; i++)
      g.addNode(`n${i}`, {
        label: `Actor number ${i}`,
        labelJa: `アクター${i}`,
        kind: 'state',
        aliases: [],
        x: (i % 8) * 3,
        y: Math.floor(i / 8) * 2,
      });
    const view = styleView(g, { labelled: new Set(['n0']), sizes: new Map() });
    const scene = buildScene(g, view, OPTIONS);
    expect(scene.labels.some((l) => l.nodeId === 'n0')).toBe(true);
    expect(scene.labels.length).toBeLessThan(40);
    const boxes = scene.labels.map((l) => ({
      x0: l.x,
      x1: l.x + estimateTextWidth(l.text, l.size),
      y0: l.y - l.size * 0.9,
      y1: l.y + l.size * 0.3,
    }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${scene.labels[i]!.text} / ${scene.labels[j]!.text}`).toBe(false);
      }
  });
});

describe('buildScene: legend, title, lines', () => {
  it('lists only the relation types and actor kinds drawn, in vocabulary order', () => {
    const g = sceneGraph();
    const view = styleView(g, { hiddenEdges: new Set(['e6', 'e7']) });
    const scene = buildScene(g, view, OPTIONS);
    expect(scene.legendKeys).toEqual({
      relations: ['represents', 'member_of', 'partnership', 'trade', 'negotiation'],
      kinds: ['state', 'organization', 'person', 'agreement'],
    });
    const legendTexts = scene.texts.filter((t) => t.role === 'legend').map((t) => t.text);
    expect(legendTexts).toEqual([
      'Represents',
      'Member of',
      'Partnership',
      'Trade',
      'Negotiation',
      'State',
      'Organization',
      'Person',
      'Agreement',
    ]);
    const ja = buildScene(g, { ...view, language: 'ja' }, OPTIONS);
    expect(ja.texts.filter((t) => t.role === 'legend-heading').map((t) => t.text)).toEqual([
      '関係',
      'アクター',
    ]);
  });

  it('lists the bloc colours drawn instead of kinds when actors are coloured by bloc', () => {
    const g = sceneGraph();
    const nodeColors = new Map(g.nodes().map((id) => [id, BLOC_OTHER]));
    nodeColors
      .set('russia', BLOC_COLORS[0]!)
      .set('china', BLOC_COLORS[0]!)
      .set('usa', BLOC_COLORS[1]!);
    const scene = buildScene(g, styleView(g, { nodeColors }), OPTIONS);
    expect(node(scene, 'usa').color).toBe(BLOC_COLORS[1]);
    expect(scene.legendKeys.kinds).toEqual(['bloc:1', 'bloc:2', 'bloc:none']);
    expect(scene.texts.filter((t) => t.role === 'legend-heading').map((t) => t.text)).toEqual([
      'Relations',
      'Blocs',
    ]);
    expect(
      scene.texts
        .filter((t) => t.role === 'legend')
        .map((t) => t.text)
        .slice(-3),
    ).toEqual(['Bloc 1', 'Bloc 2', 'No bloc']);
  });

  it('labels the actors of an emphasised path and greys the rest', () => {
    const g = sceneGraph();
    const view = styleView(g, {
      emphasis: { nodes: new Set(['usa', 'russia']), edges: new Set(['e7']) },
    });
    const scene = buildScene(g, view, OPTIONS);
    expect(scene.labels.map((l) => l.nodeId).sort()).toEqual(['russia', 'usa']);
    expect(node(scene, 'sco').color).toBe(DIMMED_NODE);
    expect(edge(scene, 'e7').width).toBeGreaterThan(edge(scene, 'e6').width);
    // the legend explains what is drawn in colour, not the greyed rest
    expect(scene.legendKeys).toEqual({ relations: ['sanction'], kinds: ['state'] });
  });

  it('lists relation signs when edges are coloured by sign', () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g, { edgeColorMode: 'sign' }), OPTIONS);
    expect(scene.legendKeys.relations).toEqual(['sign:1', 'sign:0', 'sign:-1']);
  });

  it('puts the legend in a band of its own below the graph, with text of at least 11 px', () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g), { ...OPTIONS, width: 400 });
    expect(scene.legend).not.toBeNull();
    expect(scene.legend!.box.y).toBeGreaterThanOrEqual(scene.area.y + scene.area.height);
    expect(scene.legend!.box.y + scene.legend!.box.height).toBeLessThanOrEqual(scene.height);
    for (const t of scene.texts) expect(t.size).toBeGreaterThanOrEqual(11);
    const none = buildScene(g, styleView(g), { ...OPTIONS, legend: false });
    expect(none.legend).toBeNull();
    expect(none.texts.filter((t) => t.role.startsWith('legend'))).toEqual([]);
    expect(none.height).toBeLessThan(buildScene(g, styleView(g), OPTIONS).height);
  });

  it('writes the title above the graph, the date line under it and the source line at the end', () => {
    const g = sceneGraph();
    const scene = buildScene(g, styleView(g), {
      ...OPTIONS,
      title: 'Sanctions <2025>',
      dateLine: '2025-05-01 – 2025-05-31',
      sourceLine: 'Source: test',
    });
    const byRole = (r: string) => scene.texts.find((t) => t.role === r)!;
    expect(byRole('title').text).toBe('Sanctions <2025>');
    expect(byRole('title').y).toBeLessThan(byRole('date').y);
    expect(byRole('date').y).toBeLessThan(scene.area.y);
    expect(byRole('source').y).toBeGreaterThan(scene.legend!.box.y + scene.legend!.box.height);
    expect(byRole('source').y).toBeLessThanOrEqual(scene.height);
  });
});

describe('options and text metrics', () => {
  it('refuses options it cannot honour with a readable message', () => {
    const g = sceneGraph();
    expect(() => buildScene(g, styleView(g), { ...OPTIONS, width: 100 })).toThrow(
      'image export: expected a width between 320 and 8000 px, got 100',
    );
    expect(() => buildScene(g, styleView(g), { ...OPTIONS, scale: 5 as 1 })).toThrow(/scale of 1/);
    expect(() => buildScene(g, styleView(g), { ...OPTIONS, crop: 'camera' })).toThrow(/cameraBox/);
    expect(() => checkImageOptions({ ...OPTIONS, width: 4000, scale: 2 }, true)).not.toThrow();
    expect(() => checkImageOptions({ ...OPTIONS, width: 4000, scale: 3 }, true)).toThrow(
      /at most 8000 px wide, got 4000 × 3 = 12000/,
    );
  });

  it('counts CJK glyphs 1 em and Latin letters about 0.55 em', () => {
    expect(estimateTextWidth('日本', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(11.2, 5);
    expect(estimateTextWidth('中国 China', 10)).toBeGreaterThan(40);
    expect(fitText('Shanghai Cooperation Organisation', 10, 60)).toMatch(/^Shang.*…$/);
    expect(
      estimateTextWidth(fitText('Shanghai Cooperation Organisation', 10, 60), 10),
    ).toBeLessThanOrEqual(60);
    expect(fitText('SCO', 10, 60)).toBe('SCO');
  });

  it('is a pure function: no randomness or clock, no hidden state, its inputs untouched', () => {
    const g = sceneGraph();
    const view = styleView(g);
    const before = JSON.stringify(g.export());
    const first = buildScene(g, view, OPTIONS);
    // a second run on fresh inputs with another random sequence and another clock
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.123);
    const now = vi.spyOn(Date, 'now').mockReturnValue(0);
    try {
      const fresh = sceneGraph();
      expect(buildScene(fresh, styleView(fresh), OPTIONS)).toEqual(first);
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
    expect(JSON.stringify(g.export())).toBe(before);
    expect(first.labels.length).toBeGreaterThan(0);
  });
});
