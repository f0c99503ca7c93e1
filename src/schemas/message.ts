/**
 * A problem found in an article file: what the build report, the editors' page and the
 * `extract` command print.
 */
import { z } from 'astro/zod';

/** Stable message codes: editors and scripts match on them, so a code never changes meaning. */
export const MESSAGE_CODES = [
	'empty-file',
	'binary-file',
	'huge-file',
	'legacy-encoding',
	'utf16',
	'mojibake-repaired',
	'html-stripped',
	'frontmatter-unclosed',
	'frontmatter-yaml',
	'frontmatter-not-mapping',
	'frontmatter-field',
	'unknown-field',
	'unknown-province',
	'unknown-district',
	'district-not-in-province',
	'ambiguous-district',
	'no-district',
	'no-date',
	'date-out-of-range',
	'implausible-date',
	'unresolved-place',
	'no-headline',
	'duplicate',
	'read-failed',
	'internal-error',
	'not-a-file',
	'id-taken',
	'invalid-utf8-bytes',
] as const;

export const ArticleMessageSchema = z
	.object({
		/** Stable identifier of what happened. */
		code: z.enum(MESSAGE_CODES),
		/** error: the article cannot be published as it is; warning: published, but an editor should look. */
		severity: z.enum(['error', 'warning']),
		/** The article's path, relative to the project root in the build. */
		file: z.string(),
		/** The frontmatter or fact field concerned ("district", "officials[0].level"). */
		field: z.string().optional(),
		/** 1-based line in the file. */
		line: z.number().int().positive().optional(),
		/** What happened, in one sentence. */
		message: z.string(),
		/** How to fix it. */
		hint: z.string(),
		/** The same in Vietnamese, for editors: what happened, and how to fix it. */
		vi: z.object({ message: z.string(), hint: z.string() }).strict(),
	})
	.strict();

export type MessageCode = (typeof MESSAGE_CODES)[number];
export type Severity = z.output<typeof ArticleMessageSchema>['severity'];
export type ArticleMessage = z.output<typeof ArticleMessageSchema>;
