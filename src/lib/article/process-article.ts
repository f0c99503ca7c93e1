/**
 * One article file from bytes to publishable facts, text and messages: the single code path of
 * the `extract` command and the site's content loader.
 */
import { basename, extname } from 'node:path';
import { type Facts, FactsSchema } from '../../schemas/briefing.ts';
import type { Entry, Status } from '../../schemas/entry.ts';
import { type Extraction, extractFacts } from '../extract/extract-facts.ts';
import { type District, provinceOf } from '../places/gazetteer.ts';
import { cutBytes, decodeBytes, type Encoding } from '../text/decode.ts';
import { slugify } from '../text/fold.ts';
import { decodeEntities, hasEntities, htmlToText, looksLikeHtml } from '../text/html.ts';
import { looksDoubleEncoded, repairDoubleEncoding } from '../text/mojibake.ts';
import { cleanField, normalizeText } from '../text/normalize.ts';
import { type BodyBlock, bodyBlocks, summaryOf } from './body.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { type ArticleMessage, articleMessage } from './messages.ts';
import { type CheckedOverrides, checkOverrides } from './overrides.ts';

/** Files longer than this are read only this far (a news article is a few kilobytes). */
export const MAX_ARTICLE_BYTES = 512 * 1024;

export type ArticleStatus = Status;

/** An article as the collection stores it (see `EntrySchema`), with its id. */
export interface ProcessedArticle {
	/** Stable id for URLs: the file name's slug, or the frontmatter `slug`. */
	readonly id: string;
	readonly file: string;
	readonly status: Status;
	readonly facts: Facts;
	readonly codes: Entry['codes'];
	readonly time: string | null;
	readonly summary: string;
	readonly body: readonly BodyBlock[];
	readonly evidence: Entry['evidence'];
	readonly overridden: readonly string[];
	readonly messages: readonly ArticleMessage[];
	readonly fingerprint: string;
	readonly encoding: Encoding;
}

/** Reads, cleans, extracts and validates one article. Never throws: problems become messages. */
export function processArticle(file: string, bytes: Uint8Array): ProcessedArticle {
	const messages: ArticleMessage[] = [];
	let input = bytes;
	if (input.length > MAX_ARTICLE_BYTES) {
		messages.push(
			articleMessage(
				'huge-file',
				file,
				`the file is ${Math.round(input.length / 1024)} KiB; only the first ${MAX_ARTICLE_BYTES / 1024} KiB were read`,
			),
		);
		// Never in the middle of a character: a cut sequence would make the whole file fail UTF-8.
		input = cutBytes(input, MAX_ARTICLE_BYTES);
	}
	const decoded = decodeBytes(input);
	if (decoded.binary) {
		return failed(file, 'binary-file', 'the file is not text', messages, decoded.encoding);
	}
	if (decoded.encoding === 'windows-1258') {
		messages.push(articleMessage('legacy-encoding', file, 'the file is not valid UTF-8; it was read as Windows-1258'));
	} else if (decoded.encoding !== 'utf-8') {
		messages.push(articleMessage('utf16', file, `the file is ${decoded.encoding.toUpperCase()}`));
	} else if (decoded.invalid > 0) {
		messages.push(
			articleMessage(
				'invalid-utf8-bytes',
				file,
				`${decoded.invalid} byte sequence${decoded.invalid === 1 ? ' that is' : 's that are'} not UTF-8 in otherwise UTF-8 text ${decoded.invalid === 1 ? 'was' : 'were'} dropped`,
			),
		);
	}
	let raw = decoded.text;
	if (looksDoubleEncoded(raw)) {
		const repaired = repairDoubleEncoding(raw);
		if (repaired) {
			raw = repaired;
			messages.push(
				articleMessage('mojibake-repaired', file, 'the text had been decoded with the wrong encoding once'),
			);
		}
	}
	const lf = raw.replace(/\r\n?/g, '\n');
	const fm = splitFrontmatter(lf);
	let overrides: CheckedOverrides | null = null;
	if (!fm.ok) {
		messages.push(articleMessage(fm.code, file, fm.message, { line: fm.line }));
	} else if (fm.data) {
		overrides = checkOverrides(file, fm.data, (field) => fm.fieldLines.get(field));
		messages.push(...overrides.messages);
	}
	let body = fm.body;
	if (looksLikeHtml(body)) {
		body = htmlToText(body);
		messages.push(articleMessage('html-stripped', file, 'the article was pasted with its HTML markup'));
	} else if (hasEntities(body)) {
		body = decodeEntities(body);
	}
	const text = normalizeText(body);
	if (!/\p{L}/u.test(text)) {
		return failed(file, 'empty-file', 'the article has no text', messages, decoded.encoding);
	}
	const values = overrides?.values ?? {};
	const hintProvince =
		overrides?.province ?? (overrides?.district ? provinceOf(overrides.district.provinceCode) : null);
	const hintYear = values.date ? Number(values.date.slice(0, 4)) : undefined;
	const extraction = extractFacts(text, {
		...(hintProvince ? { province: hintProvince } : {}),
		...(hintYear !== undefined ? { year: hintYear } : {}),
	});
	const merged = mergeFacts(extraction, overrides);
	const facts = FactsSchema.safeParse(merged.facts);
	if (!facts.success) {
		// Extraction produced something the schema refuses: a bug, reported rather than thrown.
		const issue = facts.error.issues[0];
		messages.push(
			articleMessage(
				'internal-error',
				file,
				`extracted facts failed validation at ${issue?.path.join('.')}: ${issue?.message}`,
			),
		);
	}
	if (!merged.facts.district && merged.facts.districts.length === 0) {
		messages.push(
			articleMessage('no-district', file, 'no district of the 2023–2024 gazetteer is named in the article'),
		);
	}
	for (const name of extraction.places.unresolved) {
		if (merged.facts.district) continue;
		messages.push(
			articleMessage(
				'unresolved-place',
				file,
				`"${name}" is a district name in several provinces and the article does not say which`,
			),
		);
	}
	if (!merged.facts.date) {
		messages.push(
			articleMessage('no-date', file, extraction.dateWarning ?? 'the article does not say when the event took place'),
		);
	}
	if (!extraction.hasHeadline && !values.title) {
		messages.push(
			articleMessage(
				'no-headline',
				file,
				`no headline line; the title "${merged.facts.title}" was made from the facts`,
			),
		);
	}
	return {
		file,
		id: values.slug ?? idFromFile(file),
		status: statusOf(messages),
		facts: merged.facts,
		codes: merged.codes,
		time: extraction.time,
		summary: summaryOf(extraction.document),
		body: bodyBlocks(extraction.document),
		evidence: extraction.evidence,
		overridden: Object.keys(values),
		messages,
		fingerprint: fingerprint(text),
		encoding: decoded.encoding,
	};
}

