// Builds a graph on the page from the parts a worker sends (src/model/graph-handoff.ts) in slices
// of at most `budget` nodes or edges, each slice in its own task: a part of a few thousand
// relations costs the page 100–200 ms to add on a loaded machine at 50,000 actors, so one part per
// task is not enough. Between slices the build waits for a new task (./next-task.ts:
// scheduler.yield, else a MessageChannel message), so drawing and input run in between. The graph stays off
// screen until finish() hands it over complete: a part out of order, a part that does not fit,
// missing parts or a cancel (abort(), or the signal) reject finish() and drop the half-built graph.
import { createEmptyGraph, type AlignmapGraph } from './build';
import type { GraphPart } from './graph-handoff';
import { nextTask } from './next-task';

/** Nodes or edges added per task: ~25–50 ms at 50,000 actors on a loaded 2-core machine. */
export const SLICE_BUDGET = 500;

/** Attribute strings up to this length are shared between the items that have the same one. */
export const INTERNED_LENGTH = 32;

/**
 * Makes the attributes' short strings (relation types, statuses, kinds, dates, ...) one string per
 * value: a structured clone gives every item its own copy, and 50,000 relations held 2 MB of
 * copies of "active", "unverified", "trade", ... (bench/heap-import.ts). In place.
 */
function internStrings(items: readonly unknown[], seen: Map<string, string>): void {
  for (const item of items) {
    const attrs = (item as { attributes?: Record<string, unknown> }).attributes;
    if (!attrs) continue;
    for (const key in attrs) {
      const value = attrs[key];
      if (typeof value !== 'string' || value.length > INTERNED_LENGTH) continue;
      const shared = seen.get(value);
      if (shared === undefined) seen.set(value, value);
      else attrs[key] = shared;
    }
  }
}

export class BuildCancelled extends Error {
  constructor(reason: string) {
    super(`graph build: cancelled (${reason})`);
    this.name = 'BuildCancelled';
  }
}

export interface SlicedBuildOptions {
  /** Most nodes or edges added in one task (default SLICE_BUDGET). */
  budget?: number;
  /** Waits for the next task between slices (default nextTask). */
  yieldTask?: () => Promise<void>;
  /** Aborting it cancels the build (as abort() does). */
  signal?: AbortSignal;
}

/** A part waiting to be added: its items from `next` on are still to do; `at` is its number. */
interface Queued {
  kind: 'nodes' | 'edges';
  items: readonly unknown[];
  next: number;
  at: number;
}

/** Page side of the handoff: add() the parts as they come, then await finish(). */
export class SlicedGraphBuild {
  /** Items added by each slice so far (for tests and the bench: never over the budget). */
  readonly slices: number[] = [];
  private readonly budget: number;
  private readonly yieldTask: () => Promise<void>;
  private graph: AlignmapGraph | null = null;
  private expected = { nodes: 0, edges: 0 };
  private readonly queue: Queued[] = [];
  private sawEdges = false;
  private failure: Error | null = null;
  private pumping: Promise<void> | null = null;
  private parts = 0;
  private finished = false;
  /** The strings interned so far (see internStrings); dropped with the build. */
  private strings: Map<string, string> | null = new Map();

  constructor(options: SlicedBuildOptions = {}) {
    this.budget = Math.max(1, Math.floor(options.budget ?? SLICE_BUDGET));
    this.yieldTask = options.yieldTask ?? nextTask;
    const signal = options.signal;
    if (signal?.aborted) this.abort('the import was cancelled');
    signal?.addEventListener('abort', () => this.abort('the import was cancelled'), { once: true });
  }

  /** Queues one part; the build goes on in slices. Problems surface in finish(). */
  add(part: GraphPart): void {
    if (this.failure) return;
    const index = ++this.parts;
    if (part.kind === 'start') {
      if (this.graph) return this.fail(new Error(`graph-handoff: part ${index} is a second start`));
      const graph = createEmptyGraph();
      graph.replaceAttributes(part.attributes as never);
      this.graph = graph;
      this.expected = { nodes: part.nodes, edges: part.edges };
      return;
    }
    if (!this.graph)
      return this.fail(new Error(`graph-handoff: a "${part.kind}" part came before the start`));
    if (part.kind === 'nodes') {
      if (this.sawEdges)
        return this.fail(new Error('graph-handoff: a "nodes" part came after the edges'));
      this.queue.push({ kind: 'nodes', items: part.nodes, next: 0, at: index });
    } else {
      this.sawEdges = true;
      this.queue.push({ kind: 'edges', items: part.edges, next: 0, at: index });
    }
    if (!this.pumping) {
      // the first slice runs now, in this task; pump() clears `pumping` when the queue is empty
      const pumping = this.pump();
      if (this.queue.length > 0) this.pumping = pumping;
    }
  }

  /** Stops the build; finish() rejects with BuildCancelled. Idempotent. */
  abort(reason = 'a newer graph replaced it'): void {
    if (!this.failure) this.fail(new BuildCancelled(reason));
  }

  /** Whether the build was cancelled or failed. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /** Whether the build has ended: failed, or handed its graph over by finish(). */
  get done(): boolean {
    return this.failure !== null || this.finished;
  }

  /**
   * The complete graph, once every queued part is built. Rejects when parts came out of order or
   * did not fit (naming the part and graphology's reason), when parts are missing, or on a cancel.
   */
  async finish(): Promise<AlignmapGraph> {
    while (this.pumping) await this.pumping;
    if (this.failure) throw this.failure;
    const graph = this.graph;
    if (!graph) this.fail(new Error('graph-handoff: no graph was sent'));
    else {
      const { nodes, edges } = this.expected;
      if (graph.order !== nodes || graph.size !== edges)
        this.fail(
          new Error(
            `graph-handoff: expected ${nodes} nodes and ${edges} edges, got ${graph.order} and ${graph.size}`,
          ),
        );
    }
    if (this.failure) throw this.failure;
    this.finished = true;
    this.strings = null;
    return graph!;
  }

  private fail(error: Error): void {
    this.failure = error;
    this.queue.length = 0;
    this.graph = null; // nothing half-built survives
    this.strings = null;
  }

  /** Adds the queued items, at most `budget` per task, waiting for a new task between slices. */
  private async pump(): Promise<void> {
    try {
      let first = true;
      while (this.queue.length > 0 && !this.failure) {
        if (!first) {
          await this.yieldTask();
          if (this.failure) break;
        }
        first = false;
        let room = this.budget;
        while (room > 0 && this.queue.length > 0) {
          const head = this.queue[0]!;
          const items = head.items.slice(head.next, head.next + room);
          head.next += items.length;
          if (head.next >= head.items.length) this.queue.shift();
          room -= items.length;
          internStrings(items, this.strings!);
          try {
            if (head.kind === 'nodes') this.graph!.import({ nodes: items as never });
            else this.graph!.import({ edges: items as never });
          } catch (e) {
            this.fail(
              new Error(
                `graph-handoff: part ${head.at} (${head.kind}) could not be added: ${e instanceof Error ? e.message : String(e)}`,
              ),
            );
            return;
          }
        }
        this.slices.push(this.budget - room);
      }
    } finally {
      this.pumping = null;
    }
  }
}
