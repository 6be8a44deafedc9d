// The one rule for hidden filter values (hide-rel, hide-kind, hide-status, hide-cert) against the
// graph on screen, whether they come from a URL (page load, back/forward, the CLI's --view) or
// survive a switch to another dataset (an import, the default data again): a value is kept when it
// is in our vocabulary or when the graph's relations or actors have it (an imported file's own
// relation types, kinds, statuses and certainties); any other value is dropped with a warning
// (naming the URL parameter, or saying the filter was reset for the new data). Keeping our
// vocabulary's values means a choice survives a trip through a dataset that lacks them. Pure.
import type { AbstractGraph } from 'graphology-types';
import { EXCLUDE_PARAMS, vocabularyOrder, type ExcludeFacet, type ViewState } from './view-state';
import { englishWarning, warning, type AppWarning } from './warnings';

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
  exclude: ViewState['exclude'];
  /** The warnings as codes, for the page to render in its language. */
  notices: AppWarning[];
  /** The same warnings in English (what Node users read). */
  warnings: string[];
}

/**
 * Keeps the hidden values that are in our vocabulary or in `present` (the graph's values). The
 * dropped ones are warned about by `reason`: 'url', one warning per URL parameter naming it;
 * 'dataset', one "filter reset for the new data" per value. Without a graph (`present` null)
 * nothing is dropped.
 */
export function checkExcluded(
  exclude: ViewState['exclude'],
  present: FacetValues | null,
  reason: 'url' | 'dataset' = 'url',
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
    if (reason === 'dataset') {
      for (const value of bad) notices.push(warning('filter-reset', { facet, value }));
      continue;
    }
    const expected = [...new Set([...vocabulary, ...present[facet]])].sort(
      vocabularyOrder(vocabulary),
    );
    notices.push(warning('unknown-hidden', { key, facet, bad, expected }));
  }
  return { exclude: kept, notices, warnings: notices.map(englishWarning) };
}
