// A small hand-built Alignmap graph for the explorer's unit tests (filters, search, style).
import { createEmptyGraph, type AlignmapGraph } from '../../../src/model/build';
import type { EdgeAttributes } from '../../../src/model/graph-types';

const edge = (relation: string, status = 'active', certainty = 'confirmed'): EdgeAttributes => ({
  relation,
  status,
  certainty,
  evidence: [{ source: 's1', quote: `${relation} quote`, sourceTitle: 'Source one' }],
});

/**
 * russia, china, usa (states), putin (person), sco (organization), new-start (agreement).
 * Edges: e1 putin→russia represents; e2 russia→sco member_of; e3 china→sco member_of;
 * e4 russia—china partnership; e5 russia→china trade; e6 usa→russia sanction (threatened, reported);
 * e7 usa→russia sanction; e8 russia→new-start member_of (ended); e9 usa—china negotiation (proposed, speculative).
 */
export function smallGraph(): AlignmapGraph {
  const g = createEmptyGraph();
  g.addNode('russia', {
    label: 'Russia',
    labelJa: 'ロシア',
    kind: 'state',
    aliases: ['Russian Federation'],
  });
  g.addNode('china', {
    label: 'China',
    labelJa: '中国',
    kind: 'state',
    aliases: ['PRC', '中華人民共和国'],
  });
  g.addNode('usa', {
    label: 'United States',
    labelJa: 'アメリカ合衆国',
    kind: 'state',
    aliases: ['USA', '米国'],
  });
  g.addNode('vladimir-putin', {
    label: 'Vladimir Putin',
    labelJa: 'ウラジーミル・プーチン',
    kind: 'person',
    aliases: ['Putin', 'プーチン'],
  });
  g.addNode('sco', {
    label: 'Shanghai Cooperation Organisation',
    labelJa: '上海協力機構',
    kind: 'organization',
    aliases: ['SCO'],
  });
  g.addNode('new-start', {
    label: 'New START',
    labelJa: '新戦略兵器削減条約',
    kind: 'agreement',
    aliases: [],
  });
  g.addDirectedEdgeWithKey('e1', 'vladimir-putin', 'russia', edge('represents'));
  g.addDirectedEdgeWithKey('e2', 'russia', 'sco', edge('member_of'));
  g.addDirectedEdgeWithKey('e3', 'china', 'sco', edge('member_of'));
  g.addUndirectedEdgeWithKey('e4', 'russia', 'china', edge('partnership'));
  g.addDirectedEdgeWithKey('e5', 'russia', 'china', edge('trade'));
  g.addDirectedEdgeWithKey('e6', 'usa', 'russia', edge('sanction', 'threatened', 'reported'));
  g.addDirectedEdgeWithKey('e7', 'usa', 'russia', edge('sanction'));
  g.addDirectedEdgeWithKey('e8', 'russia', 'new-start', edge('member_of', 'ended'));
  g.addUndirectedEdgeWithKey('e9', 'usa', 'china', edge('negotiation', 'proposed', 'speculative'));
  return g;
}
