// Legend of an exported picture: which relation types (or relation signs, when edges are coloured
// by sign) and actor kinds are actually drawn, their colours and names, and the layout of the
// legend band below the graph (a grid of swatches and texts that never covers a node). With the
// appearance choices of imported data (colour by an attribute, size by one), the legend names the
// attribute and its values drawn, and what the sizes and widths show.
import {
  ACTOR_KINDS,
  FOREIGN_VALUE_INFO,
  KIND_INFO,
  RELATION_INFO,
  RELATION_TYPES,
} from '../model/vocabulary';
import {
  BACKGROUND,
  BACKGROUND_EDGE_FADE,
  BACKGROUND_RELATIONS,
  BLOC_COLORS,
  BLOC_OTHER,
  isDirectedRelation,
  mixColor,
  kindColor,
  opaqueColor,
  relationColor,
  relationLabel,
  SIGN_COLORS,
  type AppearanceView,
  type EdgeColorMode,
  type PartitionLegend,
  type RankingKey,
} from '../render/style';
import type { Language } from '../model/language';
import { estimateTextWidth, fitText } from './text-metrics';
import { t, type TextKey } from '../i18n/catalog';

export interface LegendEntry {
  /** Relation type, "sign:1"/"sign:0"/"sign:-1", or actor kind. */
  key: string;
  /** hairline: a relation of the quiet background layer (memberships), drawn thin and light. */
  shape: 'edge' | 'arrow' | 'hairline' | 'node';
  color: string;
  text: string;
}

export interface LegendSections {
  relations: LegendEntry[];
  kinds: LegendEntry[];
  /** Actors coloured by bloc: the kinds section lists bloc colours instead. */
  blocs?: boolean;
  /** Headings replacing the usual ones (an attribute's partition); a section with one is shown. */
  titles?: { relations?: string; kinds?: string };
  /** Lines after the sections (what sizes and widths show). */
  notes?: string[];
}

const HEADINGS = {
  relations: 'legendRelations',
  kinds: 'legendActors',
  blocs: 'legendBlocs',
} as const satisfies Record<string, TextKey>;

const SIGN_NAMES: Record<string, TextKey> = {
  '1': 'legendFriendly',
  '0': 'legendNeutral',
  '-1': 'legendHostile',
};

/** Known values first in vocabulary order, then unknown ones sorted. */
function ordered(values: ReadonlySet<string>, known: readonly string[]): string[] {
  const first = known.filter((k) => values.has(k));
  const rest = [...values].filter((v) => !known.includes(v)).sort();
  return [...first, ...rest];
}

/** Legend entries for the relation types and actor kinds drawn in the picture. */
export function legendSections(
  relations: ReadonlySet<string>,
  kinds: ReadonlySet<string>,
  language: Language,
  mode: EdgeColorMode,
  /** Node fill colours drawn when actors are coloured by bloc (null = coloured by kind). */
  nodeColors: ReadonlySet<string> | null = null,
): LegendSections {
  let relationEntries: LegendEntry[];
  if (mode === 'sign') {
    const signs = new Set<string>();
    for (const r of relations)
      signs.add(String(RELATION_INFO[r as keyof typeof RELATION_INFO]?.sign ?? 0));
    relationEntries = ['1', '0', '-1']
      .filter((s) => signs.has(s))
      .map((s) => ({
        key: `sign:${s}`,
        shape: 'edge',
        color: SIGN_COLORS[Number(s) as -1 | 0 | 1],
        text: t(language, SIGN_NAMES[s]!),
      }));
  } else {
    relationEntries = ordered(relations, RELATION_TYPES).map((r) => {
      const background = BACKGROUND_RELATIONS.has(r);
      const color = relationColor(r, mode);
      return {
        key: r,
        shape: background ? 'hairline' : isDirectedRelation(r) ? 'arrow' : 'edge',
        color: background ? mixColor(color, BACKGROUND, BACKGROUND_EDGE_FADE) : color,
        text: relationLabel(r, language),
      };
    });
  }
  if (nodeColors) {
    const blocs: LegendEntry[] = BLOC_COLORS.flatMap((color, i) =>
      nodeColors.has(color)
        ? [
            {
              key: `bloc:${i + 1}`,
              shape: 'node' as const,
              color,
              text: t(language, 'legendBloc', { n: i + 1 }),
            },
          ]
        : [],
    );
    if (nodeColors.has(BLOC_OTHER))
      blocs.push({
        key: 'bloc:none',
        shape: 'node',
        color: BLOC_OTHER,
        text: t(language, 'legendNoBloc'),
      });
    return { relations: relationEntries, kinds: blocs, blocs: true };
  }
  const kindEntries: LegendEntry[] = ordered(kinds, ACTOR_KINDS).map((k) => ({
    key: k,
    shape: 'node',
    color: kindColor(k),
    text:
      KIND_INFO[k as keyof typeof KIND_INFO]?.[language] ?? FOREIGN_VALUE_INFO[k]?.[language] ?? k,
  }));
  return { relations: relationEntries, kinds: kindEntries };
}

