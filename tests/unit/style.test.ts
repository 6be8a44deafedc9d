import { describe, expect, it } from 'vitest';
import {
  BACKGROUND,
  BACKGROUND_EDGE_FADE,
  BACKGROUND_EDGE_SIZE,
  BLOC_COLORS,
  BLOC_OTHER,
  blocColor,
  DIMMED_EDGE,
  DIMMED_NODE,
  FOREIGN_RELATION_COLORS,
  relationColor,
  SIGN_COLORS,
  FULL_LABEL_FOCUS,
  KIND_COLORS,
  KIND_LEGEND,
  NODE_SIZE_MAX,
  NODE_SIZE_MIN,
  RELATION_COLORS,
  RELATION_LEGEND,
  edgeStrength,
  mixColor,
  shortLabel,
  styleEdge,
  styleNode,
  type StyleView,
} from '../../src/render/style';
import { parallelCurvatures } from '../../src/render/parallel-edges';
import { RELATION_TYPES } from '../../src/model/vocabulary';
import { smallGraph } from './helpers/small-graph';

const g = smallGraph();
const view = (over: Partial<StyleView> = {}): StyleView => ({
  language: 'en',
  hiddenNodes: new Set(),
  hiddenEdges: new Set(),
  highlight: null,
  selectedNode: null,
  selectedEdge: null,
  sizes: new Map([
    ['russia', 1],
    ['china', 0.25],
  ]),
  edgeColorMode: 'relation',
  curvatures: new Map(),
  ...over,
});
const node = (id: string, v = view()) => styleNode(id, g.getNodeAttributes(id), v);
const edge = (id: string, v = view()) => styleEdge(id, g.getEdgeAttributes(id), v);

describe('node style', () => {
  it('colours by kind, sizes by the normalised metric, labels in the chosen language', () => {
    expect(node('russia')).toEqual({
      color: KIND_COLORS.state,
      size: NODE_SIZE_MAX,
      label: 'Russia',
      fullLabel: 'Russia',
      hidden: false,
      zIndex: 1,
      forceLabel: false,
      highlighted: false,
      type: 'circle',
    });
    expect(node('china').size).toBe(NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * 0.5);
    expect(node('usa').size).toBe(NODE_SIZE_MIN);
    expect(node('vladimir-putin', view({ language: 'ja' })).label).toBe('ウラジーミル・プーチン');
    expect(node('vladimir-putin').color).toBe(KIND_COLORS.person);
  });

  it('shortens long labels to an acronym alias unless the actor is in focus', () => {
    expect(node('sco').label).toBe('SCO');
    const focus = view({ highlight: { nodes: new Set(['sco']), edges: new Set() } });
    expect(node('sco', focus).label).toBe('Shanghai Cooperation Organisation');
    // a hub's large neighbourhood keeps short labels, except for the selected actor itself
    const many = new Set(['sco', ...Array.from({ length: FULL_LABEL_FOCUS }, (_, i) => `n${i}`)]);
    const big = view({ highlight: { nodes: many, edges: new Set() } });
    expect(node('sco', big)).toMatchObject({ label: 'SCO', forceLabel: true });
    expect(node('sco', { ...big, selectedNode: 'sco' }).label).toBe(
      'Shanghai Cooperation Organisation',
    );
    // the whole name stays in `fullLabel` (hover card, details)
    expect(node('sco')).toMatchObject({
      label: 'SCO',
      fullLabel: 'Shanghai Cooperation Organisation',
    });
    // a long name on two lines is not cut; a name longer than two lines is elided in the middle
    const ja = (labelJa: string) => shortLabel({ label: 'x', labelJa, aliases: [] }, 'ja');
    expect(ja('あ'.repeat(20))).toBe('あ'.repeat(20));
    expect(ja('あ'.repeat(60))).toMatch(/^あ+…あ+$/);
  });

  it('dims and unlabels actors outside the highlight; forces labels inside it', () => {
    const v = view({
      highlight: { nodes: new Set(['russia', 'china']), edges: new Set(['e4']) },
      selectedNode: 'russia',
    });
    expect(node('usa', v)).toMatchObject({
      color: DIMMED_NODE,
      label: '',
      zIndex: 0,
      forceLabel: false,
    });
    expect(node('china', v)).toMatchObject({
      color: KIND_COLORS.state,
      forceLabel: true,
      zIndex: 2,
    });
    expect(node('russia', v)).toMatchObject({ highlighted: true, zIndex: 3 });
  });

  it('always labels the actors in `labelled` when nothing is in focus, only the focus otherwise', () => {
    const labelled = new Set(['usa', 'sco']);
    expect(node('usa', view({ labelled })).forceLabel).toBe(true);
    expect(node('china', view({ labelled })).forceLabel).toBe(false);
    const focus = view({
      labelled,
      highlight: { nodes: new Set(['russia', 'china']), edges: new Set(['e4']) },
    });
    expect(node('usa', focus)).toMatchObject({ forceLabel: false, label: '' });
    expect(node('china', focus).forceLabel).toBe(true);
  });

  it('hides what the filters hide', () => {
    expect(node('sco', view({ hiddenNodes: new Set(['sco']) })).hidden).toBe(true);
  });
});

