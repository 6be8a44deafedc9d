// The app's view of a graph computed without the app (for the CLI): the one view pipeline
// (src/view/pipeline.ts: filters → time → focus → style) with its analyses run inline by the
// analysis worker's own handler, so a picture shows what the app shows for the same view state;
// plus the picture's date line and source line. Pure.
import type { AlignmapGraph } from '../model/build';
import type { VisibleView } from '../graph/visible';
import type { Language } from '../model/language';
import { deriveView, runAnalysesInline, visibleOf, type DerivedStyleView } from '../view/pipeline';
import type { ViewState } from '../view/view-state';
import { joinList, t } from '../i18n/catalog';

/** StyleView plus the dimmed sets of visible.ts (outside=dim; not exported). */
export type ExportStyleView = DerivedStyleView;

export interface HeadlessView {
  view: ExportStyleView;
  visible: VisibleView;
  sizes: ReadonlyMap<string, number>;
  language: Language;
  /** Why a requested path, triad or bloc colouring could not be drawn. */
  messages: string[];
}

export function headlessView(graph: AlignmapGraph, state: ViewState): HeadlessView {
  const analyses = runAnalysesInline(graph, state, visibleOf(graph, state));
  const derived = deriveView(graph, state, analyses);
  const messages = [...analyses.messages];
  if (state.triad && !state.path && !derived.emphasis)
    messages.push(`triad: expected three visible actors, got ${state.triad.join(', ')}`);
  return {
    view: derived.style,
    visible: derived.visible,
    sizes: derived.sizes,
    language: derived.style.language,
    messages,
  };
}

/** "2025-05-01 – 2025-05-31", "as of 2025-05-08", "from 2025-05", … or the data's date. */
export function dateLine(graph: AlignmapGraph, url: ViewState, language: Language): string {
  if (url.at !== null) return t(language, 'asOfDate', { date: url.at });
  if (url.from !== null && url.to !== null) return `${url.from} – ${url.to}`;
  if (url.from !== null) return t(language, 'fromDate', { date: url.from });
  if (url.to !== null) return t(language, 'untilDate', { date: url.to });
  const generated = graph.getAttribute('generated');
  if (typeof generated === 'string' && generated)
    return t(language, 'dataAsOf', { date: generated });
  const latest = sourceDates(graph).at(-1);
  if (latest) return t(language, 'sourcesUpTo', { date: latest });
  return '';
}

function sourceDates(graph: AlignmapGraph): string[] {
  const sources = graph.getAttribute('sources');
  if (!Array.isArray(sources)) return [];
  return sources
    .map((s) => (s && typeof s === 'object' ? (s as { date?: unknown }).date : undefined))
    .filter((d): d is string => typeof d === 'string' && d.length > 0)
    .sort();
}

/** "Source: Alignmap — Alignmap dataset (30 sources, 1949–2025-12)". */
export function sourceLine(graph: AlignmapGraph, language: Language): string {
  const name = String(graph.getAttribute('name') ?? '') || 'graph';
  const sources = graph.getAttribute('sources');
  const count = Array.isArray(sources) ? sources.length : 0;
  const dates = sourceDates(graph);
  const span =
    dates.length > 0
      ? dates[0]!.slice(0, 4) === dates.at(-1)!.slice(0, 4)
        ? dates[0]!.slice(0, 4)
        : `${dates[0]!.slice(0, 4)}–${dates.at(-1)!.slice(0, 4)}`
      : '';
  const head = t(language, 'sourceLineCli', { name });
  if (count === 0) return head;
  const detail = joinList(language, [
    t(language, 'sourceCount', { count }),
    ...(span ? [span] : []),
  ]);
  return t(language, 'parenthetical', { text: head, detail });
}
