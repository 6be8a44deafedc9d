// Small text helpers the page needs without the dataset schema and validator (which bring zod and
// YAML): bilingual fields split into English and Japanese, and rejected values described for an
// error message. schema.ts and validate.ts re-export them.

/** The English and (when given) Japanese text of a bilingual field (schema.ts `BilingualText`). */
export function splitBilingual(text: string | { en: string; ja: string } | undefined): {
  en?: string;
  ja?: string;
} {
  if (text === undefined) return {};
  return typeof text === 'string' ? { en: text } : { en: text.en, ja: text.ja };
}

/** A rejected value for a message: strings quoted (cut at 60 characters), lists and objects named. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : `a list of ${v.length}`;
  if (typeof v === 'object' && v !== null) return 'an object';
  return v === undefined ? 'nothing' : String(v);
}
