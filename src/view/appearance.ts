// The appearance choices of the view (Gephi Lite's Appearance and Filters panels, for actors and
// relations alike) as plain data in the view state, and what they mean for a graph: colours (the
// file's own GEXF viz:color, or any attribute as a partition with a legend), sizes (the file's
// node viz:size / edge viz:thickness, else weight, or any numeric attribute as a ranking) and the
// elements an attribute filter hides. A choice left null takes the graph's default (its own
// colours and sizes when it has them, else the app's); a choice the graph cannot honour (an
// attribute it lacks) falls back to that default. Pure: the app's appearance state
// (src/state/appearance-state.svelte.ts) runs these per stage, the CLI through deriveView.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import {
  attributeExcluded,
  AttributeSummarizer,
  forEachElement,
  type AttributeFilter,
  type AttributeSummary,
  type AttributeTarget,
} from '../graph/filters';
import {
  cssColorOf,
  fileColorLegend,
  nodeColorMap,
  partitionKey,
  partitionLegend,
  rankingSizes,
  type AppearanceView,
  type PartitionLegend,
  type RankingKey,
  type StyleView,
} from '../render/style';

type AnyGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;
type Attrs = Record<string, unknown>;

/**
 * A graph's nodes or edges with their attributes, kept as two parallel lists: at 50,000 relations a
 * pair per element would hold 50,000 small arrays for as long as the graph is shown.
 */
export class Elements implements Iterable<[string, Attrs]> {
  readonly ids: string[] = [];
  readonly attrs: Attrs[] = [];

  push(id: string, attrs: Attrs): void {
    this.ids.push(id);
    this.attrs.push(attrs);
  }

  get length(): number {
    return this.ids.length;
  }

  *[Symbol.iterator](): Iterator<[string, Attrs]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i]!, this.attrs[i]!];
  }

  map<T>(f: (element: [string, Attrs]) => T): T[] {
    const out: T[] = new Array<T>(this.ids.length);
    for (let i = 0; i < this.ids.length; i++) out[i] = f([this.ids[i]!, this.attrs[i]!]);
    return out;
  }

  some(test: (element: [string, Attrs]) => boolean): boolean {
    for (let i = 0; i < this.ids.length; i++) if (test([this.ids[i]!, this.attrs[i]!])) return true;
    return false;
  }
}

/** 'default' (the app's colours / sizes), 'file' (the file's own), or `attr:` + an attribute. */
export type AppearanceChoice = 'default' | 'file' | `attr:${string}`;

/** An attribute filter as plain data (hidden category values as a list). */
export type AppearanceFilter =
  | { key: string; type: 'categories'; excluded: string[] }
  | { key: string; type: 'range'; min: number; max: number };

export interface ElementChoices {
  /** null = the graph's default. */
  color: AppearanceChoice | null;
  size: AppearanceChoice | null;
  filter: AppearanceFilter | null;
}

export type AppearanceChoices = Record<AttributeTarget, ElementChoices>;

export function defaultAppearanceChoices(): AppearanceChoices {
  return {
    node: { color: null, size: null, filter: null },
    edge: { color: null, size: null, filter: null },
  };
}

/** Attributes holding a file's own sizes, in order of preference. */
const FILE_SIZE_KEYS: Record<AttributeTarget, readonly string[]> = {
  node: ['size'],
  edge: ['thickness', 'weight'],
};

/** Categorical attributes (for colours and the legend of a file's colours). */
export const isCategorical = (s: AttributeSummary) => s.distinct > 1 && s.distinct <= 50;
/** Numeric attributes with more than one value (for sizes). */
export const isRanking = (s: AttributeSummary) => s.numeric && s.distinct > 1;

export const attributeOf = (c: AppearanceChoice | null) =>
  c !== null && c.startsWith('attr:') ? c.slice(5) : null;

/** What a graph offers one kind of element, whatever the choices. */
export interface ElementFacts {
  target: AttributeTarget;
  elements: Elements;
  summaries: AttributeSummary[];
  hasFileColors: boolean;
  /** The attribute holding the file's own sizes (with more than one value), or null. */
  fileSizeKey: string | null;
  /** The attribute the file's colours show one to one, with those colours, or null. */
  fileLegend: PartitionLegend | null;
}

