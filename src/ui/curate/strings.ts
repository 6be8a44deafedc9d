// The curation mode's texts: the catalog's curate_* entries (src/i18n/messages.ts), by their short key.
import { t, type TextKey } from '../../i18n/catalog';
import type { Language } from '../../model/language';

export type CurateKey = { [K in TextKey]: K extends `curate_${infer R}` ? R : never }[TextKey];

export function ct(language: Language, key: CurateKey): string {
  return t(language, `curate_${key}`);
}
