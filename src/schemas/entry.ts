/**
 * One article as the site's content collection holds it: its facts plus what the pages and the
 * build report need (status, messages, readable text, codes). Quarantined articles are held too,
 * so that the report covers every file even when the loader's cache skips unchanged ones.
 */
import { z } from 'astro/zod';
import { FactsSchema } from './briefing.ts';
import { ArticleMessageSchema } from './message.ts';

export const STATUSES = ['published', 'warning', 'quarantined'] as const;

export const BodyBlockSchema = z
	.object({
		type: z.enum(['paragraph', 'heading', 'caption']),
		text: z.string(),
		/** Photo credit split off a caption. */
		credit: z.string().optional(),
	})
	.strict();

/**
 * The sentences the date, period, kind and district came from, for editors checking the
 * extraction: the extract command prints them; the collection does not hold them, since no page
 * or download shows them.
 */
export const EvidenceSchema = z
	.object({
		date: z.string().nullable(),
		period: z.string().nullable(),
		kind: z.string().nullable().optional(),
		district: z.string().nullable().optional(),
	})
	.strict();

export const EntrySchema = FactsSchema.extend({
	/** Path of the source file relative to the project root. */
	file: z.string(),
	/** published and warning are on the site; quarantined is only in the report and the editors' page. */
	status: z.enum(STATUSES),
	/** Statistics codes of the district and province. */
	codes: z.object({ district: z.string().nullable(), province: z.string().nullable() }).strict(),
	/** Publication time from the dateline, Vietnam time ("15:55"). */
	time: z.string().nullable(),
	/** The lede, shortened: the page description. */
	summary: z.string(),
	/** The readable text, block by block (also rendered to HTML by the Markdown processor). */
	body: z.array(BodyBlockSchema),
	/** Fields an editor set in frontmatter. */
	overridden: z.array(z.string()),
	messages: z.array(ArticleMessageSchema),
	/** Hash of the cleaned text: equal texts under two file names are duplicates. */
	fingerprint: z.string(),
	/** How the file was encoded. */
	encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1258']),
});

export type Entry = z.output<typeof EntrySchema>;
export type BodyBlock = z.output<typeof BodyBlockSchema>;
export type Evidence = z.output<typeof EvidenceSchema>;
export type Status = (typeof STATUSES)[number];
