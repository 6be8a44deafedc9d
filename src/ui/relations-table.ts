// The relations table's pure logic: sorting all rows by a column with precomputed keys (each
// column's texts are ranked once with the language's collator; a sort then compares integers),
// cutting one page out of the sorted rows, and the table's own strings in English and Japanese.
import type { Language } from '../model/language';
import type { Column, TableRow } from './details';
import { t } from './i18n';

/** The page sizes offered; the first is the default. */
export const PAGE_SIZES = [100, 250, 500] as const;

/**
 * Rank of each text under `collator`: equal texts (and texts the collator calls equal) share a
 * rank, and rank order is collation order. Sorts the distinct texts only.
 */
export function collationRanks(texts: readonly string[], collator: Intl.Collator): Int32Array {
  const distinct = [...new Set(texts)].sort(collator.compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    if (i > 0 && collator.compare(distinct[i - 1]!, text) !== 0) rank++;
    rankOf.set(text, rank);
  });
  return Int32Array.from(texts, (text) => rankOf.get(text)!);
}

/** Sorts `rows` (built once per data or language change) by any column, ascending or not. */
export type RowSorter = (by: Column, ascending: boolean) => TableRow[];

/**
 * A sorter over `rows`: rows order by the column's text in `lang`'s collation, ties by relation id
 * (so the order is total and a descending sort is the exact reverse of an ascending one). Each
 * column's ranks are computed on its first sort and kept.
 */
export function createSorter(rows: readonly TableRow[], lang: Language): RowSorter {
  const collator = new Intl.Collator(lang);
  const ranks = new Map<Column, Int32Array>();
  let idRanks: Int32Array | null = null;
  return (by, ascending) => {
    let key = ranks.get(by);
    if (!key) {
      key = collationRanks(
        rows.map((row) => row.cells[by]),
        collator,
      );
      ranks.set(by, key);
    }
    idRanks ??= collationRanks(
      rows.map((row) => row.id),
      collator,
    );
    const ids = idRanks;
    const k = key;
    const sign = ascending ? 1 : -1;
    const order = Array.from(rows, (_row, i) => i);
    order.sort((a, b) => sign * (k[a]! - k[b]! || ids[a]! - ids[b]!));
    return order.map((i) => rows[i]!);
  };
}

/** One page of rows and where it lies; `first`/`last` count from 1 (both 0 when there is none). */
export interface PageView<T> {
  rows: T[];
  /** The page shown, from 0, clamped to the pages there are. */
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
}

/** The `page`-th page (from 0) of `size` rows; a page past the end shows the last one. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): PageView<T> {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`relations-table: expected a page size >= 1, got ${size}`);
  const total = rows.length;
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  const start = shown * size;
  const slice = rows.slice(start, start + size);
  return {
    rows: slice,
    page: shown,
    pages,
    first: slice.length > 0 ? start + 1 : 0,
    last: start + slice.length,
    total,
  };
}

/** The page (from 0) that shows the row at `index` with pages of `size` rows. */
export function pageContaining(index: number, size: number): number {
  return Math.floor(Math.max(0, index) / size);
}

/** "Rows 101–200 of 25,000" / "25,000 件中 101〜200 件目" ("No relations to show" when empty). */
export function rangeText(lang: Language, view: PageView<unknown>): string {
  if (view.total === 0) return t(lang, 'tableNoRows');
  return t(lang, 'tableRows', { first: view.first, last: view.last, total: view.total });
}

/** "of 250" / "/ 250 ページ": after the page number field. */
export function pageCountText(lang: Language, pages: number): string {
  return t(lang, 'tablePageCount', { pages });
}

/** "Visible relations (25,000)" / "表示中の関係（25,000）". */
export function captionText(lang: Language, total: number): string {
  return t(lang, 'tableCaptionCount', { total });
}
