// The relations table's sort (precomputed collation ranks, ties by id, descending = exact reverse)
// and page slicing ("rows X–Y of N", clamping, the page that holds a row), in both languages.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/layout/prng';
import type { Column, TableRow } from '../../src/ui/details';
import type { Language } from '../../src/model/language';
import {
  captionText,
  collationRanks,
  createSorter,
  pageContaining,
  pageCountText,
  pageOf,
  rangeText,
} from '../../src/ui/relations-table';

function row(id: string, cells: Partial<Record<Column, string>>): TableRow {
  return {
    id,
    s: 'a',
    t: 'b',
    relation: 'trade',
    evidence: Number(cells.evidence ?? 0),
    cells: {
      source: '',
      type: '',
      target: '',
      status: '',
      certainty: '',
      dates: '',
      evidence: '0000',
      ...cells,
    },
  };
}

const rows = [
  row('r3', { source: 'Japan', type: 'Trade', evidence: '0002' }),
  row('r1', { source: 'china', type: 'Alliance', evidence: '0010' }),
  row('r2', { source: 'Japan', type: 'Alliance', evidence: '0001' }),
  row('r10', { source: 'Ärzte', type: 'Trade', evidence: '0002' }),
];
const ids = (list: TableRow[]) => list.map((r) => r.id);

/** Reference order: a plain comparator sort (what the table did before it precomputed ranks). */
function sortedRows(rows: TableRow[], by: Column, ascending: boolean, lang: Language): TableRow[] {
  const collator = new Intl.Collator(lang);
  return [...rows].sort((x, y) => {
    const c = collator.compare(x.cells[by], y.cells[by]) || collator.compare(x.id, y.id);
    return ascending ? c : -c;
  });
}

describe('collationRanks', () => {
  it('ranks texts in collation order; equal texts share a rank', () => {
    const collator = new Intl.Collator('en');
    expect([...collationRanks(['b', 'a', 'B', 'a', 'c'], collator)]).toEqual([1, 0, 2, 0, 3]);
    expect([...collationRanks([], collator)]).toEqual([]);
  });

  it('gives one rank to different texts the collator calls equal', () => {
    const base = new Intl.Collator('en', { sensitivity: 'base' });
    expect([...collationRanks(['a', 'A', 'b'], base)]).toEqual([0, 0, 1]);
  });
});

describe('createSorter', () => {
  const sort = createSorter(rows, 'en');

  it('sorts by a column in collation order (case and accents folded), ties by id', () => {
    expect(ids(sort('source', true))).toEqual(['r10', 'r1', 'r2', 'r3']);
    expect(ids(sort('type', true))).toEqual(['r1', 'r2', 'r10', 'r3']);
  });

  it('sorts the zero-padded evidence count numerically', () => {
    expect(ids(sort('evidence', true))).toEqual(['r2', 'r10', 'r3', 'r1']);
  });

  it('descending is the exact reverse of ascending, ties included', () => {
    for (const column of ['source', 'type', 'evidence', 'status'] as Column[])
      expect(ids(sort(column, false))).toEqual(ids(sort(column, true)).reverse());
    // All statuses are equal: the order is by id alone.
    expect(ids(sort('status', true))).toEqual(['r1', 'r10', 'r2', 'r3']);
  });

  it('leaves its input alone and sorts an empty table', () => {
    expect(ids(rows)).toEqual(['r3', 'r1', 'r2', 'r10']);
    expect(createSorter([], 'ja')('dates', false)).toEqual([]);
  });

  it('gives the order of a comparator sort on every column (seeded random rows)', () => {
    const random = mulberry32(7);
    const words = ['Japan', 'japan', 'Ärzte', 'b', 'ロシア', '中国', '', '2025 –', 'x-y'];
    const pick = () => words[Math.floor(random() * words.length)]!;
    const many = Array.from({ length: 300 }, (_, i) =>
      row(`e${Math.floor(random() * 1000)}-${i}`, {
        source: pick(),
        type: pick(),
        target: pick(),
        status: pick(),
        certainty: pick(),
        dates: pick(),
        evidence: String(Math.floor(random() * 12)).padStart(4, '0'),
      }),
    );
    for (const lang of ['en', 'ja'] as const) {
      const sorter = createSorter(many, lang);
      for (const column of Object.keys(many[0]!.cells) as Column[])
        for (const ascending of [true, false])
          expect(ids(sorter(column, ascending))).toEqual(
            ids(sortedRows(many, column, ascending, lang)),
          );
    }
  });

  it('orders Japanese labels by the Japanese collation', () => {
    const ja = [
      row('x', { source: 'ロシア' }),
      row('y', { source: 'アメリカ' }),
      row('z', { source: '中国' }),
    ];
    expect(ids(createSorter(ja, 'ja')('source', true))).toEqual(['y', 'x', 'z']);
  });
});

describe('pageOf', () => {
  const numbers = Array.from({ length: 250 }, (_, i) => i);

  it('cuts the requested page and says where it lies', () => {
    const view = pageOf(numbers, 1, 100);
    expect(view.rows).toEqual(numbers.slice(100, 200));
    expect(view).toMatchObject({ page: 1, pages: 3, first: 101, last: 200, total: 250 });
  });

  it('the last page is short; a page past the end or before the start is clamped', () => {
    expect(pageOf(numbers, 2, 100)).toMatchObject({ page: 2, first: 201, last: 250 });
    expect(pageOf(numbers, 7, 100)).toMatchObject({ page: 2, first: 201, last: 250 });
    expect(pageOf(numbers, -3, 100)).toMatchObject({ page: 0, first: 1, last: 100 });
    expect(pageOf(numbers, Number.NaN, 100)).toMatchObject({ page: 0, first: 1 });
    expect(pageOf(numbers, 0, 500)).toMatchObject({ page: 0, pages: 1, first: 1, last: 250 });
  });

  it('an empty table has one empty page', () => {
    expect(pageOf([], 4, 250)).toEqual({
      rows: [],
      page: 0,
      pages: 1,
      first: 0,
      last: 0,
      total: 0,
    });
  });

  it('refuses a page size below 1', () => {
    expect(() => pageOf(numbers, 0, 0)).toThrow(
      'relations-table: expected a page size >= 1, got 0',
    );
  });

  it('pageContaining finds the page of a row index', () => {
    expect([0, 99, 100, 249].map((i) => pageContaining(i, 100))).toEqual([0, 0, 1, 2]);
    expect(pageContaining(-1, 100)).toBe(0);
  });
});

describe('table texts', () => {
  const many = Array.from({ length: 25_000 }, (_, i) => i);

  it('says which rows are shown, in English and Japanese', () => {
    const view = pageOf(many, 3, 250);
    expect(rangeText('en', view)).toBe('Rows 751–1,000 of 25,000');
    expect(rangeText('ja', view)).toBe('25,000 件中 751〜1,000 件目');
    expect(rangeText('en', pageOf([], 0, 100))).toBe('No relations to show');
    expect(rangeText('ja', pageOf([], 0, 100))).toBe('表示する関係はありません');
  });

  it('counts pages and relations', () => {
    expect(pageCountText('en', 1000)).toBe('of 1,000');
    expect(pageCountText('ja', 1000)).toBe('/ 1,000 ページ');
    expect(captionText('en', 25_000)).toBe('Visible relations (25,000)');
    expect(captionText('ja', 12)).toBe('表示中の関係（12）');
  });
});
