// The UI's door to the message catalog (src/i18n): t(), the list helpers and vocabulary names.
export { t, joinList, formatNumber, type TextKey as StringKey } from '../i18n/catalog';
export { nameOf } from '../model/language';
