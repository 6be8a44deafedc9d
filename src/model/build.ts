// Builds the graphology multigraph the app explores from a validated dataset: one node per actor,
// one edge per relation (undirected for symmetric relation types), evidence enriched with its source.
import Graph from 'graphology';
import type {
  EdgeAttributes,
  EvidenceAttributes,
  GraphAttributes,
  GraphSource,
  NodeAttributes,
} from './graph-types';
import type { Dataset, Source } from './schema';
import { splitBilingual } from './text-values';
import { RELATION_INFO } from './vocabulary';

export type AlignmapGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createEmptyGraph(): AlignmapGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'mixed',
    multi: true,
    allowSelfLoops: false,
  });
}

export function buildGraph(dataset: Dataset, name = 'Alignmap dataset'): AlignmapGraph {
  const graph = createEmptyGraph();
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  graph.replaceAttributes({ name, sources: dataset.sources.map(graphSource) });
  for (const actor of dataset.actors) {
    const { id, name: names, aliases, kind, ...rest } = actor;
    graph.addNode(id, {
      ...dropUndefined(rest),
      label: names.en,
      labelJa: names.ja,
      kind,
      aliases,
    });
  }
  for (const rel of dataset.relations) {
    const { id, source, target, type, evidence, note, ...rest } = rel;
    const { en, ja } = splitBilingual(note);
    const attributes: EdgeAttributes = {
      ...dropUndefined({ ...rest, note: en, noteJa: ja }),
      relation: type,
      evidence: evidence.map((ev) => enrichEvidence(ev, sources.get(ev.source))),
    };
    if (RELATION_INFO[type].directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  return graph;
}

/** sources.yaml entry as a graph attribute: the bilingual note split into note (en) and noteJa. */
export function graphSource(source: Source): GraphSource {
  const { note, ...rest } = source;
  const { en, ja } = splitBilingual(note);
  return dropUndefined({ ...rest, note: en, noteJa: ja });
}

function enrichEvidence(ev: EvidenceAttributes, source: Source | undefined): EvidenceAttributes {
  if (!source)
    throw new Error(`build: evidence source "${ev.source}" is missing; validate the dataset first`);
  return dropUndefined({
    ...ev,
    sourceTitle: source.title,
    sourceDate: source.date,
    sourcePublisher: source.publisher,
    sourceUrl: source.url,
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
