/**
 * One article file from bytes to publishable facts, text and messages: the single code path of
 * the `extract` command and the site's content loader.
 */
import { basename } from 'node:path';
import type { Facts } from '../../schemas/briefing.ts';
import type { Entry, Evidence, Status } from '../../schemas/entry.ts';
import { type ExtractionHints, extractFacts } from '../extract/extract-facts.ts';
import { provinceOf } from '../places/gazetteer.ts';
import type { Encoding } from '../text/decode.ts';
import { bodyBlocks, summaryOf } from './body.ts';
import { checkFacts } from './fact-checks.ts';
import type { Refusal } from './files.ts';
import { fingerprint } from './fingerprint.ts';
import { type FrontmatterResult, splitFrontmatter } from './frontmatter.ts';
import { idFromFile, placeholderId } from './ids.ts';
import { boundDates, mergeFacts } from './merge-facts.ts';
import { type ArticleMessage, articleMessage } from './messages.ts';
import { type CheckedOverrides, checkOverrides } from './overrides.ts';
import { bodyText, readText } from './read-text.ts';

export { MAX_ARTICLE_BYTES } from './files.ts';

/**
 * An article as the collection stores it (`EntrySchema`, the one source of its shape), with its
 * facts kept apart, its id (the stable id for URLs, see `ids.ts`) and the evidence the extract
 * command prints (`EvidenceSchema`), which the collection does not hold.
 */
export type ProcessedArticle = Readonly<Omit<Entry, keyof Facts> & { id: string; facts: Facts; evidence: Evidence }>;

/**
 * Reads, cleans, extracts and validates one article. Never throws: problems become messages,
 * and anything unforeseen quarantines the article with an internal error. `size` is the file's
 * whole size when only its first bytes were read.
 */
export function processArticle(file: string, bytes: Uint8Array, size?: number): ProcessedArticle {
	try {
		return processBytes(file, bytes, size ?? bytes.length);
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		return failed(
			file,
			'internal-error',
			`processing failed: ${reason.split('\n')[0]}`,
			[],
			'utf-8',
			'Xử lý bài viết bị lỗi',
		);
	}
}

function processBytes(file: string, bytes: Uint8Array, size: number): ProcessedArticle {
	const messages: ArticleMessage[] = [];
	const read = readText(file, bytes, size, messages);
	if (read.binary) {
		return failed(file, 'binary-file', 'the file is not text', messages, read.encoding, 'Tệp không phải văn bản');
	}
	const fm = splitFrontmatter(read.text);
	const overrides = frontmatterOverrides(file, fm, messages);
	const text = bodyText(file, fm.body, messages);
	if (!/\p{L}/u.test(text)) {
		return failed(file, 'empty-file', 'the article has no text', messages, read.encoding, 'Tệp không có chữ nào');
	}
	const values = overrides?.values ?? {};
	const extraction = extractFacts(text, extractionHints(overrides));
	const merged = mergeFacts(extraction, overrides);
	const facts = boundDates(file, merged.facts, values, fm.ok ? fm.fieldLines : new Map(), messages);
	const dateRefused = merged.facts.date !== null && facts.date === null;
	checkFacts(file, facts, extraction, { dateRefused, titleSet: Boolean(values.title) }, messages);
	return {
		file,
		id: values.slug ?? idFromFile(file),
		status: statusOf(messages),
		facts,
		codes: merged.codes,
		time: extraction.time,
		summary: summaryOf(extraction.document),
		body: bodyBlocks(extraction.document),
		evidence: extraction.evidence,
		overridden: Object.keys(values),
		messages,
		fingerprint: fingerprint(text),
		encoding: read.encoding,
	};
}

/** The frontmatter's fields, checked; its problems pushed onto `messages`. Null without frontmatter. */
function frontmatterOverrides(
	file: string,
	fm: FrontmatterResult,
	messages: ArticleMessage[],
): CheckedOverrides | null {
	if (!fm.ok) {
		messages.push(articleMessage(fm.code, file, fm.message, { line: fm.line, vi: fm.messageVi }));
		return null;
	}
	if (!fm.data) return null;
	const overrides = checkOverrides(file, fm.data, (field) => fm.fieldLines.get(field));
	messages.push(...overrides.messages);
	return overrides;
}

/** What the editor's frontmatter tells extraction: the province (or the district's) and the year. */
function extractionHints(overrides: CheckedOverrides | null): ExtractionHints {
	const province = overrides?.province ?? (overrides?.district ? provinceOf(overrides.district.provinceCode) : null);
	const date = overrides?.values.date;
	return { ...(province ? { province } : {}), ...(date ? { year: Number(date.slice(0, 4)) } : {}) };
}

function statusOf(messages: readonly ArticleMessage[]): Status {
	if (messages.some((m) => m.severity === 'error')) return 'quarantined';
	return messages.length > 0 ? 'warning' : 'published';
}

/** The collection data of an article (everything but its id and its evidence). */
export function entryData(article: ProcessedArticle): Entry {
	const { id: _id, facts, evidence: _evidence, ...rest } = article;
	return { ...facts, ...rest };
}

/** A file that could not be read at all (`reason`: the system's error code), quarantined. */
export function unreadable(file: string, reason: string): ProcessedArticle {
	const article = failed(
		file,
		'read-failed',
		`the file cannot be read (${reason})`,
		[],
		'utf-8',
		`Không đọc được tệp (${reason})`,
	);
	return { ...article, id: placeholderId(file) };
}

const REFUSALS: Readonly<Record<Refusal, readonly [en: string, vi: string]>> = {
	symlink: ['a symbolic link', 'Liên kết tượng trưng (symlink)'],
	fifo: ['a FIFO (named pipe)', 'Đường ống FIFO'],
	socket: ['a socket', 'Socket'],
	device: ['a device', 'Tệp thiết bị'],
	other: ['not a regular file', 'Không phải tệp thường'],
};

/** A path that is not a regular file (a link, a FIFO, a device): never read, quarantined. */
export function notAFile(file: string, refusal: Refusal): ProcessedArticle {
	const [en, vi] = REFUSALS[refusal];
	const article = failed(
		file,
		'not-a-file',
		`${en}: not followed or read`,
		[],
		'utf-8',
		`${vi}: không được mở hay đọc`,
	);
	return { ...article, id: placeholderId(file) };
}

/** The article with one more message, its status updated. */
export function withMessage(article: ProcessedArticle, message: ArticleMessage): ProcessedArticle {
	const messages = [...article.messages, message];
	return { ...article, messages, status: statusOf(messages) };
}

/** The article held back with an internal error: what the loader stores when the schema refuses it. */
export function quarantine(article: ProcessedArticle, reason: string): ProcessedArticle {
	return failed(
		article.file,
		'internal-error',
		`the extracted facts failed validation: ${reason.split('\n')[0]}`,
		[...article.messages],
		article.encoding,
		'Dữ liệu trích xuất không qua được kiểm tra',
	);
}

function failed(
	file: string,
	code: 'binary-file' | 'empty-file' | 'internal-error' | 'read-failed' | 'not-a-file',
	message: string,
	messages: ArticleMessage[],
	encoding: Encoding,
	vi?: string,
): ProcessedArticle {
	messages.push(articleMessage(code, file, message, vi ? { vi } : {}));
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
