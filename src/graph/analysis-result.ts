// Shared vocabulary of the alignment analyses (ego, paths, signed projection, blocs, balance,
// alignment, time): the typed failure every analysis returns instead of throwing (the UI shows its
// message), and the "what is visible" scope that filters and the time slider hand to an analysis.
import type { AbstractGraph } from 'graphology-types';

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
  /** One English sentence naming the module and what was expected; shown as is in the panel. */
  message: string;
}

export type Result<T extends object> = ({ ok: true } & T) | Failure;

export function fail(reason: FailureReason, message: string): Failure {
  return { ok: false, reason, message };
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

/** The actor's English label for messages, or its id. */
export function actorName(graph: AbstractGraph, node: string): string {
  if (!graph.hasNode(node)) return `"${node}"`;
  const label: unknown = graph.getNodeAttribute(node, 'label');
  return typeof label === 'string' && label !== '' ? label : node;
}

/** Checks that an actor exists and is visible; returns a failure naming the module otherwise. */
export function checkActor(
  module: string,
  graph: AbstractGraph,
  node: string,
  scope: VisibleScope,
): Failure | null {
  if (!graph.hasNode(node))
    return fail('unknown-actor', `${module}: expected a known actor id, got "${node}"`);
  if (!nodeUsable(node, scope))
    return fail(
      'hidden-actor',
      `${module}: ${actorName(graph, node)} is hidden by the current filters`,
    );
  return null;
}

/** True when the scope leaves no edge at all (an empty filter). */
export function scopeHasNoEdges(scope: VisibleScope): boolean {
  return scope.visibleEdges !== undefined && scope.visibleEdges.size === 0;
}

/** The one seeded PRNG of the project (src/layout/prng.ts), re-exported for the analyses. */
export { mulberry32 } from '../layout/prng';

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
