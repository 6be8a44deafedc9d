// Appearance and attribute filters of the loaded graph, as Gephi Lite's panels, for actors (nodes)
// and relations (edges) alike: the choices live in the view state (`appearance`, so they are in
// the URL and the export CLI takes them too); what they mean for the graph is computed by
// src/view/appearance.ts, one $derived per stage here (a filter change does not recompute colours).
import type { AlignmapGraph } from '../model/build';
import {
  valueCounts,
  type AttributeFilter,
  type AttributeTarget,
  type FacetCount,
} from '../graph/filters';
import {
  appearanceViewOf,
  attributeFilterOf,
  colorChoice,
  colorsOf,
  defaultAppearanceChoices,
  Elements,
  excludedOf,
  legendOf,
  sizeChoice,
  sizeKeyOf,
  sizesOfChoice,
  styleLookOf,
  type AppearanceChoice,
  type AppearanceChoices,
  type ElementChoices,
  type ElementFacts,
} from '../view/appearance';
import {
  partitionLegend,
  type AppearanceView,
  type PartitionEntry,
  type PartitionLegend,
  type RankingKey,
  type StyleView,
} from '../render/style';

import { elementFactsOf } from './graph-summaries';

export { isCategorical, isRanking, type AppearanceChoice } from '../view/appearance';
export type AppearanceLegend = PartitionLegend;

/** Where the choices are kept (the app's view state; a local state when none is given). */
export interface ChoicesStore {
  get(): AppearanceChoices;
  set(choices: AppearanceChoices): void;
}

const NO_FACTS = (target: AttributeTarget): ElementFacts => ({
  target,
  elements: new Elements(),
  summaries: [],
  hasFileColors: false,
  fileSizeKey: null,
  fileLegend: null,
});

/** The look of one kind of element: the actors (target 'node') or the relations ('edge'). */
export class ElementAppearance {
  readonly target: AttributeTarget;
  private readonly graphOf: () => AlignmapGraph | null;
  private readonly factsGraphOf: () => AlignmapGraph | null;
  private readonly store: ChoicesStore;

  /** `factsGraphOf`: the graph to summarise (the app hands a large graph over a task later). */
  constructor(
    target: AttributeTarget,
    graphOf: () => AlignmapGraph | null,
    store: ChoicesStore,
    factsGraphOf: () => AlignmapGraph | null = graphOf,
  ) {
    this.target = target;
    this.graphOf = graphOf;
    this.store = store;
    this.factsGraphOf = factsGraphOf;
  }

  private get choices(): ElementChoices {
    return this.store.get()[this.target];
  }
  private update(change: Partial<ElementChoices>): void {
    const all = this.store.get();
    this.store.set({ ...all, [this.target]: { ...all[this.target], ...change } });
  }

  private readonly facts: ElementFacts = $derived.by(() => {
    const graph = this.factsGraphOf();
    return graph ? elementFactsOf[this.target](graph) : NO_FACTS(this.target);
  });
  get summaries() {
    return this.facts.summaries;
  }
  get hasFileColors(): boolean {
    return this.facts.hasFileColors;
  }
  /** The attribute holding the file's own sizes (with more than one value), or null. */
  get fileSizeKey(): string | null {
    return this.facts.fileSizeKey;
  }

  private readonly colorInForce = $derived(colorChoice(this.facts, this.choices.color));
  private readonly sizeInForce = $derived(sizeChoice(this.facts, this.choices.size));
  private readonly filterInForce: AttributeFilter | null = $derived.by(() => {
    const f = this.choices.filter;
    return f ? attributeFilterOf(f) : null;
  });
  /** The colour choice in force (the graph's default until the user changes it). */
  get colorBy(): AppearanceChoice {
    return this.colorInForce;
  }
  set colorBy(color: AppearanceChoice) {
    this.update({ color });
  }
  /** The size choice in force (the graph's default until the user changes it). */
  get sizeBy(): AppearanceChoice {
    return this.sizeInForce;
  }
  set sizeBy(size: AppearanceChoice) {
    this.update({ size });
  }
  /** The attribute filter (hidden categories as a set), or null. */
  get filter(): AttributeFilter | null {
    return this.filterInForce;
  }
  set filter(filter: AttributeFilter | null) {
    this.update({
      filter:
        filter?.type === 'categories' ? { ...filter, excluded: [...filter.excluded] } : filter,
    });
  }