export function elementFacts(graph: AnyGraph, target: AttributeTarget): ElementFacts {
  const facts = new ElementFactsBuilder(target);
  forEachElement(graph, target, facts.add);
  return facts.done();
}

/** Elements summarised per task by elementFactsInSlices. */
export const FACTS_SLICE = 25_000;

/**
 * elementFacts in slices of `budget` elements, awaiting `yieldTask` before each (for the panels of
 * a large graph: its attributes must not change meanwhile; a rejected yieldTask ends it).
 */
export async function elementFactsInSlices(
  graph: AnyGraph,
  target: AttributeTarget,
  yieldTask: () => Promise<void>,
  budget = FACTS_SLICE,
): Promise<ElementFacts> {
  const facts = new ElementFactsBuilder(target);
  // by id, not graph.nodeEntries(): no object per element left for the garbage collector
  const ids = target === 'node' ? graph.nodes() : graph.edges();
  for (let i = 0; i < ids.length; i++) {
    if (i % budget === 0) await yieldTask();
    const id = ids[i]!;
    facts.add(id, target === 'node' ? graph.getNodeAttributes(id) : graph.getEdgeAttributes(id));
  }
  return facts.done();
}

/** elementFacts one element at a time: add() each in the graph's order, then done(). */
class ElementFactsBuilder {
  private readonly elements = new Elements();
  private readonly summarizer: AttributeSummarizer;

  constructor(private readonly target: AttributeTarget) {
    this.summarizer = new AttributeSummarizer(target);
  }

  readonly add = (id: string, attrs: Attrs): void => {
    this.elements.push(id, attrs);
    this.summarizer.add(attrs);
  };

  done(): ElementFacts {
    const { target, elements } = this;
    const summaries = this.summarizer.done();
    const hasFileColors = elements.attrs.some((a) => cssColorOf(a.color) !== undefined);
    const sizeKeys = FILE_SIZE_KEYS[target];
    const fileSizeKey =
      sizeKeys.find((key) => summaries.some((s) => s.key === key && isRanking(s))) ?? null;
    const fileLegend = hasFileColors
      ? fileColorLegend(
          elements.map(([, a]) => a),
          summaries
            // a partition groups elements: an attribute unique to each explains nothing
            .filter((s) => !sizeKeys.includes(s.key) && isCategorical(s) && s.distinct < s.count)
            .map((s) => s.key),
        )
      : null;
    return { target, elements, summaries, hasFileColors, fileSizeKey, fileLegend };
  }
}

/** The colour choice in force: the graph's default for null or a choice it cannot honour. */
export function colorChoice(
  facts: ElementFacts,
  choice: AppearanceChoice | null,
): AppearanceChoice {
  const key = attributeOf(choice);
  if (choice === 'default') return choice;
  if (choice === 'file' && facts.hasFileColors) return choice;
  if (key !== null && facts.summaries.some((s) => s.key === key && isCategorical(s)))
    return choice!;
  return facts.hasFileColors ? 'file' : 'default';
}

/** The size choice in force (as colorChoice). */
export function sizeChoice(facts: ElementFacts, choice: AppearanceChoice | null): AppearanceChoice {
  const key = attributeOf(choice);
  if (choice === 'default') return choice;
  if (choice === 'file' && facts.fileSizeKey !== null) return choice;
  if (key !== null && facts.summaries.some((s) => s.key === key && isRanking(s))) return choice!;
  return facts.fileSizeKey !== null ? 'file' : 'default';
}

/** The colour legend of a choice: attribute name and entries; null for the app's own colours. */
export function legendOf(facts: ElementFacts, colorBy: AppearanceChoice): PartitionLegend | null {
  if (colorBy === 'file') return facts.fileLegend;
  const key = attributeOf(colorBy);
  if (key === null) return null;
  // the attribute the file's colours show keeps those colours
  if (facts.fileLegend?.key === key) return facts.fileLegend;
  return { key, entries: partitionLegend(facts.elements.map(([, a]) => a[key])) };
}

/** Colour per element id, or null for the app's colours. */
export function colorsOf(
  facts: ElementFacts,
  colorBy: AppearanceChoice,
  legend: PartitionLegend | null,
): ReadonlyMap<string, string> | null {
  if (colorBy === 'default') return null;
  if (colorBy === 'file') return nodeColorMap(facts.elements, (a) => cssColorOf(a.color));
  const key = attributeOf(colorBy) as string;
  const entries = legend?.entries ?? [];
  return nodeColorMap(facts.elements, (a) => {
    const value = partitionKey(a[key]);
    return entries.find((e) => e.value === value)?.color;
  });
}

