// The image legend names exactly the relation types and actor kinds drawn, in the chosen language,
// including the categories the importer gives foreign data (related, unknown). With the
// appearance choices of imported data: a colour partition of an actor or relation attribute
// replaces the kinds or relation types (only the values drawn), a file's colours that no attribute
// explains leave the heading alone, and the attributes behind sizes and widths are noted; in the
// SVG too (small hand-built graph, real appearance state).
import { describe, expect, it } from 'vitest';
import { legendSections } from '../../src/export/legend';
import { buildScene } from '../../src/export/scene';
import { renderSvg } from '../../src/export/image';
import {
  BACKGROUND,
  BACKGROUND_EDGE_FADE,
  mixColor,
  opaqueColor,
  RELATION_COLORS,
} from '../../src/render/style';
import { AppearanceState } from '../../src/state/appearance-state.svelte';
import { sceneGraph, styleView } from '../fixtures/export/scene-graph';

describe('legendSections', () => {
  it('lists drawn relation types and kinds in vocabulary order, foreign ones by name', () => {
    const en = legendSections(
      new Set(['sanction', 'alliance', 'related', 'tariffs']),
      new Set(['person', 'state', 'unknown']),
      'en',
      'relation',
    );
    expect(en.kinds.map((k) => k.text)).toEqual(['State', 'Person', 'Unknown']);
    expect(en.relations.map((r) => r.text)).toEqual(['Alliance', 'Sanction', 'Related', 'tariffs']);
    const ja = legendSections(
      new Set(['related']),
      new Set(['unknown', 'state']),
      'ja',
      'relation',
    );
    expect(ja.kinds.map((k) => k.text)).toEqual(['国家', '不明']);
    expect(ja.relations.map((r) => r.text)).toEqual(['関連']);
  });

  it('shows memberships as the light hairline they are drawn with, directed types with an arrow', () => {
    const { relations } = legendSections(
      new Set(['member_of', 'sanction', 'alliance']),
      new Set(['state']),
      'en',
      'relation',
    );
    expect(relations.map((r) => [r.key, r.shape, r.color])).toEqual([
      [
        'member_of',
        'hairline',
        mixColor(RELATION_COLORS.member_of, BACKGROUND, BACKGROUND_EDGE_FADE),
      ],
      ['alliance', 'edge', RELATION_COLORS.alliance],
      ['sanction', 'arrow', RELATION_COLORS.sanction],
    ]);
  });
});

const OPTIONS = { crop: 'visible', width: 800, scale: 1, legend: true } as const;

/** sceneGraph with actor regions and populations and relation tones. */
function graph() {
  const g = sceneGraph();
  g.mergeNodeAttributes('russia', { region: 'east', pop: 144 });
  g.mergeNodeAttributes('china', { region: 'east', pop: 1410 });
  g.mergeNodeAttributes('usa', { region: 'west', pop: 335 });
  g.mergeNodeAttributes('sco', { region: 'body' });
  for (const e of ['e4', 'e5']) g.mergeEdgeAttributes(e, { tone: 'warm', weight: 2 });
  for (const e of ['e6', 'e7']) g.mergeEdgeAttributes(e, { tone: 'cold', weight: 5 });
  g.mergeEdgeAttributes('e9', { tone: 'cool', weight: 1 });
  return g;
}

const texts = (scene: ReturnType<typeof buildScene>, role: string) =>
  scene.texts.filter((t) => t.role === role).map((t) => t.text);

describe('picture legend with appearance choices', () => {
  it('names the partitions drawn and what sizes and widths show', () => {
    const g = graph();
    const look = new AppearanceState(() => g);
    look.nodes.colorBy = 'attr:region';
    look.nodes.sizeBy = 'attr:pop';
    look.edges.colorBy = 'attr:tone';
    look.edges.sizeBy = 'attr:weight';
    const view = styleView(g, {
      nodeColors: look.nodeColors!,
      edgeColors: look.edgeColors!,
      edgeSizes: look.edgeSizes!,
      sizes: look.sizes!,
      // the negotiation (the only "cool" relation) is hidden: its value is not in the legend
      hiddenEdges: new Set(['e9']),
      appearance: look.legendView(false),
    });
    const scene = buildScene(g, view, OPTIONS);
    expect(texts(scene, 'legend-heading')).toEqual(['Relations: tone', 'Actors: region']);
    expect(scene.legendKeys).toEqual({
      relations: ['edge:cold', 'edge:warm'],
      kinds: ['node:east', 'node:body', 'node:west'],
    });
    expect(texts(scene, 'legend')).toEqual([
      'cold',
      'warm',
      'east',
      'body',
      'west',
      'Actor size: pop',
      'Relation width: weight',
    ]);
    // swatches in the colours drawn: the cold sanctions' colour is the partition's
    const cold = look.edges.legend!.entries.find((e) => e.value === 'cold')!.color;
    expect(scene.legend!.swatches.some((s) => s.color === opaqueColor(cold))).toBe(true);
    expect(scene.edges.find((e) => e.id === 'e7')!.color).toBe(opaqueColor(cold));

    const ja = buildScene(g, { ...view, language: 'ja' }, OPTIONS);
    expect(texts(ja, 'legend-heading')).toEqual(['関係: tone', 'アクター: region']);
    expect(texts(ja, 'legend').slice(-2)).toEqual(['アクターの大きさ：pop', '関係の太さ：weight']);

    const svg = renderSvg(g, view, OPTIONS);
    for (const t of ['Relations: tone', 'Actors: region', 'Actor size: pop', 'warm'])
      expect(svg).toContain(t);
  });

  it("keeps the heading alone for a file's colours no attribute explains; blocs win", () => {
    const g = graph();
    g.mergeNodeAttributes('russia', { color: '#112233' });
    g.mergeNodeAttributes('china', { color: '#445566' });
    const look = new AppearanceState(() => g);
    expect(look.nodes.colorBy).toBe('file');
    // region does not map one to one onto the two colours (russia and china are both east)
    expect(look.nodes.legend).toBeNull();
    const view = styleView(g, {
      nodeColors: look.nodeColors!,
      appearance: look.legendView(false),
    });
    const scene = buildScene(g, view, OPTIONS);
    expect(texts(scene, 'legend-heading')).toEqual(['Relations', "Actors: the file's colours"]);
    expect(scene.legendKeys.kinds).toEqual([]);
    expect(scene.legendKeys.relations).toContain('sanction');

    // with blocs on, the appearance does not speak for the actors' colours
    expect(look.legendView(true)).toEqual({
      nodeColors: undefined,
      edgeColors: undefined,
      nodeSizes: undefined,
      edgeSizes: { key: 'weight', file: true },
    });
    expect(texts(scene, 'legend').at(-1)).toBe("Relation width: the file's weight");
  });
});
