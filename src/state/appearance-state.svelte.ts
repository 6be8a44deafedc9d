// Appearance and attribute filters of the loaded graph, as Gephi Lite's panels, for actors (nodes)
// and relations (edges) alike: colour them by the file's own colours (GEXF viz:color) or by any
// attribute (a partition with a legend), size them by the file's sizes (node viz:size; edge
// viz:thickness, else weight) or any numeric attribute (a ranking), and filter them by any
// attribute (categories or a numeric range). The choices belong to one graph: a new graph starts
// from its defaults (its own colours and sizes when it has them, else the app's).
import type { AlignmapGraph } from '../model/build';
import {
  attributeExcluded,
  attributeSummaries,
  forEachElement,
  type AttributeFilter,
  type AttributeSummary,
  type AttributeTarget,
  valueCounts,
  type FacetCount,
} from '../graph/filters';
import {
  cssColorOf,
  fileColorLegend,
  nodeColorMap,
  partitionKey,
  partitionLegend,
  rankingSizes,
  type AppearanceView,
  type PartitionEntry,
  type PartitionLegend,
  type RankingKey,
  type StyleView,
} from '../render/style';

/** 'default' (the app's colours / sizes), 'file' (the file's own), or an attribute key. */
export type AppearanceChoice = 'default' | 'file' | `attr:${string}`;

/** The attribute whose values the colours show, and their colours. */
export type AppearanceLegend = PartitionLegend;

interface Choices {
  graph: AlignmapGraph | null;
  colorBy: AppearanceChoice;
  sizeBy: AppearanceChoice;
  filter: AttributeFilter | null;
}

/** Attributes holding a file's own sizes, in order of preference. */
const FILE_SIZE_KEYS: Record<AttributeTarget, readonly string[]> = {
  node: ['size'],
  edge: ['thickness', 'weight'],
};

const attrKey = (c: AppearanceChoice) => (c.startsWith('attr:') ? c.slice(5) : null);

/** Categorical attributes (for colours and the legend of a file's colours). */
export const isCategorical = (s: AttributeSummary) => s.distinct > 1 && s.distinct <= 50;
/** Numeric attributes with more than one value (for sizes). */
export const isRanking = (s: AttributeSummary) => s.numeric && s.distinct > 1;

/** The look of one kind of element: the actors (target 'node') or the relations ('edge'). */
export class ElementAppearance {
  private choices = $state.raw<Choices>({
    graph: null,
    colorBy: 'default',
    sizeBy: 'default',
    filter: null,
  });

  readonly target: AttributeTarget;
  private readonly graphOf: () => AlignmapGraph | null;

  constructor(target: AttributeTarget, graphOf: () => AlignmapGraph | null) {
    this.target = target;
    this.graphOf = graphOf;
  }

  private readonly elements: [string, Record<string, unknown>][] = $derived.by(() => {
    const graph = this.graphOf();
    const out: [string, Record<string, unknown>][] = [];
    if (graph) forEachElement(graph, this.target, (id, a) => out.push([id, a]));
    return out;
  });

  readonly summaries: AttributeSummary[] = $derived.by(() => {
    const graph = this.graphOf();
    return graph ? attributeSummaries(graph, this.target) : [];
  });
  readonly hasFileColors: boolean = $derived(
    this.elements.some(([, a]) => cssColorOf(a.color) !== undefined),
  );
  /** The attribute holding the file's own sizes (with more than one value), or null. */
  readonly fileSizeKey: string | null = $derived.by(
    () =>
      FILE_SIZE_KEYS[this.target].find((key) =>
        this.summaries.some((s) => s.key === key && isRanking(s)),
      ) ?? null,
  );

  /** The choices for the current graph (its defaults until the user changes one). */
  private get current(): Choices {
    const graph = this.graphOf();
    if (this.choices.graph === graph) return this.choices;
    return {
      graph,
      colorBy: this.hasFileColors ? 'file' : 'default',
      sizeBy: this.fileSizeKey !== null ? 'file' : 'default',
      filter: null,
    };
  }
  get colorBy(): AppearanceChoice {
    return this.current.colorBy;
  }
  set colorBy(colorBy: AppearanceChoice) {
    this.choices = { ...this.current, colorBy };
  }
  get sizeBy(): AppearanceChoice {
    return this.current.sizeBy;
  }
  set sizeBy(sizeBy: AppearanceChoice) {
    this.choices = { ...this.current, sizeBy };
  }
  get filter(): AttributeFilter | null {
    return this.current.filter;
  }
  set filter(filter: AttributeFilter | null) {
    this.choices = { ...this.current, filter };
  }

