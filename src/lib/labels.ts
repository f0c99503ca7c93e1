/**
 * Compatibility path: src/lib/article/facts-text.ts and src/lib/extract/title.ts (being changed
 * by other engineers) import these from here. They live in src/lib/format/; import them from
 * there in new code, and delete this file once those two do.
 */
export { formatPeriod } from './format/dates.ts';
export { INDICATOR_LABELS, KIND_LABELS, LEVEL_LABELS, ROLE_LABELS } from './format/enum-names.ts';
export { formatNumber } from './format/numbers.ts';