/** The attribute behind the sizes (null: the app's own). */
export function sizeKeyOf(facts: ElementFacts, sizeBy: AppearanceChoice): RankingKey | null {
  if (sizeBy === 'file')
    return facts.fileSizeKey === null ? null : { key: facts.fileSizeKey, file: true };
  const key = attributeOf(sizeBy);
  return key === null ? null : { key, file: false };
}

/** Size 0..1 per element id, or null for the app's sizes. */
export function sizesOfChoice(
  facts: ElementFacts,
  sizeKey: RankingKey | null,
): ReadonlyMap<string, number> | null {
  if (sizeKey === null) return null;
  return rankingSizes(facts.elements.map(([id, a]) => [id, a[sizeKey.key]] as [string, unknown]));
}

/** The filter as filters.ts takes it (hidden categories as a set). */
export function attributeFilterOf(filter: AppearanceFilter): AttributeFilter {
  return filter.type === 'categories' ? { ...filter, excluded: new Set(filter.excluded) } : filter;
}

/** Elements an attribute filter hides (undefined when none applies). */
export function excludedOf(
  graph: AnyGraph,
  target: AttributeTarget,
  filter: AppearanceFilter | null,
): ReadonlySet<string> | undefined {
  return filter ? attributeExcluded(graph, attributeFilterOf(filter), target) : undefined;
}

/** Everything one kind of element looks like under the choices. */
export interface ElementLook {
  facts: ElementFacts;
  colorBy: AppearanceChoice;
  sizeBy: AppearanceChoice;
  legend: PartitionLegend | null;
  colors: ReadonlyMap<string, string> | null;
  sizeKey: RankingKey | null;
  sizes: ReadonlyMap<string, number> | null;
  excluded: ReadonlySet<string> | undefined;
}

export function elementLook(
  graph: AnyGraph,
  target: AttributeTarget,
  choices: ElementChoices,
): ElementLook {
  const facts = elementFacts(graph, target);
  const colorBy = colorChoice(facts, choices.color);
  const sizeBy = sizeChoice(facts, choices.size);
  const legend = legendOf(facts, colorBy);
  const sizeKey = sizeKeyOf(facts, sizeBy);
  return {
    facts,
    colorBy,
    sizeBy,
    legend,
    colors: colorsOf(facts, colorBy, legend),
    sizeKey,
    sizes: sizesOfChoice(facts, sizeKey),
    excluded: excludedOf(graph, target, choices.filter),
  };
}

/**
 * What the choices show, for the legend of a picture: the partitions (or 'file' for a file's
 * colours no attribute explains) and the attributes behind sizes; `blocs`: the actors are
 * coloured by bloc, so their appearance colours are not drawn. Undefined when all are the app's.
 */
export function appearanceViewOf(
  node: Pick<ElementLook, 'colorBy' | 'legend' | 'sizeKey'>,
  edge: Pick<ElementLook, 'colorBy' | 'legend' | 'sizeKey'>,
  blocs: boolean,
): AppearanceView | undefined {
  const shown = (look: typeof node) =>
    look.colorBy === 'default' ? undefined : (look.legend ?? 'file');
  const view: AppearanceView = {
    nodeColors: blocs ? undefined : shown(node),
    edgeColors: shown(edge),
    nodeSizes: node.sizeKey ?? undefined,
    edgeSizes: edge.sizeKey ?? undefined,
  };
  return Object.values(view).some((v) => v !== undefined) ? view : undefined;
}

/** The relation colours and widths and the legend of the choices, for the style view. */
export function styleLookOf(
  edge: Pick<ElementLook, 'colors' | 'sizes'>,
  appearance: AppearanceView | undefined,
): Pick<StyleView, 'edgeColors' | 'edgeSizes' | 'appearance'> {
  return {
    ...(edge.colors ? { edgeColors: edge.colors } : {}),
    ...(edge.sizes ? { edgeSizes: edge.sizes } : {}),
    ...(appearance ? { appearance } : {}),
  };
}
