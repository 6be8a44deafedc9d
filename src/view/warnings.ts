// The warnings shown in the page (bad URL parameters, ids the data lacks, filters reset by a new
// dataset) as data: a code with its parameters, rendered in English or Japanese by renderWarning
// through the message catalog (src/i18n/messages.ts, keys warn_*). The English text is also what
// Node users read (the export CLI prints parseUrlState's and checkExcluded's warnings); the page
// renders the code in its current language (src/ui/Warnings.svelte via src/ui/messages.ts).
import { CERTAINTY_INFO, KIND_INFO, STATUS_INFO } from '../model/vocabulary';
import { nameOf, type Language } from '../model/language';
import { relationLabel } from '../render/style';
import { joinAlternatives, joinList, quoteList, t } from '../i18n/catalog';

/** A filter facet (the keys of ViewState['exclude'] and of FilterState). */
export type WarningFacet = 'relations' | 'kinds' | 'statuses' | 'certainties';

/** Parameters of each warning code. `key` is the URL parameter's name. */
export interface WarningParams {
  'unknown-param': { key: string };
  'repeated-param': { key: string };
  /** `oneOf`: English says "one of a, b, c" (else "a, b or c"). */
  'not-allowed': { key: string; allowed: readonly string[]; got: string; oneOf: boolean };
  'malformed-hidden': { key: string; facet: WarningFacet; bad: string[]; examples: string[] };
  'unknown-hidden': { key: string; facet: WarningFacet; bad: string[]; expected: string[] };
  'invalid-id': { key: string; value: string };
  'two-selections': { key: string; value: string };
  'id-count': { key: string; count: number; value: string };
  'same-ids': { key: string; count: number; value: string };
  'invalid-date': { key: string; value: string };
  'invalid-camera': { value: string };
  'unknown-focus-relation': { bad: string[]; expected: readonly string[] };
  'at-and-range': Record<string, never>;
  'reversed-range': { from: string; to: string };
  /** A URL's node= / edge= id that the data lacks. */
  'missing-selection': { kind: 'node' | 'edge'; id: string };
  /** A URL's align= actor that the data lacks. */
  'missing-actor': { key: 'align'; id: string };
  /** The selection when another dataset is shown, which that dataset lacks. */
  'selection-gone': { kind: 'node' | 'edge'; id: string };
  /** A hidden filter value the new dataset does not have. */
  'filter-reset': { facet: WarningFacet; value: string };
}

export type WarningCode = keyof WarningParams;

/** One warning: plain data (it goes through $state and is compared by its JSON). */
export type AppWarning = {
  [C in WarningCode]: { code: C; params: WarningParams[C] };
}[WarningCode];

/** Builds a warning with its code's parameters checked. */
export function warning<C extends WarningCode>(code: C, params: WarningParams[C]): AppWarning {
  return { code, params } as AppWarning;
}

/** A filter value by its name in `language` (an imported value by itself). */
function valueName(facet: WarningFacet, value: string, language: Language): string {
  if (facet === 'relations') return relationLabel(value, language);
  const table = facet === 'kinds' ? KIND_INFO : facet === 'statuses' ? STATUS_INFO : CERTAINTY_INFO;
  return nameOf(table, value, language);
}

/** A value cut to 60 characters for a message. */
const short = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);
const quoted = (l: Language, values: readonly string[]) => quoteList(l, values.map(short));
const facetName = (l: Language, facet: WarningFacet) => t(l, `warnFacet_${facet}`);

/** Each code's catalog message, its parameters filled from the warning's. */
const RENDER: { [C in WarningCode]: (p: WarningParams[C], l: Language) => string } = {
  'unknown-param': (p, l) => t(l, 'warn_unknownParam', { key: p.key }),
  'repeated-param': (p, l) => t(l, 'warn_repeatedParam', { key: p.key }),
  'not-allowed': (p, l) =>
    p.oneOf
      ? t(l, 'warn_notAllowedOneOf', { key: p.key, allowed: joinList(l, p.allowed), got: p.got })
      : t(l, 'warn_notAllowed', {
          key: p.key,
          allowed: joinAlternatives(l, p.allowed),
          got: p.got,
        }),
  'malformed-hidden': (p, l) =>
    t(l, 'warn_malformedHidden', {
      key: p.key,
      facet: facetName(l, p.facet),
      values: quoted(l, p.bad),
      examples: joinList(l, p.examples),
    }),
  'unknown-hidden': (p, l) =>
    t(l, 'warn_unknownHidden', {
      key: p.key,
      facet: facetName(l, p.facet),
      values: quoted(l, p.bad),
      expected: joinList(l, p.expected),
    }),
  'invalid-id': (p, l) => t(l, 'warn_invalidId', { key: p.key, value: short(p.value) }),
  'two-selections': (p, l) => t(l, 'warn_twoSelections', { key: p.key, value: p.value }),
  'id-count': (p, l) => t(l, 'warn_idCount', { key: p.key, count: p.count, value: p.value }),
  'same-ids': (p, l) => t(l, 'warn_sameIds', { key: p.key, count: p.count, value: p.value }),
  'invalid-date': (p, l) => t(l, 'warn_invalidDate', { key: p.key, value: p.value }),
  'invalid-camera': (p, l) => t(l, 'warn_invalidCamera', { value: p.value }),
  'unknown-focus-relation': (p, l) =>
    t(l, 'warn_unknownFocusRelation', {
      values: quoted(l, p.bad.length > 0 ? p.bad : ['']),
      expected: joinList(l, p.expected),
    }),
  'at-and-range': (_p, l) => t(l, 'warn_atAndRange'),
  'reversed-range': (p, l) => t(l, 'warn_reversedRange', { from: p.from, to: p.to }),
  'missing-selection': (p, l) =>
    p.kind === 'node'
      ? t(l, 'warn_missingNode', { id: p.id })
      : t(l, 'warn_missingEdge', { id: p.id }),
  'missing-actor': (p, l) => t(l, 'warn_missingActor', { key: p.key, id: short(p.id) }),
  'selection-gone': (p, l) =>
    p.kind === 'node' ? t(l, 'warn_nodeGone', { id: p.id }) : t(l, 'warn_edgeGone', { id: p.id }),
  'filter-reset': (p, l) =>
    t(l, 'warn_filterReset', {
      facet: facetName(l, p.facet),
      value: valueName(p.facet, p.value, l),
    }),
};

/** Every warning code (the keys of the renderer table), for tests that must cover them all. */
export const WARNING_CODES = Object.keys(RENDER) as WarningCode[];

/** A warning as one sentence in `language`. */
export function renderWarning(warning: AppWarning, language: Language): string {
  // The union of renderers is called with its own code's params (RENDER is keyed by code).
  const render = RENDER[warning.code] as (p: unknown, l: Language) => string;
  return render(warning.params, language);
}

/** The English text of a warning (what Node users read). */
export function englishWarning(warning: AppWarning): string {
  return renderWarning(warning, 'en');
}

/** Equal warnings have equal keys (shown once). */
export function warningKey(warning: AppWarning): string {
  return JSON.stringify(warning);
}