describe('edge style', () => {
  it('colours by relation type, with arrows only for directed types', () => {
    expect(edge('e5')).toMatchObject({ color: RELATION_COLORS.trade, type: 'arrow', curvature: 0 });
    expect(edge('e4')).toMatchObject({ color: RELATION_COLORS.partnership, type: 'line' });
    expect(edge('e4').label).toBe('Partnership');
  });

  it('draws threatened/proposed weaker, speculative weaker still', () => {
    expect(edgeStrength('active', 'confirmed')).toBe(1);
    expect(edgeStrength('threatened', 'confirmed')).toBe(0.45);
    expect(edgeStrength('proposed', 'speculative')).toBeCloseTo(0.2025, 10);
    // e6: threatened + reported → strength 0.3825, mixed towards the background
    expect(edge('e6').color).toBe(mixColor(RELATION_COLORS.sanction, BACKGROUND, 1 - 0.3825));
    expect(edge('e7').color).toBe('#000000');
    expect(edge('e6').size).toBeLessThan(edge('e7').size);
  });

  it('draws memberships as a quiet layer (hairlines, light, under the rest) unless in focus', () => {
    // e2 russia→sco member_of, active and confirmed: faded, thin, no arrowhead, below e4 (partnership)
    expect(edge('e2')).toMatchObject({
      color: mixColor(RELATION_COLORS.member_of, BACKGROUND, BACKGROUND_EDGE_FADE),
      size: BACKGROUND_EDGE_SIZE,
      type: 'line',
    });
    expect(edge('e2').size).toBeLessThan(edge('e4').size / 1.5);
    expect(edge('e2').zIndex).toBeLessThan(edge('e4').zIndex);
    const v = view({ highlight: { nodes: new Set(['russia', 'sco']), edges: new Set(['e2']) } });
    expect(edge('e2', v)).toMatchObject({ color: RELATION_COLORS.member_of, size: 2.5, zIndex: 2 });
    expect(edge('e2', v).type).toBe('arrow'); // in focus, the direction shows again
    expect(edge('e2', view({ selectedEdge: 'e2' })).size).toBe(4);
  });

  it('uses curved programs for parallel edges, with the precomputed curvature', () => {
    const curvatures = parallelCurvatures(g);
    const e6 = edge('e6', view({ curvatures }));
    expect(e6.type).toBe('curvedArrow');
    expect(e6.curvature).toBe(curvatures.get('e6'));
    expect(edge('e4', view({ curvatures })).type).toBe('curve');
  });

  it('colours by sign in sign mode and dims outside the highlight', () => {
    expect(edge('e7', view({ edgeColorMode: 'sign' })).color).toBe('#d55e00');
    expect(edge('e4', view({ edgeColorMode: 'sign' })).color).toBe('#0072b2');
    const v = view({ highlight: { nodes: new Set(['russia']), edges: new Set(['e5']) } });
    expect(edge('e4', v)).toMatchObject({ color: DIMMED_EDGE, zIndex: 0 });
    expect(edge('e5', v)).toMatchObject({ color: RELATION_COLORS.trade, zIndex: 2 });
  });
});

