/**
 * One article file from bytes to publishable facts, text and messages: the single code path of
 * the `extract` command and the site's content loader.
 */
import { basename } from 'node:path';
import { type Facts, FactsSchema } from '../../schemas/briefing.ts';
import type { Entry, Status } from '../../schemas/entry.ts';
import { EARLIEST_DATE, isPlausibleDate, latestDate } from '../dates/bounds.ts';
import { type Extraction, extractFacts } from '../extract/extract-facts.ts';
import { type District, provinceOf } from '../places/gazetteer.ts';
import { cutBytes, decodeBytes, type Encoding } from '../text/decode.ts';
import { decodeEntities, hasEntities, htmlToText, looksLikeHtml } from '../text/html.ts';
import { looksDoubleEncoded, repairDoubleEncoding } from '../text/mojibake.ts';
import { cleanField, normalizeText } from '../text/normalize.ts';
import { type BodyBlock, bodyBlocks, summaryOf } from './body.ts';
import type { Refusal } from './files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { idFromFile, placeholderId } from './ids.ts';
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
	let input = bytes;
	if (size > MAX_ARTICLE_BYTES) {
		messages.push(
			articleMessage(
				'huge-file',
				file,
				`the file is ${Math.round(size / 1024)} KiB; only the first ${MAX_ARTICLE_BYTES / 1024} KiB were read`,
				{ vi: `Tệp dài ${Math.round(size / 1024)} KiB; chỉ ${MAX_ARTICLE_BYTES / 1024} KiB đầu được đọc` },
			),
		);
		// Never in the middle of a character: a cut sequence would make the whole file fail UTF-8.
		input = cutBytes(input, MAX_ARTICLE_BYTES);
	}
	const decoded = decodeBytes(input);
	if (decoded.binary) {
		return failed(file, 'binary-file', 'the file is not text', messages, decoded.encoding, 'Tệp không phải văn bản');
	}
	if (decoded.encoding === 'windows-1258') {
		messages.push(
			articleMessage('legacy-encoding', file, 'the file is not valid UTF-8; it was read as Windows-1258', {
				vi: 'Tệp không phải UTF-8 hợp lệ; đã được đọc theo mã Windows-1258',
			}),
		);
	} else if (decoded.encoding !== 'utf-8') {
		messages.push(
			articleMessage('utf16', file, `the file is ${decoded.encoding.toUpperCase()}`, {
				vi: `Tệp được lưu dưới mã ${decoded.encoding.toUpperCase()}`,
			}),
		);
	} else if (decoded.invalid > 0) {
		messages.push(
			articleMessage(
				'invalid-utf8-bytes',
				file,
				`${decoded.invalid} byte sequence${decoded.invalid === 1 ? ' that is' : 's that are'} not UTF-8 in otherwise UTF-8 text ${decoded.invalid === 1 ? 'was' : 'were'} dropped`,
				{ vi: `${decoded.invalid} chuỗi byte không đúng UTF-8 trong văn bản UTF-8 đã bị bỏ` },
			),
		);
	}
	let raw = decoded.text;
	if (looksDoubleEncoded(raw)) {
		const repaired = repairDoubleEncoding(raw);
		if (repaired) {
			raw = repaired;
			messages.push(
				articleMessage('mojibake-repaired', file, 'the text had been decoded with the wrong encoding once', {
					vi: 'Văn bản từng bị đọc sai mã hóa một lần và đã được sửa',
				}),
			);
		}
	}
	const lf = raw.replace(/\r\n?/g, '\n');
	const fm = splitFrontmatter(lf);
	let overrides: CheckedOverrides | null = null;
	if (!fm.ok) {
		messages.push(articleMessage(fm.code, file, fm.message, { line: fm.line, vi: fm.messageVi }));
	} else if (fm.data) {
		overrides = checkOverrides(file, fm.data, (field) => fm.fieldLines.get(field));
		messages.push(...overrides.messages);
	}
	let body = fm.body;
	if (looksLikeHtml(body)) {
		body = htmlToText(body);
		messages.push(
			articleMessage('html-stripped', file, 'the article was pasted with its HTML markup', {
				vi: 'Bài được dán kèm mã HTML; mã đã được bỏ',
			}),
		);
	} else if (hasEntities(body)) {
		body = decodeEntities(body);
	}
	const text = normalizeText(body);
	if (!/\p{L}/u.test(text)) {
		return failed(file, 'empty-file', 'the article has no text', messages, decoded.encoding, 'Tệp không có chữ nào');
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
	const date = merged.facts.date;
	merged.facts = boundDates(file, merged.facts, values, fm.ok ? fm.fieldLines : new Map(), messages);
	const facts = FactsSchema.safeParse(merged.facts);
	if (!facts.success) {
		// Extraction produced something the schema refuses: a bug, reported rather than thrown.
		const issue = facts.error.issues[0];
		messages.push(
			articleMessage(
				'internal-error',
				file,
				`extracted facts failed validation at ${issue?.path.join('.')}: ${issue?.message}`,
				{ vi: `Dữ liệu trích xuất không hợp lệ ở ${issue?.path.join('.')}` },
			),
		);
	}
	if (!merged.facts.district && merged.facts.districts.length === 0) {
		messages.push(
			articleMessage('no-district', file, 'no district of the 2023–2024 gazetteer is named in the article', {
				vi: 'Bài không nêu tên huyện nào trong danh mục 2023–2024',
			}),
		);
	}
	for (const name of extraction.places.unresolved) {
		if (merged.facts.district) continue;
		messages.push(
			articleMessage(
				'unresolved-place',
				file,
				`"${name}" is a district name in several provinces and the article does not say which`,
				{ vi: `"${name}" là tên huyện ở nhiều tỉnh và bài không nói rõ tỉnh nào` },
			),
		);
	}
	if (!merged.facts.date && !date) {
		messages.push(
			articleMessage(
				'no-date',
				file,
				extraction.dateWarning?.message ?? 'the article does not say when the event took place',
				{
					vi: extraction.dateWarning?.vi ?? 'Bài không nói sự kiện diễn ra ngày nào',
				},
			),
		);
	}
	if (!extraction.hasHeadline && !values.title) {
		messages.push(
			articleMessage(
				'no-headline',
				file,
				`no headline line; the title "${merged.facts.title}" was made from the facts`,
				{ vi: `Bài không có dòng tít; tít "${merged.facts.title}" được tạo từ nội dung` },
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

/**
 * The facts without a date or period year outside the plausible range (see `dates/bounds.ts`):
 * one set in frontmatter holds the article back; one found in the text is dropped with a warning.
 */
function boundDates(
	file: string,
	facts: Facts,
	values: CheckedOverrides['values'],
	fieldLines: ReadonlyMap<string, number>,
	messages: ArticleMessage[],
): Facts {
	const range = `${EARLIEST_DATE} to ${latestDate()}`;
	const rangeVi = `${EARLIEST_DATE} đến ${latestDate()}`;
	let bounded = facts;
	if (facts.date && !isPlausibleDate(facts.date)) {
		if (values.date) {
			const line = fieldLines.get('date');
			messages.push(
				articleMessage('date-out-of-range', file, `frontmatter date ${facts.date} is outside ${range}`, {
					field: 'date',
					vi: `Ngày khai báo ${facts.date} nằm ngoài khoảng ${rangeVi}`,
					...(line !== undefined ? { line } : {}),
				}),
			);
		} else {
			messages.push(
				articleMessage(
					'implausible-date',
					file,
					`the date found in the text, ${facts.date}, is outside ${range}; it was dropped`,
					{ vi: `Ngày tìm thấy trong bài, ${facts.date}, nằm ngoài khoảng ${rangeVi} nên đã bị bỏ` },
				),
			);
		}
		bounded = { ...bounded, date: null };
	}
	const year = facts.period?.year;
	if (year !== undefined && values.period === undefined && !isPlausibleDate(`${String(year).padStart(4, '0')}-01-01`)) {
		messages.push(
			articleMessage(
				'implausible-date',
				file,
				`the period found in the text, of the year ${year}, is outside ${range}; it was dropped`,
				{ vi: `Kỳ báo cáo tìm thấy trong bài, năm ${year}, nằm ngoài khoảng ${rangeVi} nên đã bị bỏ` },
			),
		);
		bounded = { ...bounded, period: null };
	}
	return bounded;
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
