import { describe, expect, it } from 'vitest';
import {
  buildEvidenceIndex,
  buildSearchIndex,
  hitSnippet,
  normaliseText,
  searchActors,
  searchEvidence,
} from '../../src/graph/search';
import { smallGraph } from './helpers/small-graph';
import { TestGraph } from './helpers/analysis-graph';

const index = buildSearchIndex(smallGraph());
const ids = (q: string) => searchActors(index, q).map((h) => h.id);

describe('searchActors', () => {
  it('finds Putin by his Japanese alias, exactly, first', () => {
    const hits = searchActors(index, 'プーチン');
    expect(hits[0]).toEqual({ id: 'vladimir-putin', matched: 'プーチン', rank: 0 });
  });

  it('matches English names case-insensitively, prefixes before substrings', () => {
    expect(ids('putin')).toEqual(['vladimir-putin']);
    expect(ids('RUSS')).toEqual(['russia']);
    // "chin": prefix of China (rank 1) only
    expect(ids('chin')).toEqual(['china']);
  });

  it('matches aliases and Japanese names', () => {
    expect(searchActors(index, 'SCO')[0]).toEqual({ id: 'sco', matched: 'SCO', rank: 0 });
    expect(ids('中国')).toEqual(['china']);
    expect(ids('米国')).toEqual(['usa']);
  });

  it('is fuzzy for small typos', () => {
    expect(ids('Shanghia')).toContain('sco');
    expect(ids('Vladmir')).toContain('vladimir-putin');
  });

  it('normalises full-width and half-width forms', () => {
    expect(normaliseText('ＵＳＡ')).toBe('usa');
    expect(normaliseText('ﾌﾟｰﾁﾝ')).toBe('プーチン');
    expect(ids('ＵＳＡ')).toEqual(['usa']);
  });

  it('gives no hits for a blank query and none for nonsense', () => {
    expect(searchActors(index, '   ')).toEqual([]);
    expect(searchActors(index, 'qqqqzzzz')).toEqual([]);
  });
});

describe('searchEvidence', () => {
  const graph = () => {
    const g = new TestGraph()
      .rel('s1', 'sanction', 'usa', 'russia')
      .rel('s2', 'pressure', 'trump', 'india')
      .rel('s3', 'trade', 'japan', 'usa').graph;
    g.setEdgeAttribute('s1', 'evidence', [
      {
        source: 'a',
        quote: 'ロシア産原油の購入者への二次制裁は圧力として機能する。',
        note: 'Secondary sanctions on buyers of Russian oil.',
      },
    ]);
    g.setEdgeAttribute('s2', 'evidence', [
      { source: 'b', quote: 'ＳＥＣＯＮＤＡＲＹ　Sanctions threatened' },
    ]);
    g.setEdgeAttribute('s3', 'note', 'Café talks on trade');
    return g;
  };

  it('finds relations by words in quotes and notes, with the passage located exactly', () => {
    const index = buildEvidenceIndex(graph());
    const ja = searchEvidence(index, '「二次制裁」');
    expect(ja.map((h) => [h.edge, h.field, h.text.slice(h.start, h.end)])).toEqual([
      ['s1', 'quote', '二次制裁'],
    ]);
    const en = searchEvidence(index, '"secondary sanctions"');
    // width- and case-insensitive, one hit per relation (its first matching text)
    expect(en.map((h) => [h.edge, h.field, h.text.slice(h.start, h.end)])).toEqual([
      ['s1', 'note', 'Secondary sanctions'],
      ['s2', 'quote', 'ＳＥＣＯＮＤＡＲＹ　Sanctions'],
    ]);
    const accent = searchEvidence(index, 'cafe');
    expect(accent.map((h) => [h.edge, h.field, h.text.slice(h.start, h.end)])).toEqual([
      ['s3', 'relation-note', 'Café'],
    ]);
    expect(searchEvidence(index, '「制」')).toEqual([]);
    expect(searchEvidence(index, 'sanctions', 1)).toHaveLength(1);
  });

  it('cuts a snippet around the match', () => {
    const [hit] = searchEvidence(buildEvidenceIndex(graph()), '二次制裁');
    expect(hitSnippet(hit!, 4)).toEqual(['…入者への', '二次制裁', 'は圧力と…']);
  });
});
