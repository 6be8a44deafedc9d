// Shared vocabulary of the alignment analyses (ego, paths, signed projection, blocs, balance,
// alignment, time): the typed failure every analysis returns instead of throwing (the UI shows its
// message), and the "what is visible" scope that filters and the time slider hand to an analysis.
import type { AbstractGraph } from 'graphology-types';
import { actorLabel, englishText, type AnalysisModule, type Notice } from './analysis-messages';

export type { Notice };

export type FailureReason =
  | 'unknown-actor'
  | 'hidden-actor'
  | 'folded-actor'
  | 'same-actor'
  | 'no-path'
  | 'empty-visible'
  | 'invalid-option'
  | 'invalid-date'
  | 'reversed-range'
  | 'outside-data';

export interface Failure {
  ok: false;
  reason: FailureReason;
  /** One English sentence naming the module and what was expected (for Node: CLI, tests). */
  message: string;
  /** The same as a code with parameters, which the app renders in its language. */
  notice: Notice;
}

export type Result<T extends object> = ({ ok: true } & T) | Failure;

/** Notices of an analysis failure (the worker's own 'no-graph' and 'internal' are not). */
export type FailureNotice = Exclude<Notice, { code: 'no-graph' | 'internal' }>;

const REASONS: Record<FailureNotice['code'], FailureReason> = {
  'unknown-actor': 'unknown-actor',
  'hidden-actor': 'hidden-actor',
  'folded-actor': 'folded-actor',
  'same-actor': 'same-actor',
  'no-path': 'no-path',
  'no-relations': 'empty-visible',
  'no-actors': 'empty-visible',
  'no-actors-to-group': 'empty-visible',
  'no-dated-relations': 'empty-visible',
  'invalid-option': 'invalid-option',
  'invalid-date': 'invalid-date',
  'reversed-range': 'reversed-range',
  'outside-data': 'outside-data',
};

/**
 * The failure of an analysis: its reason follows from the notice's code, and its English message
 * names actors by their English labels in `graph` (ids in quotes without a graph).
 */
export function fail(notice: FailureNotice, graph?: AbstractGraph | null): Failure {
  return { ok: false, reason: REASONS[notice.code], message: englishText(notice, graph), notice };
}

/** What the filters (and the time slider) leave visible; undefined = everything. */
export interface VisibleScope {
  visibleEdges?: ReadonlySet<string>;
  visibleNodes?: ReadonlySet<string>;
}

/** A node takes part when it is visible. */
export function nodeUsable(node: string, scope: VisibleScope): boolean {
  return scope.visibleNodes === undefined || scope.visibleNodes.has(node);
}

/** An edge takes part when it is visible and both its ends are. */
export function edgeUsable(
  edge: string,
  source: string,
  target: string,
  scope: VisibleScope,
): boolean {
  return (
    (scope.visibleEdges === undefined || scope.visibleEdges.has(edge)) &&
    nodeUsable(source, scope) &&
    nodeUsable(target, scope)
  );
}

/** The actor's English label (for one-line descriptions), or its id. */
export function actorName(graph: AbstractGraph, node: string): string {
  return actorLabel(graph, node, 'en');
}

/** Checks that an actor exists and is visible; returns a failure naming the module otherwise. */
export function checkActor(
  module: AnalysisModule,
  graph: AbstractGraph,
  node: string,
  scope: VisibleScope,
): Failure | null {
  if (!graph.hasNode(node))
    return fail({ module, code: 'unknown-actor', params: { actor: node } }, graph);
  if (!nodeUsable(node, scope))
    return fail({ module, code: 'hidden-actor', params: { actor: node } }, graph);
  return null;
}

/** True when the scope leaves no edge at all (an empty filter). */
export function scopeHasNoEdges(scope: VisibleScope): boolean {
  return scope.visibleEdges !== undefined && scope.visibleEdges.size === 0;
}

/** The one seeded PRNG of the project (src/layout/prng.ts), re-exported for the analyses. */
export { mulberry32 } from './random';

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
