// Finds known actors in a sentence by their names and aliases in both scripts: longest name first,
// never inside a longer word. Latin names need non-alphanumeric neighbours ("US" not in "USE");
// katakana names need non-katakana neighbours ("インド" not in "インドネシア"); kanji names must not cut a
// word of the Japanese word segmenter ("日本" not in "日本海"); one-character abbreviations (米, 中, ロ, 日 …)
// count only in compounds of abbreviations (日米, 中ロ, 在日米軍) or before a word such as 政府 or 外相.
import type { Actor } from '../model/schema';

export interface ActorMatch {
  actorId: string;
  /** The name or alias as it occurs in the text. */
  text: string;
  start: number;
  end: number;
}

interface Name {
  text: string;
  actorId: string;
}

export interface ActorIndex {
  /** Names of two or more characters, longest first. */
  names: Name[];
  /** One-character abbreviations (CJK), by character. */
  abbreviations: Map<string, string>;
}

const KATAKANA = /[\u30a0-\u30fa\u30fc-\u30ff\uff66-\uff9f]/; // without the middle dot ・
const KANJI = /[\u3400-\u9fff\uf900-\ufaff々]/;
const DIGIT = /[0-9０-９〜~]/;
const LATIN_WORD = /[A-Za-z0-9\u00c0-\u024f]/;
/** Words that may follow a lone one-character abbreviation: 米政府, 露外相, 中側. */
const ABBREVIATION_HEADS = [
  '政府',
  '大統領',
  '首相',
  '外相',
  '国防相',
  '国務長官',
  '軍',
  '側',
  '当局',
  '首脳',
  '高官',
  '両国',
  '関係',
  '大使',
  '議会',
];
/** Prefixes that may precede a one-character abbreviation: 対ロ, 訪米, 駐日, 在日. */
const ABBREVIATION_PREFIXES = new Set(['対', '訪', '駐', '在', '親', '反', '来', '離']);

export function buildActorIndex(
  actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[],
): ActorIndex {
  const seen = new Map<string, string>();
  const abbreviations = new Map<string, string>();
  for (const actor of actors) {
    for (const raw of [actor.name.en, actor.name.ja, ...(actor.aliases ?? [])]) {
      const text = raw.trim();
      if (text.length === 0) continue;
      if (text.length === 1) {
        if (KANJI.test(text) || KATAKANA.test(text)) {
          if (!abbreviations.has(text)) abbreviations.set(text, actor.id);
        }
        continue;
      }
      // The first actor to claim a name keeps it (actors come in file order: deterministic).
      if (!seen.has(text)) seen.set(text, actor.id);
    }
  }
  const names = [...seen].map(([text, actorId]) => ({ text, actorId }));
  names.sort(
    (a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  return { names, abbreviations };
}

/** Actor mentions in `text`, in order of position, without overlaps (the longest name wins). */
export function findActors(text: string, index: ActorIndex): ActorMatch[] {
  const taken = new Uint8Array(text.length);
  const matches: ActorMatch[] = [];
  const words = wordBoundaries(text);
  for (const name of index.names) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(name.text, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + name.text.length;
      if (isTaken(taken, at, end) || !standsAlone(text, at, end, name.text, words)) continue;
      taken.fill(1, at, end);
      matches.push({ actorId: name.actorId, text: name.text, start: at, end });
    }
  }
  matches.push(...findAbbreviations(text, index, taken));
  return matches.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

function standsAlone(
  text: string,
  start: number,
  end: number,
  name: string,
  words: Set<number> | null,
): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const first = name[0] ?? '';
  const last = name[name.length - 1] ?? '';
  if (LATIN_WORD.test(first) && LATIN_WORD.test(before)) return false;
  if (LATIN_WORD.test(last) && LATIN_WORD.test(after)) return false;
  if (KATAKANA.test(first) && KATAKANA.test(before)) return false;
  if (KATAKANA.test(last) && KATAKANA.test(after)) return false;
  if (words && (KANJI.test(first) || KANJI.test(last))) {
    // A kanji name must start and end on word boundaries of the segmenter when its neighbour is kanji.
    if (KANJI.test(first) && KANJI.test(before) && !words.has(start)) return false;
    if (KANJI.test(last) && KANJI.test(after) && !words.has(end)) return false;
  }
  return true;
}

/** Start offsets of the words of the Japanese word segmenter, or null where Intl.Segmenter is missing. */
function wordBoundaries(text: string): Set<number> | null {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return null;
  const out = new Set<number>([text.length]);
  for (const seg of new Intl.Segmenter('ja', { granularity: 'word' }).segment(text))
    out.add(seg.index);
  return out;
}

function findAbbreviations(text: string, index: ActorIndex, taken: Uint8Array): ActorMatch[] {
  const out: ActorMatch[] = [];
  if (index.abbreviations.size === 0) return out;
  const isAbbr = (i: number) => !taken[i] && index.abbreviations.has(text[i] ?? '');
  let i = 0;
  while (i < text.length) {
    if (!isAbbr(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isAbbr(j)) j++;
    const before = text[i - 1] ?? '';
    const prefixed = ABBREVIATION_PREFIXES.has(before);
    const startsWord =
      prefixed || !(KANJI.test(before) || KATAKANA.test(before) || DIGIT.test(before));
    const rest = text.slice(j);
    // A compound of abbreviations (日米, 中ロ) stands on its own; a lone one (米, 日) needs a prefix
    // (対ロ, 訪米) or a following head word (米政府), or else 日 in 「その日は」 would be Japan.
    const ok =
      j - i >= 2
        ? startsWord
        : prefixed || (startsWord && ABBREVIATION_HEADS.some((h) => rest.startsWith(h)));
    const katakanaNeighbour = KATAKANA.test(text[j] ?? '') && KATAKANA.test(text[j - 1] ?? '');
    if (ok && !katakanaNeighbour && !taken[i - 1]) {
      for (let k = i; k < j; k++) {
        const ch = text[k] ?? '';
        out.push({ actorId: index.abbreviations.get(ch) ?? '', text: ch, start: k, end: k + 1 });
      }
    }
    i = j;
  }
  return out;
}
