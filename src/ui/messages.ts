// Messages of the analyses and of the view computation in the app's language: the renderers of
// src/graph/analysis-messages.ts bound to the loaded graph, so that actors are named by their label
// in the current language (ids in quotes for actors the graph lacks); and the page's warnings
// (src/view/warnings.ts) in the current language.
import type { AbstractGraph } from 'graphology-types';
import type { Language } from '../model/language';
import {
  namerOf,
  renderNotice,
  renderViewNotice,
  type Notice,
  type ViewNotice,
} from '../graph/analysis-messages';
import { renderWarning, type AppWarning } from '../view/warnings';

/** One notice (an analysis failure, or a view step it skipped) as a sentence in `language`. */
export function noticeText(
  graph: AbstractGraph | null | undefined,
  language: Language,
  notice: Notice | ViewNotice,
): string {
  const name = namerOf(graph, language);
  return 'step' in notice
    ? renderViewNotice(notice, language, name)
    : renderNotice(notice, language, name);
}

/** One warning (bad URL parameter, id the data lacks, filter reset) as a sentence in `language`. */
export function warningText(language: Language, warning: AppWarning): string {
  return renderWarning(warning, language);
}
