// Appearance and attribute filters of the loaded graph, as Gephi Lite's panels: colour actors by
// the file's own colours (GEXF viz:color) or by any attribute (a partition with a legend), size
// them by the file's sizes (viz:size) or any numeric attribute (a ranking), and filter them by any
// attribute (categories or a numeric range). The choices belong to one graph: a new graph starts
// from its defaults (its own colours and sizes when it has them, else the app's).
import type { AlignmapGraph } from '../model/build';
import {
  attributeExcluded,
  nodeAttributeSummaries,
  type AttributeFilter,
  type AttributeSummary,
} from '../graph/filters';
import {
  cssColorOf,
  fileColorLegend,
  nodeColorMap,
  partitionKey,
  partitionLegend,
  rankingSizes,
  type PartitionEntry,
} from '../render/style';

/** 'default' (the app's kind colours / size metric), 'file' (the file's own), or an attribute key. */
export type AppearanceChoice = 'default' | 'file' | `attr:${string}`;

interface Choices {
  graph: AlignmapGraph | null;
  colorBy: AppearanceChoice;
  sizeBy: AppearanceChoice;
  filter: AttributeFilter | null;
}

const attrKey = (c: AppearanceChoice) => (c.startsWith('attr:') ? c.slice(5) : null);

export class AppearanceState {
  private choices = $state.raw<Choices>({
    graph: null,
    colorBy: 'default',
    sizeBy: 'default',
    filter: null,
  });

  private readonly graphOf: () => AlignmapGraph | null;

  constructor(graphOf: () => AlignmapGraph | null) {
    this.graphOf = graphOf;
  }

  readonly summaries: AttributeSummary[] = $derived.by(() => {
    const graph = this.graphOf();
    return graph ? nodeAttributeSummaries(graph) : [];
  });
  readonly hasFileColors: boolean = $derived.by(
    () => this.graphOf()?.someNode((_id, a) => cssColorOf(a.color) !== undefined) ?? false,
  );
  readonly hasFileSizes: boolean = $derived.by(
    () => this.graphOf()?.someNode((_id, a) => typeof a.size === 'number') ?? false,
  );

  /** The choices for the current graph (its defaults until the user changes one). */
  private get current(): Choices {
    const graph = this.graphOf();
    if (this.choices.graph === graph) return this.choices;
    return {
      graph,
      colorBy: this.hasFileColors ? 'file' : 'default',
      sizeBy: this.hasFileSizes ? 'file' : 'default',
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

  private readonly fileLegend = $derived.by(() => {
    const graph = this.graphOf();
    if (!graph || !this.hasFileColors) return null;
    const keys = this.summaries
      .filter((s) => s.key !== 'size' && s.distinct > 1 && s.distinct <= 50)
      .map((s) => s.key);
    return fileColorLegend(
      graph.mapNodes((_id, a) => a),
      keys,
    );
  });

  /** The colour legend in force: attribute name and entries; null for the app's own colours. */
  readonly legend: { key: string; entries: PartitionEntry[] } | null = $derived.by(() => {
    const graph = this.graphOf();
    if (!graph) return null;
    if (this.colorBy === 'file') return this.fileLegend;
    const key = attrKey(this.colorBy);
    if (key === null) return null;
    // the attribute the file's colours show keeps those colours
    if (this.fileLegend?.key === key) return this.fileLegend;
    return { key, entries: partitionLegend(graph.mapNodes((_id, a) => a[key])) };
  });

  /** Fill colour per actor, or null for the app's kind colours. */
  readonly nodeColors: ReadonlyMap<string, string> | null = $derived.by(() => {
    const graph = this.graphOf();
    if (!graph || this.colorBy === 'default') return null;
    const nodes = graph.mapNodes((id, a) => [id, a] as [string, Record<string, unknown>]);
    if (this.colorBy === 'file') return nodeColorMap(nodes, (a) => cssColorOf(a.color));
    const key = attrKey(this.colorBy) as string;
    const entries = this.legend?.entries ?? [];
    return nodeColorMap(nodes, (a) => {
      const value = partitionKey(a[key]);
      return entries.find((e) => e.value === value)?.color;
    });
  });

  /** Sizes 0..1 per actor, or null for the app's size metric. */
  readonly sizes: ReadonlyMap<string, number> | null = $derived.by(() => {
    const graph = this.graphOf();
    if (!graph || this.sizeBy === 'default') return null;
    const key = this.sizeBy === 'file' ? 'size' : (attrKey(this.sizeBy) as string);
    return rankingSizes(graph.mapNodes((id, a) => [id, a[key]] as [string, unknown]));
  });

  /** Actors the attribute filter hides (undefined when no filter applies). */
  readonly excludedNodes: ReadonlySet<string> | undefined = $derived.by(() => {
    const graph = this.graphOf();
    const filter = this.filter;
    return graph && filter ? attributeExcluded(graph, filter) : undefined;
  });
}