/** The id of an article from its file name: "000_bcc1ecf503c2fdd8.txt" → "000-bcc1ecf503c2fdd8". */
export function idFromFile(file: string): string {
	return slugify(basename(file, extname(file))) || 'bai-viet';
}

function statusOf(messages: readonly ArticleMessage[]): ArticleStatus {
	if (messages.some((m) => m.severity === 'error')) return 'quarantined';
	return messages.length > 0 ? 'warning' : 'published';
}

function fingerprint(text: string): string {
	// FNV-1a in two 32-bit lanes over the lower-cased text, each run of line breaks read as one
	// space (copies of one article differ in case and line breaks); finding copies needs no
	// cryptographic strength, and this is several times cheaper than a SHA-1 of a normalised copy.
	const lower = text.toLowerCase();
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let i = 0; i < lower.length; i++) {
		let c = lower.charCodeAt(i);
		if (c === 10) {
			if (lower.charCodeAt(i + 1) === 10) continue;
			c = 32;
		}
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
	}
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function mergeFacts(
	extraction: Extraction,
	overrides: CheckedOverrides | null,
): { facts: Facts; codes: ProcessedArticle['codes'] } {
	const extracted = extraction.facts;
	// An editor's strings are as untrusted as the article: cleaned the same way (no invisible,
	// bidi or XML-forbidden character reaches a title, a feed or a page).
	const v = cleanStrings(overrides?.values ?? {});
	let district: District | null = overrides?.district ?? extraction.places.district;
	const province = overrides?.district
		? provinceOf(overrides.district.provinceCode)
		: (overrides?.province ?? extraction.places.province);
	// A province set by hand that the found district is not in: the district cannot stand.
	if (district && province && district.provinceCode !== province.code) district = null;
	const others = (overrides?.districts ?? extraction.places.districts).filter(
		(d) => d.code !== district?.code && (!province || d.provinceCode === province.code),
	);
	const districts = [...(district ? [district] : []), ...others];
	const facts: Facts = {
		title: v.title || extracted.title,
		date: v.date ?? extracted.date,
		province: province?.name ?? null,
		district: district?.name ?? null,
		districts: districts.map((d) => d.name),
		kind: v.kind ?? extracted.kind,
		period: v.period !== undefined ? v.period : extracted.period,
		officials: v.officials ?? extracted.officials,
		indicators: v.indicators ?? extracted.indicators,
		source: {
			outlet: v.source?.outlet !== undefined ? v.source.outlet || null : extracted.source.outlet,
			url: v.source?.url !== undefined ? v.source.url : extracted.source.url,
			author: v.source?.author !== undefined ? v.source.author || null : extracted.source.author,
		},
	};
	return { facts, codes: { district: district?.code ?? null, province: province?.code ?? null } };
}

/** `value` with every string in it cleaned by `cleanField`. */
function cleanStrings<T>(value: T): T {
	if (typeof value === 'string') return cleanField(value) as T;
	if (Array.isArray(value)) return value.map(cleanStrings) as T;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, cleanStrings(x)])) as T;
	}
	return value;
}

/** The collection data of an article (everything but its id). */
export function entryData(article: ProcessedArticle): Entry {
	const { id: _id, facts, ...rest } = article;
	return { ...facts, ...rest, overridden: [...rest.overridden], messages: [...rest.messages], body: [...rest.body] };
}

/** A file that could not be read at all (`reason`: the system's error code), quarantined. */
export function unreadable(file: string, reason: string): ProcessedArticle {
	return failed(file, 'read-failed', `the file cannot be read (${reason})`, [], 'utf-8');
}

/** The article held back with an internal error: what the loader stores when the schema refuses it. */
export function quarantine(article: ProcessedArticle, reason: string): ProcessedArticle {
	return failed(
		article.file,
		'internal-error',
		`the extracted facts failed validation: ${reason.split('\n')[0]}`,
		[...article.messages],
		article.encoding,
	);
}

function failed(
	file: string,
	code: 'binary-file' | 'empty-file' | 'internal-error' | 'read-failed',
	message: string,
	messages: ArticleMessage[],
	encoding: Encoding,
): ProcessedArticle {
	messages.push(articleMessage(code, file, message));
	return {
		file,
		id: idFromFile(file),
		status: 'quarantined',
		facts: {
			title: basename(file),
			date: null,
			province: null,
			district: null,
			districts: [],
			kind: 'other',
			period: null,
			officials: [],
			indicators: [],
			source: { outlet: null, url: null, author: null },
		},
		codes: { district: null, province: null },
		time: null,
		summary: '',
		body: [],
		evidence: { date: null, period: null },
		overridden: [],
		messages,
		fingerprint: '',
		encoding,
	};
}
