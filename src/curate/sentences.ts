// Splits pasted article text (Japanese or English) into sentences with their offsets, so the article
// assistant can offer each sentence as a verbatim quote. Rules, in order:
//  - 。！？ end a sentence; . ! ? end one when followed by white space (or the end) and the next word
//    does not continue it (abbreviations such as "Mr." or "U.S." and decimals such as 3.5 do not end one);
//  - nothing inside 「」『』（）()【】“” or "…" ends a sentence; closing quotes and brackets right after a
//    terminator belong to the sentence;
//  - a blank line always ends a sentence; a single line break ends one too (headlines, list items)
//    unless the sentence is visibly wrapped (a line ends in 、 or a lower-case word continues it).
// ICU's sentence segmentation (Intl.Segmenter) splits after "Mr." and inside quotations, so it is not
// used here; the word segmenter helps the actor finder instead (see actor-finder.ts).

export interface Sentence {
  /** The sentence, trimmed. */
  text: string;
  /** Offsets of `text` in the input. */
  start: number;
  end: number;
}

const JA_END = new Set(['。', '！', '？', '‼', '⁉']);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const EN_END = new Set(['.', '!', '?']);
const OPEN_TO_CLOSE: Record<string, string> = {
  '「': '」',
  '『': '』',
  '（': '）',
  '(': ')',
  '【': '】',
  '“': '”',
  '［': '］',
  '[': ']',
};
const CLOSERS = new Set([...Object.values(OPEN_TO_CLOSE), '"', "'", '’']);
/** Words after which a full stop does not end an English sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'st',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'co',
  'corp',
  'ltd',
]);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const stack: string[] = [];
  let inAsciiQuote = false;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0)
      out.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      // Line breaks end open brackets too: an unbalanced bracket must not swallow the article.
      if (isBlankLineAhead(text, i) || !isWrappedEnglish(text, i)) {
        stack.length = 0;
        inAsciiQuote = false;
        push(i);
      }
      continue;
    }
    const close = OPEN_TO_CLOSE[ch];
    if (close) {
      stack.push(close);
      continue;
    }
    if ((stack.length > 0 && ch === stack[stack.length - 1]) || (ch === '"' && inAsciiQuote)) {
      if (ch === '"') inAsciiQuote = false;
      else stack.pop();
      // “We will respond.” Then …: a quotation ending in a terminator ends an English sentence.
      if (stack.length === 0 && !inAsciiQuote && quotationEndsSentence(text, i)) {
        push(i + 1);
      }
      continue;
    }
    if (ch === '"') {
      inAsciiQuote = true;
      continue;
    }
    if (stack.length > 0 || inAsciiQuote) continue;
    if (JA_END.has(ch)) {
      push(afterClosers(text, i + 1));
      i = start - 1;
    } else if (EN_END.has(ch) && endsEnglishSentence(text, i)) {
      push(afterClosers(text, i + 1));
      i = start - 1;
    }
  }
  push(text.length);
  return out;
}

/** Index after any terminators and closing quotes/brackets that follow position `i`. */
function afterClosers(text: string, i: number): number {
  let j = i;
  while (
    j < text.length &&
    (CLOSERS.has(text[j] ?? '') || JA_END.has(text[j] ?? '') || EN_END.has(text[j] ?? ''))
  )
    j++;
  return j;
}

function endsEnglishSentence(text: string, i: number): boolean {
  const next = text[afterClosers(text, i + 1)];
  if (next !== undefined && CJK.test(next)) return true; // "本当?はい": ASCII marks in Japanese
  if (next !== undefined && !/\s/.test(next)) return false; // "3.5", "U.S.", "example.com"
  if (text[i] !== '.') return true;
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/.test(word) && text[i - 2] === '.') return false; // "U.S. envoy": initials
  if (/^[A-Z]$/.test(word) && /\s/.test(text[i - 2] ?? ' ')) return false; // "John F. Kennedy"
  return true;
}

function quotationEndsSentence(text: string, i: number): boolean {
  return EN_END.has(text[i - 1] ?? '') && /^\s+[A-Z“"]/.test(text.slice(i + 1, i + 4));
}

function isBlankLineAhead(text: string, i: number): boolean {
  return (
    /^\n[ \t\u3000]*\n/.test(text.slice(i, i + 40)) || /\n[ \t\u3000]*$/.test(text.slice(0, i))
  );
}

/** A line that ends inside an English sentence and continues in lower case on the next line. */
function isWrappedEnglish(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 2), i).trimEnd();
  const after = text.slice(i + 1, i + 3).trimStart();
  if (/[、，]$/.test(before)) return true; // a Japanese line broken after a comma
  return /[A-Za-z,;:-]$/.test(before) && /^[a-z]/.test(after);
}
