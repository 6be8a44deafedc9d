// Seeded synthetic actor graphs for the scale benchmarks and tests: `actors` actors of 3 kinds in
// planted communities (about 60 actors each), 5 relations per actor of 5 relation types, 85% of
// them inside the actor's community. Written in the app's graphology-JSON import format, without
// positions (the layout places them) and without evidence (as most foreign files). Same seed, same file.
import { mulberry32 } from '../src/layout/prng';
import type { SerializedAlignmapGraph } from '../src/model/graph-types';

export const SYNTHETIC_RELATIONS = [
  'alliance',
  'partnership',
  'trade',
  'sanction',
  'negotiation',
] as const;
export const SYNTHETIC_KINDS = ['state', 'organization', 'person'] as const;
const COMMUNITY_SIZE = 60;

export interface SyntheticOptions {
  actors: number;
  /** Relations per actor (default 5). */
  perActor?: number;
  seed?: number;
}

export function syntheticGraph({
  actors,
  perActor = 5,
  seed = 7,
}: SyntheticOptions): Omit<SerializedAlignmapGraph, 'options'> {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const communities = Math.max(1, Math.round(actors / COMMUNITY_SIZE));
  const community = (i: number) => i % communities;
  const nodes: SerializedAlignmapGraph['nodes'] = [];
  for (let i = 0; i < actors; i++)
    nodes.push({
      key: `a${i}`,
      attributes: {
        label: `Actor ${i}`,
        labelJa: `アクター${i}`,
        kind: SYNTHETIC_KINDS[i % 3]!,
        aliases: [],
      },
    });
  const edges: NonNullable<SerializedAlignmapGraph['edges']> = [];
  const total = actors * perActor;
  for (let e = 0; e < total && actors > 1; e++) {
    const source = e % actors;
    let target = source;
    while (target === source) {
      if (random() < 0.85 && actors > communities) {
        // another member of the same community: indices ≡ community (mod communities)
        const members = Math.ceil((actors - community(source)) / communities);
        target = community(source) + pick(members) * communities;
      } else target = pick(actors);
    }
    const relation = SYNTHETIC_RELATIONS[pick(SYNTHETIC_RELATIONS.length)]!;
    // no edge keys (the importer makes them): the 100k file stays under the 50 MB import limit
    edges.push({
      source: `a${source}`,
      target: `a${target}`,
      // status, certainty and (empty) evidence are filled in by the importer, as for any foreign file
      attributes: { relation } as never,
    });
  }
  return {
    // no "options": the importer then gives each relation type its usual direction (sanctions
    // one way, the others mutual)
    attributes: { name: `synthetic ${actors}` },
    nodes,
    edges,
  };
}
