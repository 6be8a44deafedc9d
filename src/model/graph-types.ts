// Attribute types of the compiled graph (public/data/graph.json): what every consumer of the
// graphology graph (renderer, analysis, exporters) may rely on.
import type { SerializedGraph } from 'graphology-types';
import type { ActorKind, Certainty, RelationType, Status } from './vocabulary';

export interface EvidenceAttributes {
  source: string;
  quote?: string;
  url?: string;
  /** English rendering or gloss of the quote. */
  note?: string;
  statement?: { by: string; date: string };
  sharedReason?: string;
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
  /** When the actor came into being / ceased to exist (partial ISO dates). */
  start?: string;
  end?: string;
  dateSource?: string;
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
  /** Actor ids of the persons or bodies taking part (members of the delegations of a meeting). */
  participants?: string[];
  /** The relation's note in English (and Japanese in noteJa, when the dataset gives it). */
  note?: string;
  noteJa?: string;
  dateSource?: string;
  evidence: EvidenceAttributes[];
  [extra: string]: unknown;
}

/** A source as kept in the graph attribute `sources`: note in English, noteJa in Japanese. */
export interface GraphSource {
  id: string;
  kind: 'seed' | 'article' | 'reference';
  title: string;
  publisher: string;
  date: string;
  language: string;
  url?: string;
  unverified?: boolean;
  note?: string;
  noteJa?: string;
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