describe('analysis styling: dimmed outside the focus, bloc colours, path and triad emphasis', () => {
  it('dims and unlabels what lies outside an ego focus with outside=dim, without hiding it', () => {
    const v = view({ dimmedNodes: new Set(['usa']), dimmedEdges: new Set(['e6']) });
    expect(node('usa', v)).toMatchObject({
      color: DIMMED_NODE,
      label: '',
      hidden: false,
      zIndex: 0,
      forceLabel: false,
    });
    expect(node('usa', view({ ...v, labelled: new Set(['usa']) })).forceLabel).toBe(false);
    expect(edge('e6', v)).toMatchObject({ color: DIMMED_EDGE, hidden: false, zIndex: 0 });
    expect(node('china', v).color).toBe(KIND_COLORS.state);
    expect(edge('e7', v).color).toBe('#000000');
  });

  it('fills actors with their bloc colour, others keep the kind colour', () => {
    const v = view({ nodeColors: new Map([['russia', blocColor(0)]]) });
    expect(node('russia', v).color).toBe(BLOC_COLORS[0]);
    expect(node('vladimir-putin', v).color).toBe(KIND_COLORS.person);
    // dimming wins over the bloc colour
    expect(node('russia', view({ ...v, dimmedNodes: new Set(['russia']) })).color).toBe(
      DIMMED_NODE,
    );
    expect(blocColor(BLOC_COLORS.length)).toBe(BLOC_OTHER);
    expect(new Set([...BLOC_COLORS, BLOC_OTHER, ...Object.values(KIND_COLORS)]).size).toBe(
      BLOC_COLORS.length + 1 + Object.values(KIND_COLORS).length,
    );
  });

  it('draws a path or triad thick and labelled, the rest faded, until a hover takes over', () => {
    const emphasis = { nodes: new Set(['usa', 'russia']), edges: new Set(['e7']) };
    const v = view({ emphasis });
    expect(node('usa', v)).toMatchObject({ forceLabel: true, label: 'United States', zIndex: 2 });
    expect(node('china', v)).toMatchObject({ color: DIMMED_NODE, label: '' });
    expect(edge('e7', v)).toMatchObject({ size: 4, zIndex: 2, color: '#000000' });
    expect(edge('e4', v)).toMatchObject({ color: DIMMED_EDGE, zIndex: 0 });
    // a hover highlight replaces the emphasis while it lasts
    const hover = view({
      emphasis,
      highlight: { nodes: new Set(['china', 'russia']), edges: new Set(['e4']) },
    });
    expect(node('china', hover).color).toBe(KIND_COLORS.state);
    expect(node('usa', hover).color).toBe(DIMMED_NODE);
    expect(edge('e7', hover)).toMatchObject({ color: DIMMED_EDGE });
    expect(edge('e4', hover).size).toBe(2.5);
  });
});

describe('palette, legend and colour mixing', () => {
  it('has one distinct colour per relation type and per kind', () => {
    expect(new Set(Object.values(RELATION_COLORS)).size).toBe(RELATION_TYPES.length);
    expect(RELATION_LEGEND.map((e) => e.key)).toEqual([...RELATION_TYPES]);
    expect(RELATION_LEGEND.find((e) => e.key === 'sanction')).toEqual({
      key: 'sanction',
      color: '#000000',
      en: 'Sanction',
      ja: '制裁',
    });
    expect(KIND_LEGEND.map((e) => e.color)).toEqual(Object.values(KIND_COLORS));
  });

  it('mixes colours channel by channel and rejects non-hex input', () => {
    expect(mixColor('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColor('#0072b2', '#ffffff', 0)).toBe('#0072b2');
    expect(() => mixColor('red', '#ffffff', 0.5)).toThrow(/style: expected a #rrggbb colour/);
  });
});

describe('parallelCurvatures', () => {
  it('spreads each group of parallel edges symmetrically and leaves single edges straight', () => {
    const c = parallelCurvatures(g);
    // russia—china: e4 (russia→china), e5 (russia→china); usa→russia: e6, e7.
    expect([...c.keys()].sort()).toEqual(['e4', 'e5', 'e6', 'e7']);
    // Offsets ∓0.5 × step, negated because both groups run against the sorted pair (russia > china,
    // usa > russia), so that edges in opposite directions still bend to distinct absolute sides.
    expect(c.get('e4')).toBeCloseTo(0.175, 10);
    expect(c.get('e5')).toBeCloseTo(-0.175, 10);
    expect(c.get('e6')).toBeCloseTo(0.175, 10);
    expect(c.get('e7')).toBeCloseTo(-0.175, 10);
  });
});

describe('relation types of imported files', () => {
  it('get a stable colour of their own from the muted palette; `related` stays grey', () => {
    const tariffs = relationColor('tariffs');
    expect(FOREIGN_RELATION_COLORS).toContain(tariffs);
    expect(relationColor('tariffs')).toBe(tariffs);
    expect(relationColor('related')).toBe('#999999');
    const names = ['tariffs', 'funds', 'loans', 'visits', 'arms', 'votes', 'talks'];
    // different names spread over the palette instead of all sharing one colour
    expect(new Set(names.map((n) => relationColor(n))).size).toBeGreaterThanOrEqual(4);
    // colouring by sign: foreign types have no known sign, so neutral grey
    expect(relationColor('tariffs', 'sign')).toBe(SIGN_COLORS[0]);
  });
});