  private readonly fileLegend: AppearanceLegend | null = $derived.by(() => {
    if (!this.hasFileColors) return null;
    const sizeKeys = FILE_SIZE_KEYS[this.target];
    const keys = this.summaries
      // a partition groups elements: an attribute unique to each (a name, a count) explains nothing
      .filter((s) => !sizeKeys.includes(s.key) && isCategorical(s) && s.distinct < s.count)
      .map((s) => s.key);
    return fileColorLegend(
      this.elements.map(([, a]) => a),
      keys,
    );
  });

  /** The colour legend in force: attribute name and entries; null for the app's own colours. */
  readonly legend: AppearanceLegend | null = $derived.by(() => {
    if (this.colorBy === 'file') return this.fileLegend;
    const key = attrKey(this.colorBy);
    if (key === null) return null;
    // the attribute the file's colours show keeps those colours
    if (this.fileLegend?.key === key) return this.fileLegend;
    return { key, entries: partitionLegend(this.elements.map(([, a]) => a[key])) };
  });

  /** Colour per element id, or null for the app's colours. */
  readonly colors: ReadonlyMap<string, string> | null = $derived.by(() => {
    if (this.colorBy === 'default') return null;
    if (this.colorBy === 'file') return nodeColorMap(this.elements, (a) => cssColorOf(a.color));
    const key = attrKey(this.colorBy) as string;
    const entries = this.legend?.entries ?? [];
    return nodeColorMap(this.elements, (a) => {
      const value = partitionKey(a[key]);
      return entries.find((e) => e.value === value)?.color;
    });
  });

  /** Size 0..1 per element id, or null for the app's sizes. */
  readonly sizes: ReadonlyMap<string, number> | null = $derived.by(() => {
    const key = this.sizeBy === 'file' ? this.fileSizeKey : attrKey(this.sizeBy);
    if (key === null) return null;
    return rankingSizes(this.elements.map(([id, a]) => [id, a[key]] as [string, unknown]));
  });

  /** Elements the attribute filter hides (undefined when no filter applies). */
  readonly excluded: ReadonlySet<string> | undefined = $derived.by(() => {
    const graph = this.graphOf();
    const filter = this.filter;
    return graph && filter ? attributeExcluded(graph, filter, this.target) : undefined;
  });

  /** What the colours show, for a picture's legend (undefined: the app's own colours). */
  readonly colorsShown: PartitionLegend | 'file' | undefined = $derived(
    this.colorBy === 'default' ? undefined : (this.legend ?? 'file'),
  );
  /** The attribute behind the sizes, for a picture's legend (undefined: the app's own). */
  readonly sizesShown: RankingKey | undefined = $derived.by(() => {
    if (this.sizeBy === 'file')
      return this.fileSizeKey === null ? undefined : { key: this.fileSizeKey, file: true };
    const key = attrKey(this.sizeBy);
    return key === null ? undefined : { key, file: false };
  });

  /** Values of a categorical attribute, most frequent first, with their partition colours. */
  values(key: string): PartitionEntry[] {
    return partitionLegend(this.elements.map(([, a]) => a[key]));
  }

  /** Per value of an attribute: elements with it in `visible`, and in all. */
  counts(key: string, visible: ReadonlySet<string>): Map<string, FacetCount> {
    return valueCounts(this.elements, key, visible);
  }
}

export class AppearanceState {
  /** Actors: colour, size and attribute filter. */
  readonly nodes: ElementAppearance;
  /** Relations: colour, width and attribute filter. */
  readonly edges: ElementAppearance;

  constructor(graphOf: () => AlignmapGraph | null) {
    this.nodes = new ElementAppearance('node', graphOf);
    this.edges = new ElementAppearance('edge', graphOf);
  }

  /**
   * What the choices show, for the legend of a picture; `blocs`: the actors are coloured by bloc
   * (their appearance colours are not drawn). Undefined when every choice is the app's own.
   */
  legendView(blocs: boolean): AppearanceView | undefined {
    const view: AppearanceView = {
      nodeColors: blocs ? undefined : this.nodes.colorsShown,
      edgeColors: this.edges.colorsShown,
      nodeSizes: this.nodes.sizesShown,
      edgeSizes: this.edges.sizesShown,
    };
    return Object.values(view).some((v) => v !== undefined) ? view : undefined;
  }

  /**
   * The relation colours and widths in force and what the choices show (for a picture's legend),
   * for the style view; `blocs` as legendView. Absent fields: the app's own.
   */
  styleLook(blocs: boolean): Pick<StyleView, 'edgeColors' | 'edgeSizes' | 'appearance'> {
    const { colors, sizes } = this.edges;
    const appearance = this.legendView(blocs);
    return {
      ...(colors ? { edgeColors: colors } : {}),
      ...(sizes ? { edgeSizes: sizes } : {}),
      ...(appearance ? { appearance } : {}),
    };
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
