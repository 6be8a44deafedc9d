// The two interface languages and how a vocabulary value is named in one of them (our vocabulary's
// names, the names of foreign values we know, else the value itself). Shared by every layer.
import { FOREIGN_VALUE_INFO } from './vocabulary';

export type Language = 'en' | 'ja';

export const LANGUAGES: readonly Language[] = ['en', 'ja'];

/** A vocabulary value by its name in `language` (an unknown value by itself). */
export function nameOf(
  table: Record<string, { en: string; ja: string }>,
  value: string,
  language: Language,
): string {
  return table[value]?.[language] ?? FOREIGN_VALUE_INFO[value]?.[language] ?? value;
}
