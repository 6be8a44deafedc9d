// Seeded initial positions, so that the same data always starts the layout from the same
// picture (the generator itself: src/graph/random.ts, re-exported here).
import type { AbstractGraph } from 'graphology-types';
import { hashString, mulberry32 } from '../graph/random';

export { hashString, mulberry32 };

/**
 * Places every node at a seeded random point in a disc of the given radius. Each node's position
 * depends only on the seed and its own id, so adding an actor does not reshuffle the others.
 * Written into each node's attributes in place (a copy of every actor's attributes was 5 MB of
 * garbage at 50,000 actors, in the task before sigma's construction).
 */
export function seedPositions(graph: AbstractGraph, seed = 1, radius = 100): void {
  graph.updateEachNodeAttributes(
    (id, attrs) => {
      const random = mulberry32(hashString(id) ^ seed);
      const angle = random() * Math.PI * 2;
      const r = radius * Math.sqrt(random());
      attrs.x = r * Math.cos(angle);
      attrs.y = r * Math.sin(angle);
      return attrs;
    },
    { attributes: ['x', 'y'] },
  );
}