const appearanceWords = (language: Language) => ({
  file: t(language, 'legendFileColours'),
  nodeSize: (r: RankingKey) =>
    t(language, 'legendActorSize', { what: r.file ? t(language, 'legendFileSizes') : r.key }),
  edgeSize: (r: RankingKey) =>
    t(language, 'legendRelationWidth', {
      what: r.file ? t(language, 'legendFileValue', { key: r.key }) : r.key,
    }),
});

/**
 * The legend of a picture of imported data with appearance choices: a colour partition replaces
 * the relation types (edgeColors) or actor kinds (nodeColors, unless blocs colour the actors),
 * listing the values whose colours are drawn (`drawn`: the colours, as in the partition); a
 * file's colours that no attribute explains leave the heading only; sizes and widths are noted.
 */
export function appearanceSections(
  base: LegendSections,
  look: AppearanceView,
  drawn: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
  language: Language,
): LegendSections {
  const words = appearanceWords(language);
  const out: LegendSections = { ...base, titles: { ...base.titles }, notes: [] };
  const part = (legend: PartitionLegend | 'file', target: 'relations' | 'kinds') => {
    const edges = target === 'relations';
    out.titles![target] =
      `${t(language, HEADINGS[target])}: ${legend === 'file' ? words.file : legend.key}`;
    out[target] =
      legend === 'file'
        ? []
        : legend.entries
            .filter((e) => (edges ? drawn.edges : drawn.nodes).has(e.color))
            .map((e) => ({
              key: `${edges ? 'edge' : 'node'}:${e.value}`,
              shape: edges ? 'edge' : 'node',
              color: edges ? opaqueColor(e.color) : e.color,
              text: e.value,
            }));
  };
  if (look.edgeColors) part(look.edgeColors, 'relations');
  if (look.nodeColors && !base.blocs) part(look.nodeColors, 'kinds');
  if (look.nodeSizes) out.notes!.push(words.nodeSize(look.nodeSizes));
  if (look.edgeSizes) out.notes!.push(words.edgeSize(look.edgeSizes));
  return out;
}

export interface LegendItemBox {
  entry: LegendEntry;
  /** Swatch centre line: from x0 to x1 at y (edges) or a circle at (x0 + x1) / 2, y. */
  swatch: { x0: number; x1: number; y: number; r: number };
  text: { x: number; y: number; value: string };
}

export interface LegendLayout {
  box: { x: number; y: number; width: number; height: number };
  fontSize: number;
  headings: { text: string; x: number; y: number }[];
  items: LegendItemBox[];
  notes: { text: string; x: number; y: number }[];
}

/**
 * Lays the legend out as a band `width` px wide starting at (x, y): per section a bold heading,
 * then its entries in as many equal columns as fit. Returns null when there is nothing to show.
 */
export function layoutLegend(
  sections: LegendSections,
  language: Language,
  x: number,
  y: number,
  width: number,
  fontSize: number,
): LegendLayout | null {
  const parts = (['relations', 'kinds'] as const).filter(
    (s) => sections[s].length > 0 || sections.titles?.[s] !== undefined,
  );
  const noteLines = sections.notes ?? [];
  if (parts.length === 0 && noteLines.length === 0) return null;
  const pad = Math.round(fontSize * 0.8);
  const row = Math.round(fontSize * 1.7);
  const swatchW = Math.round(fontSize * 2);
  const gap = Math.round(fontSize * 0.5);
  const colGap = Math.round(fontSize * 1.4);
  const inner = width - 2 * pad;
  const headings: LegendLayout['headings'] = [];
  const items: LegendItemBox[] = [];
  let cy = y + pad;
  for (const part of parts) {
    const entries = sections[part];
    const heading = part === 'kinds' && sections.blocs ? HEADINGS.blocs : HEADINGS[part];
    const title = sections.titles?.[part] ?? t(language, heading);
    headings.push({ text: fitText(title, fontSize, inner), x: x + pad, y: cy + fontSize });
    cy += row;
    const textMax = Math.max(0, ...entries.map((e) => estimateTextWidth(e.text, fontSize)));
    const colW = Math.min(inner, swatchW + gap + textMax + colGap);
    const cols = Math.max(1, Math.floor((inner + colGap) / colW));
    entries.forEach((entry, i) => {
      const cx = x + pad + (i % cols) * colW;
      const ry = cy + Math.floor(i / cols) * row;
      const mid = ry + fontSize * 0.62;
      items.push({
        entry,
        swatch: { x0: cx, x1: cx + swatchW, y: mid, r: fontSize * 0.45 },
        text: {
          x: cx + swatchW + gap,
          y: ry + fontSize,
          value: fitText(entry.text, fontSize, colW - swatchW - gap - colGap / 2),
        },
      });
    });
    cy += Math.ceil(entries.length / cols) * row + Math.round(fontSize * 0.3);
  }
  const notes = noteLines.map((note) => {
    const line = { text: fitText(note, fontSize, inner), x: x + pad, y: cy + fontSize };
    cy += row;
    return line;
  });
  const height = cy - y + pad - Math.round(fontSize * 0.3) - (row - fontSize * 1.2);
  return { box: { x, y, width, height: Math.round(height) }, fontSize, headings, items, notes };
}
