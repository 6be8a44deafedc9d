import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normaliseText, searchActors } from '../../src/graph/search';
import { smallGraph } from './helpers/small-graph';

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
