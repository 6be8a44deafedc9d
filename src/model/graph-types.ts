// Attribute types of the compiled graph (public/data/graph.json): what every consumer of the
// graphology graph (renderer, analysis, exporters) may rely on.
import type { SerializedGraph } from 'graphology-types';
import type { ActorKind, Certainty, RelationType, Status } from './vocabulary';

export interface EvidenceAttributes {
  source: string;
  quote?: string;
  url?: string;
  note?: string;
  /** Copied from sources.yaml so that the graph is self-contained. */
  sourceTitle?: string;
  sourceDate?: string;
  sourcePublisher?: string;
  sourceUrl?: string;
}

export interface NodeAttributes {
  label: string;
  labelJa: string;
  kind: ActorKind;
  aliases: string[];
  role?: string;
  iso?: string;
  description?: string;
  x?: number;
  y?: number;
  fixed?: boolean;
  [extra: string]: unknown;
}

export interface EdgeAttributes {
  relation: RelationType | string;
  status: string;
  certainty: string;
  start?: string;
  end?: string;
  role?: string;
  note?: string;
  evidence: EvidenceAttributes[];
  [extra: string]: unknown;
}

export interface GraphAttributes {
  name?: string;
  generated?: string;
  sources?: unknown[];
  [extra: string]: unknown;
}

export type SerializedAlignmapGraph = SerializedGraph<
  NodeAttributes,
  EdgeAttributes,
  GraphAttributes
>;

export type { ActorKind, Certainty, RelationType, Status };