  /** The colour legend in force: attribute name and entries; null for the app's own colours. */
  readonly legend: PartitionLegend | null = $derived(legendOf(this.facts, this.colorBy));
  /** Colour per element id, or null for the app's colours. */
  readonly colors: ReadonlyMap<string, string> | null = $derived(
    colorsOf(this.facts, this.colorBy, this.legend),
  );
  /** The attribute behind the sizes (null: the app's own). */
  readonly sizeKey: RankingKey | null = $derived(sizeKeyOf(this.facts, this.sizeBy));
  /** Size 0..1 per element id, or null for the app's sizes. */
  readonly sizes: ReadonlyMap<string, number> | null = $derived(
    sizesOfChoice(this.facts, this.sizeKey),
  );
  /** Elements the attribute filter hides (undefined when no filter applies). */
  readonly excluded: ReadonlySet<string> | undefined = $derived.by(() => {
    const graph = this.graphOf();
    return graph ? excludedOf(graph, this.target, this.choices.filter) : undefined;
  });

  /** Values of a categorical attribute, most frequent first, with their partition colours. */
  values(key: string): PartitionEntry[] {
    return partitionLegend(this.facts.elements.map(([, a]) => a[key]));
  }

  /** Per value of an attribute: elements with it in `visible`, and in all. */
  counts(key: string, visible: ReadonlySet<string>): Map<string, FacetCount> {
    return valueCounts(this.facts.elements, key, visible);
  }
}

export class AppearanceState {
  /** Actors: colour, size and attribute filter. */
  readonly nodes: ElementAppearance;
  /** Relations: colour, width and attribute filter. */
  readonly edges: ElementAppearance;
  private local = $state.raw<AppearanceChoices>(defaultAppearanceChoices());

  /**
   * `factsGraphOf`: the graph the attribute summaries and the file's own colours and sizes are
   * read from, when it is handed over later than `graphOf`'s (see AppState.panelGraph).
   */
  constructor(
    graphOf: () => AlignmapGraph | null,
    store?: ChoicesStore,
    factsGraphOf: () => AlignmapGraph | null = graphOf,
  ) {
    const kept = store ?? { get: () => this.local, set: (c) => (this.local = c) };
    this.nodes = new ElementAppearance('node', graphOf, kept, factsGraphOf);
    this.edges = new ElementAppearance('edge', graphOf, kept, factsGraphOf);
  }

  /**
   * What the choices show, for the legend of a picture; `blocs`: the actors are coloured by bloc
   * (their appearance colours are not drawn). Undefined when every choice is the app's own.
   */
  legendView(blocs: boolean): AppearanceView | undefined {
    return appearanceViewOf(this.nodes, this.edges, blocs);
  }

  /** Relation colours and widths and the legend of the choices, for the style view. */
  styleLook(blocs: boolean): Pick<StyleView, 'edgeColors' | 'edgeSizes' | 'appearance'> {
    return styleLookOf(this.edges, this.legendView(blocs));
  }

  /** Fill colour per actor, or null for the app's kind colours. */
  get nodeColors(): ReadonlyMap<string, string> | null {
    return this.nodes.colors;
  }
  /** Sizes 0..1 per actor, or null for the app's size metric. */
  get sizes(): ReadonlyMap<string, number> | null {
    return this.nodes.sizes;
  }
  /** Actors the attribute filter hides (undefined when no filter applies). */
  get excludedNodes(): ReadonlySet<string> | undefined {
    return this.nodes.excluded;
  }
  /** Colour per relation, or null for the app's relation colours. */
  get edgeColors(): ReadonlyMap<string, string> | null {
    return this.edges.colors;
  }
  /** Width 0..1 per relation, or null for the app's widths. */
  get edgeSizes(): ReadonlyMap<string, number> | null {
    return this.edges.sizes;
  }
  /** Relations the attribute filter hides (undefined when no filter applies). */
  get excludedEdges(): ReadonlySet<string> | undefined {
    return this.edges.excluded;
  }
}
