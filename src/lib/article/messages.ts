/**
 * The one catalog of what can be wrong with an article: each entry says how serious it is and
 * how to fix it; a message adds what happened, the file and, where known, the field or line.
 */
import type { ArticleMessage, MessageCode, Severity } from '../../schemas/message.ts';

export type { ArticleMessage, MessageCode };

interface CatalogEntry {
	readonly severity: Severity;
	readonly hint: string;
}

/** Every message the project emits about articles. */
export const CATALOG = {
	'empty-file': { severity: 'error', hint: 'Paste the article text into the file, or delete the file.' },
	'binary-file': {
		severity: 'error',
		hint: 'Save the article as plain text (UTF-8); this file holds binary data (an image, a PDF or a Word file?).',
	},
	'huge-file': {
		severity: 'warning',
		hint: 'Only the beginning of the file was read; split it into one file per article.',
	},
	'legacy-encoding': {
		severity: 'warning',
		hint: 'The text was not valid UTF-8 and was read as Windows-1258; check the diacritics on its page, and re-save it as UTF-8.',
	},
	utf16: { severity: 'warning', hint: 'Re-save the file as UTF-8 to keep the project consistent.' },
	'mojibake-repaired': {
		severity: 'warning',
		hint: 'The text had been decoded with the wrong encoding once ("Ä\u0090iá»‡n") and was repaired; re-save it from the original.',
	},
	'html-stripped': {
		severity: 'warning',
		hint: 'HTML tags were removed and entities decoded; paste the article as plain text to keep its layout.',
	},
	'frontmatter-unclosed': {
		severity: 'error',
		hint: 'Close the frontmatter with a line holding only "---" after the last field.',
	},
	'frontmatter-yaml': {
		severity: 'error',
		hint: 'Fix the YAML syntax at the line shown ("field: value", one per line).',
	},
	'frontmatter-not-mapping': {
		severity: 'error',
		hint: 'Frontmatter must be "field: value" lines, not a list or a single value.',
	},
	'frontmatter-field': { severity: 'error', hint: 'Correct the value or remove the field to let extraction decide.' },
	'unknown-field': { severity: 'error', hint: 'Remove the field or correct its name.' },
	'unknown-province': { severity: 'error', hint: 'Use a province name from the 2023–2024 gazetteer.' },
	'unknown-district': {
		severity: 'error',
		hint: 'Use a district name from the 2023–2024 gazetteer (districts were abolished on 1 July 2025; use the old unit).',
	},
	'district-not-in-province': { severity: 'error', hint: 'Correct the district or the province so that they agree.' },
	'ambiguous-district': {
		severity: 'error',
		hint: 'Several provinces have a district of this name: set `province` as well.',
	},
	'no-district': {
		severity: 'error',
		hint: 'Name the district in the text ("huyện Nậm Pồ"), or set `district` (and `province`) in frontmatter.',
	},
	'no-date': { severity: 'warning', hint: 'Set `date: YYYY-MM-DD` in frontmatter.' },
	'unresolved-place': {
		severity: 'warning',
		hint: 'Name the province in the text or set `province` in frontmatter so the district can be placed.',
	},
	'no-headline': {
		severity: 'warning',
		hint: 'The title was made from the facts; set `title` in frontmatter or put the headline on the first line.',
	},
	duplicate: { severity: 'error', hint: 'Delete one of the two files, or change one if they are different articles.' },
	'read-failed': { severity: 'error', hint: 'Check that the file exists and can be read.' },
	'internal-error': {
		severity: 'error',
		hint: 'This is a bug in the extractor; please report it with the file attached.',
	},
} as const satisfies Record<MessageCode, CatalogEntry>;

/** Builds a message from the catalog. */
export function articleMessage(
	code: MessageCode,
	file: string,
	message: string,
	where: { field?: string; line?: number; hint?: string } = {},
): ArticleMessage {
	const entry: CatalogEntry = CATALOG[code];
	return {
		code,
		severity: entry.severity,
		file,
		...(where.field !== undefined ? { field: where.field } : {}),
		...(where.line !== undefined ? { line: where.line } : {}),
		message,
		hint: where.hint ?? entry.hint,
	};
}

/** "content/articles/x.md:3 (district): … — fix: …", the one line printed for a message. */
export function formatMessage(m: ArticleMessage): string {
	const at = `${m.file}${m.line !== undefined ? `:${m.line}` : ''}`;
	const field = m.field !== undefined ? ` (${m.field})` : '';
	return `${at}${field}: ${m.message} — ${m.hint} [${m.code}]`;
}
