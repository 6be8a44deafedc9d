// A nodes-only copy of a graph, for the renderer while a large graph's relations are hidden.
// Sigma processes every node and every relation of its graph on each frame (and indexes all of
// them when it is constructed), hidden or not: while a large graph's layout runs, drawing the
// mirror instead costs the actors only (at 50,000 actors and 250,000 relations, most of a frame's
// script time was the hidden relations). The mirror holds only positions: styles come from the
// source graph by id (the sigma host's reducers look them up). It follows the source's actors —
// added, dropped, cleared, moved — until kill(). A bulk move (a layout frame) is written into the
// mirror's position objects in place, without events, and reported to `onMoved`: the renderer then
// only re-reads positions (sigma's `process` does) instead of restyling every node twice per frame
// (its reaction to a bulk update event: 0.1–0.2 s per frame at 50,000 actors).
import Graph from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { forEachInSlices } from '../model/slices';

/** What the mirror keeps of an actor: where it is. */
export interface MirrorPosition {
  x: number;
  y: number;
}

export interface NodeMirror {
  /** The nodes-only graph: same node keys as the source, no edges (a caller may add some). */
  readonly graph: AbstractGraph<MirrorPosition>;
  /**
   * Adds the source's actors the mirror lacks (one made `empty`) in slices of about `sliceMs` of
   * script, each in a task of its own (the first in the next one), then calls `then`; `onSlice`
   * after each slice but the last, with the mirror's actor count.
   */
  fill(
    defer: (fn: () => void) => void,
    then: () => void,
    options?: { sliceMs?: number; onSlice?: (count: number) => void },
  ): void;
  /** Stops following the source (idempotent). */
  kill(): void;
}

type Source = AbstractGraph<Attributes & { x?: number; y?: number }>;

function positionOf(attrs: { x?: number; y?: number }): MirrorPosition {
  return { x: attrs.x ?? 0, y: attrs.y ?? 0 };
}

export interface NodeMirrorOptions {
  /** Every position was copied in place (a bulk move of the source): no graph event says so. */
  onMoved?: () => void;
  /** Start without the actors (`fill` adds them): a renderer given the mirror indexes them as
   * they come, in tasks of their own, instead of all in one. */
  empty?: boolean;
}

export function createNodeMirror(source: Source, options: NodeMirrorOptions = {}): NodeMirror {
  const mirror = new Graph<MirrorPosition>({ type: 'mixed', multi: true, allowSelfLoops: true });
  if (!options.empty) source.forEachNode((id, attrs) => mirror.addNode(id, positionOf(attrs)));
  // the mirror's position objects in the source's node order (rebuilt after nodes come or go)
  let inOrder: MirrorPosition[] | null = null;
  // while an empty mirror is filled in the source's order: the position objects added so far,
  // which are those of the source's first actors (null once an actor came or went otherwise)
  let filled: MirrorPosition[] | null = null;

  /** Copies every position in place, in one pass over the source. */
  const onEachUpdated = (payload: { hints?: { attributes?: (string | number)[] } }) => {
    const fields = payload.hints?.attributes;
    if (fields && !fields.includes('x') && !fields.includes('y')) return;
    if (mirror.order !== source.order) {
      // (being filled: the actors it has — in order, the source's first ones, when the fill
      // alone added them: no lookup by id)
      inOrder = null;
      if (filled !== null && filled.length === mirror.order) {
        const positions = filled;
        let i = 0;
        if (positions.length > 0)
          source.someNode((_id, attrs) => {
            const position = positions[i++]!;
            position.x = attrs.x ?? 0;
            position.y = attrs.y ?? 0;
            return i >= positions.length;
          });
        return options.onMoved?.();
      }
      source.forEachNode((id, attrs) => {
        if (!mirror.hasNode(id)) return;
        const position = mirror.getNodeAttributes(id);
        position.x = attrs.x ?? 0;
        position.y = attrs.y ?? 0;
      });
      return options.onMoved?.();
    }
    if (inOrder === null || inOrder.length !== source.order) {
      const order: MirrorPosition[] = [];
      source.forEachNode((id) => order.push(mirror.getNodeAttributes(id)));
      inOrder = order;
    }
    const positions = inOrder;
    let i = 0;
    source.forEachNode((_id, attrs) => {
      const position = positions[i++]!;
      position.x = attrs.x ?? 0;
      position.y = attrs.y ?? 0;
    });
    options.onMoved?.();
  };
  const onUpdated = ({ key }: { key: string }) => {
    if (!mirror.hasNode(key) || !source.hasNode(key)) return;
    const to = positionOf(source.getNodeAttributes(key));
    const at = mirror.getNodeAttributes(key);
    if (at.x !== to.x || at.y !== to.y) mirror.mergeNodeAttributes(key, to);
  };
  const onAdded = ({ key, attributes }: { key: string; attributes: Attributes }) => {
    inOrder = null;
    filled = null;
    if (!mirror.hasNode(key)) mirror.addNode(key, positionOf(attributes));
  };
  const onDropped = ({ key }: { key: string }) => {
    inOrder = null;
    filled = null;
    if (mirror.hasNode(key)) mirror.dropNode(key);
  };
  const onCleared = () => {
    inOrder = null;
    filled = null;
    mirror.clear();
  };

  source.on('eachNodeAttributesUpdated', onEachUpdated);
  source.on('nodeAttributesUpdated', onUpdated);
  source.on('nodeAdded', onAdded);
  source.on('nodeDropped', onDropped);
  source.on('cleared', onCleared);

  let killed = false;
  return {
    graph: mirror,
    fill(defer, then, { sliceMs = 12, onSlice } = {}) {
      filled = mirror.order === 0 ? [] : null;
      forEachInSlices(
        source.nodes(),
        (id) => {
          if (!source.hasNode(id) || mirror.hasNode(id)) return;
          const position = positionOf(source.getNodeAttributes(id));
          mirror.addNode(id, position);
          filled?.push(position);
        },
        {
          defer,
          done: () => {
            filled = null;
            then();
          },
          stopped: () => killed,
          sliceMs,
          clockEvery: 128,
          sliceDone: onSlice && (() => onSlice(mirror.order)),
        },
      );
    },
    kill() {
      if (killed) return;
      killed = true;
      source.removeListener('eachNodeAttributesUpdated', onEachUpdated);
      source.removeListener('nodeAttributesUpdated', onUpdated);
      source.removeListener('nodeAdded', onAdded);
      source.removeListener('nodeDropped', onDropped);
      source.removeListener('cleared', onCleared);
    },
  };
}
