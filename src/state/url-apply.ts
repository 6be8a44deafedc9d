// Checks the hidden filter values of a URL (hide-rel, hide-kind, hide-status, hide-cert) against
// the loaded graph when the URL state is applied: a value is kept when it is in our vocabulary or
// when the graph's relations or actors have it (an imported file's own relation types, kinds,
// statuses and certainties); any other value is dropped with a warning that names the parameter
// and the value and lists what is expected. Pure (AppState.applyUrlState calls it).
import type { AbstractGraph } from 'graphology-types';
import { EXCLUDE_PARAMS, vocabularyOrder, type ExcludeFacet, type UrlState } from './url-state';
import { englishWarning, warning, type AppWarning } from './warning-messages';

export type FacetValues = Record<ExcludeFacet, ReadonlySet<string>>;

/** The values each facet takes in the graph (edge relation/status/certainty, node kind). */
export function facetValues(graph: AbstractGraph): FacetValues {
  const values = {
    relations: new Set<string>(),
    kinds: new Set<string>(),
    statuses: new Set<string>(),
    certainties: new Set<string>(),
  };
  const add = (set: Set<string>, value: unknown) => {
    if (typeof value === 'string' && value !== '') set.add(value);
  };
  graph.forEachEdge((_id, attrs) => {
    add(values.relations, attrs.relation);
    add(values.statuses, attrs.status);
    add(values.certainties, attrs.certainty);
  });
  graph.forEachNode((_id, attrs) => add(values.kinds, attrs.kind));
  return values;
}

export interface CheckedExclude {
  exclude: UrlState['exclude'];
  /** The warnings as codes, for the page to render in its language. */
  notices: AppWarning[];
  /** The same warnings in English (what Node users read). */
  warnings: string[];
}

/**
 * Keeps the hidden values that are in our vocabulary or in `present` (the graph's values); each
 * parameter with other values gives one warning. Without a graph (`present` null) nothing is dropped.
 */
export function checkExcluded(
  exclude: UrlState['exclude'],
  present: FacetValues | null,
): CheckedExclude {
  if (!present) return { exclude, notices: [], warnings: [] };
  const notices: AppWarning[] = [];
  const kept = { ...exclude };
  for (const facet of Object.keys(EXCLUDE_PARAMS) as ExcludeFacet[]) {
    const { key, vocabulary } = EXCLUDE_PARAMS[facet];
    const known = (v: string) => vocabulary.includes(v) || present[facet].has(v);
    const bad = exclude[facet].filter((v) => !known(v));
    if (bad.length === 0) continue;
    kept[facet] = exclude[facet].filter(known);
    const expected = [...new Set([...vocabulary, ...present[facet]])].sort(
      vocabularyOrder(vocabulary),
    );
    notices.push(warning('unknown-hidden', { key, facet, bad, expected }));
  }
  return { exclude: kept, notices, warnings: notices.map(englishWarning) };
}
