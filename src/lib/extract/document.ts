/**
 * The parts of a scraped article: headline, dateline, lede, paragraphs, subheads, photo
 * captions, page furniture and the closing byline or source lines.
 */
import { canonicalTones } from '../text/normalize.ts';
import { type Span, splitSentences } from '../text/sentences.ts';

export type BlockType =
	| 'headline'
	| 'dateline'
	| 'lede'
	| 'paragraph'
	| 'heading'
	| 'caption'
	| 'tail'
	| 'furniture'
	| 'noise';

export interface Block extends Span {
	type: BlockType;
}

export interface Sentence extends Span {
	/** Type of the block the sentence belongs to. */
	readonly block: BlockType;
	/** Index of that block in `ArticleDocument.blocks`. */
	readonly blockIndex: number;
	/** Sentence text, tone-canonical (see `canonicalTones`). */
	readonly canon: string;
	/** `canon.toLowerCase()`, cut from the whole text's when that is the same. */
	readonly lower: string;
}

export interface ArticleDocument {
	/** The cleaned article text (see `normalizeText`). */
	readonly text: string;
	/** `text` with canonical tone placement: same length, same offsets. */
	readonly canon: string;
	/** Every non-empty line, classified, in order. */
	readonly blocks: readonly Block[];
	/** Sentences of the headline, lede, paragraphs, headings and captions, in order. */
	readonly sentences: readonly Sentence[];
	/** Outlet marker that opened the lede ("Điện Biên TV", "BĐ", "binhdinh.gov.vn"), if any. */
	readonly ledeMarker: string | null;
	/** Metadata a scraper left before the lede ("date 2023-10" gives "2023-10"), if any. */
	readonly scrapedDate: string | null;
}

/** Page furniture of news sites: navigation and comment widgets, never article text. */
const FURNITURE =
	/^(trang chủ|ý kiến bạn đọc|những tin (mới|cũ) hơn|tin (liên quan|cùng chuyên mục|khác|mới)|các tin (khác|đã đưa)|bình luận|chia sẻ|in bài( viết)?|gửi bài( viết)?|gửi (ý kiến|bình luận)|xem thêm|đọc thêm|xem chi tiết(?: tại đây)?|đọc bài gốc|từ khóa|tags?|lượt xem.*|quay lại|về đầu trang|bản in|facebook|twitter|zalo|print|email)\s*:?$/iu;

/**
 * A breadcrumb trail at the top of a scraped page: "Trang chủ / Thời sự / ", "Home » Tin tức › ",
 * short crumbs between separators, up to the last one (what follows may be the headline).
 */
const BREADCRUMB = /^(?:trang chủ|trang nhất|home)(?:\s*[/>»›|]\s*[^/>»›|\n]{1,40}?)*\s*[/>»›|]\s*/iu;

export const WEEKDAY = '(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s+nhật|t[2-7]|cn)';
/** The half of the day a 12-hour clock gives: "AM", "PM", Vietnamese "SA" (sáng), "CH" (chiều). */
export const MERIDIEM = 'am|pm|sa|ch';
const CLOCK = `\\d{1,2}\\s*[:h]\\s*\\d{2}(?::\\d{2})?(?:\\s*(?:${MERIDIEM})(?![\\p{L}]))?`;
// What a portal writes before its date: "Cập nhật lúc", "Ngày đăng:", "Xuất bản ngày".
const POSTED = '(?:(?:cập nhật|đăng|ngày đăng|ngày cập nhật|xuất bản)\\s*(?:lúc|ngày)?\\s*:?\\s*)?';
const ZONE = '(?:\\(|\\[)?\\s*(?:gmt|utc)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\s*(?:\\)|\\])?';
// Words in capitals: a byline or the place an article was written in.
const NAMES = '[\\p{Lu}][\\p{L}.]*(?:[\\s,]+[\\p{Lu}][\\p{L}.]*){0,8}';
/**
 * A publication dateline on its own line ("Thứ Ba, 19/11/2024, 15:55 [GMT+7]", "Cập nhật:
 * 02-03-2024 | 10:05:11", "Cập nhật: 10:15 28/12/2024", "Cập nhật lúc 08:05, Thứ sáu, 05/07/2024
 * (GMT+7)", a portal's "thứ sáu, 05 06 2020 09:12", "(Ngày đăng: 05-06-2024)"), perhaps after the
 * byline ("Thu Hà - Thứ bảy, 10/08/2024 17:47 (GMT+7)"), or the place and day a page heads its
 * text with ("Điện Biên, ngày 28/6/2024", "Hà Nội, ngày 28 tháng 6 năm 2024").
 */
const DATELINE = new RegExp(
	`^(?:${NAMES}\\s*[-–—|]\\s*|${NAMES}\\s*,\\s*(?=ngày\\s|\\d))?[([]?\\s*${POSTED}(?:${CLOCK}\\s*[,|-]?\\s*)?(?:${WEEKDAY}\\s*,?\\s*)?(?:ngày\\s+)?\\d{1,2}(?:\\s*[/.-]\\s*|\\s+tháng\\s+|\\s+)\\d{1,2}(?:\\s*[/.-]\\s*|\\s+năm\\s+|\\s+)\\d{4}(?:\\s*[,|-]?\\s*(?:lúc\\s*)?${CLOCK})?(?:\\s*${ZONE})?\\s*[)\\]]?$`,
	'iu',
);
/** A dateline written the ISO way, as some pages and scrapers print it ("2024-10-14 08:30", "2024-10-14T08:30:00+07:00"). */
export const ISO_DATELINE = new RegExp(
	`^[([]?\\s*${POSTED}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:(Z)|(?:gmt|utc)?\\s*([+-])(\\d{2}):?(\\d{2})?)?)?\\s*[)\\]]?$`,
	'iu',
);
/** A dateline that only stamps when a portal posted or updated the page, not when the event was. */
export const POSTING_STAMP = new RegExp(
	`^(?:(?:cập nhật|ngày cập nhật)(?![\\p{L}])|(?:${WEEKDAY}\\s*,?\\s*)?\\d{1,2}\\s+\\d{1,2}\\s+\\d{4})`,
	'iu',
);
/** The byline before a dateline on the same line ("Thu Hà - Thứ bảy, 10/08/2024 17:47"). */
export const DATELINE_BYLINE = new RegExp(`^(.+?)\\s*[-–—|]\\s*(?=${WEEKDAY}|ngày\\s|\\d)`, 'iu');

// An outlet's name or short code opening the lede: "Điện Biên TV - ", "(BĐ) - ", "(binhdinh.gov.vn) - ",
// "Đài PT-TH Sơn La - " (a hyphen inside a word is no dash), or its code after the place it
// writes from: "Mù Cang Chải (YBĐT) - " (the code captured third).
const LEDE_MARKER =
	/^(?:\(([^()\n]{1,40})\)|([\p{Lu}][\p{L}.]*(?:-[\p{Lu}][\p{L}.]*)?(?:\s+[\p{Lu}][\p{L}.]*(?:-[\p{Lu}][\p{L}.]*)?){0,4})|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,4}\s*\(([^()\n]{1,40})\))\s*[-–—]\s+/u;

// A news agency's dateline opening the lede: "Điện Biên, 20/12 (TTXVN) - ", its code captured.
const DATED_CODE_MARKER =
	/^[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,4},\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\(([^()\d\n]{2,40})\)\s*[-–—]\s+/u;

// An outlet's code in capitals opening a paragraph: "(BDO) Sáng 3-12", "(QNO) - Chiều nay".
const CODE_MARKER = /^\(([\p{Lu}]{2,6})\)\s*[-–—]?\s+/u;

// The photo credit closing a caption: "Ảnh: Tuấn Hùng", "(Ảnh: TTXVN)", "Ảnh:T.SỸ".
const PHOTO_CREDIT = /(?:^|[\s.(])(?:ảnh|ảnh minh họa|nguồn ảnh|photo)\s*:\s*[^\n]{1,60}$/iu;

// How photo captions of these outlets begin.
const CAPTION_START =
	/^(toàn cảnh|quang cảnh|các đại biểu|đại biểu|đoàn công tác|tổ công tác|lãnh đạo|một góc|hình ảnh|ảnh|các đồng chí|đồng chí)(\s|$)/iu;
// What a person in a caption does.
const CAPTION_VERB =
	/\s(phát biểu|trao|tặng|kiểm tra|thăm|thị sát|chụp ảnh|dự|tham dự|chủ trì|báo cáo|thông qua|trình bày|khảo sát|làm việc|động viên|chúc mừng|tham quan|nghe)\b/iu;

/**
 * Splits cleaned article text (see `normalizeText`) into classified blocks and sentences.
 * Never throws; an empty text gives an empty document.
 */
export function readDocument(text: string): ArticleDocument {
	const canon = canonicalTones(text);
	const lines = lineSpans(text);
	const blocks: Block[] = [];
	let scrapedDate: string | null = null;
	for (const [index, { start, end }] of lines.entries()) {
		let s = start;
		// Only the first line can carry a scraper's metadata.
		const scraped = blocks.length === 0 ? /^date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/i.exec(text.slice(start, end)) : null;
		if (scraped) {
			scrapedDate = scraped[1] ?? null;
			s += scraped[0].length;
		}
		// A site's breadcrumb trail: a menu alone is furniture; before a headline it is dropped. Its
		// last crumb ("… > Xây dựng Đảng") is the menu's too when a headline follows on the next line.
		const trail = blocks.length < 3 ? BREADCRUMB.exec(text.slice(s, end)) : null;
		if (trail) {
			const rest = words(text.slice(s + trail[0].length, end));
			const below = lines[index + 1];
			if (rest < 3 || (rest <= 4 && below !== undefined && headlineLike(text.slice(below.start, below.end)))) {
				blocks.push({ type: 'furniture', start: s, end });
				continue;
			}
			s += trail[0].length;
		}
		blocks.push({ type: classifyAlone(text.slice(s, end)), start: s, end });
	}
	markHeadline(text, blocks);
	markTopByline(text, blocks);
	markTail(text, blocks);
	markCaptionsAndHeadings(text, blocks);
	const lede = blocks.find((b) => b.type === 'paragraph');
	if (lede) lede.type = 'lede';
	let ledeMarker: string | null = null;
	if (lede) {
		const opening = text.slice(lede.start, lede.end);
		const m = LEDE_MARKER.exec(opening);
		if (m && !/\d/.test(m[0])) ledeMarker = (m[1] ?? m[3] ?? m[2] ?? '').trim() || null;
		else ledeMarker = DATED_CODE_MARKER.exec(opening)?.[1]?.trim() ?? null;
	}
	// A code without its dash ("(BDO) Sáng 3-12, …"), perhaps a few lines on, after an aggregator's snippet.
	if (lede && ledeMarker === null) {
		const later = [lede, ...blocks.filter((b) => b.type === 'paragraph' && b.start > lede.start).slice(0, 3)];
		for (const b of later) {
			const m = CODE_MARKER.exec(text.slice(b.start, b.end));
			if (m) {
				ledeMarker = m[1] ?? null;
				break;
			}
		}
	}
	return { text, canon, blocks, sentences: sentencesOf(text, canon, blocks), ledeMarker, scrapedDate };
}

function lineSpans(text: string): Span[] {
	const out: Span[] = [];
	// Line feeds found by indexOf: a loop of our own over every character costs several times more.
	for (let start = 0; start <= text.length; ) {
		const feed = text.indexOf('\n', start);
		const i = feed < 0 ? text.length : feed;
		let a = start;
		let b = i;
		while (a < b && text.charCodeAt(a) === 32) a++;
		while (b > a && text.charCodeAt(b - 1) === 32) b--;
		if (b > a) out.push({ start: a, end: b });
		start = i + 1;
	}
	return out;
}

function classifyAlone(line: string): BlockType {
	if (!/\p{L}{2}|\p{N}/u.test(line)) return 'noise';
	if (FURNITURE.test(line)) return 'furniture';
	// A dateline is short and ends with its year, a time or a zone: most lines are not tried.
	if (
		line.length <= 160 &&
		/\d\d/.test(line.slice(-24)) &&
		(DATELINE.test(line) || ISO_DATELINE.test(line) || fieldsThenDate(line))
	) {
		return 'dateline';
	}
	return 'paragraph';
}

/**
 * A portal's line of fields that ends with its date: "Nguồn: Cổng TTĐT huyện | Ngày đăng:
 * 05/10/2024", "Tác giả: Minh Hà | Cập nhật: 10:15 28/12/2024". Each field before the date is
 * short and no sentence.
 */
function fieldsThenDate(line: string): boolean {
	const bar = line.lastIndexOf('|');
	if (bar < 0) return false;
	const date = line.slice(bar + 1).trim();
	if (!(DATELINE.test(date) || ISO_DATELINE.test(date))) return false;
	return fieldsBeforeDate(line).every((field) => field.length <= 80 && !/[.!?;]\s/u.test(field));
}

/** The fields of a dateline before its last bar, trimmed ("Nguồn: Cổng TTĐT huyện"); none without a bar. */
export function fieldsBeforeDate(line: string): string[] {
	const bar = line.lastIndexOf('|');
	return bar < 0
		? []
		: line
				.slice(0, bar)
				.split('|')
				.map((field) => field.trim());
}

const CLOSING_QUOTES = new Set(['"', '”', '’', '»', ')']);
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';']);

/** The line ends with sentence punctuation, perhaps inside closing quotes or brackets. */
function endsSentence(line: string): boolean {
	// Read from the end: an end-anchored regex would be tried from every position of the line.
	let i = line.length - 1;
	while (i >= 0 && CLOSING_QUOTES.has(line.charAt(i))) i--;
	return i >= 0 && SENTENCE_END.has(line.charAt(i));
}

function words(line: string): number {
	return line.split(/\s+/).length;
}

/** The mark an aggregator leaves where it cut a line: "...", "…". */
export const CUT_MARK = /\s*(?:\.{3}|…)$/u;

// How a lede opens, unlike a headline: its outlet's code or its day ("(BĐ) - ", "Sáng 8/10,").
const LEDE_LIKE =
	/^(?:\([^)]{1,40}\)\s*[-–—]|(?:sáng|trưa|chiều|tối|đêm)?\s*(?:ngày|hôm nay|nay)?\s*\(?\d{1,2}\s*[/.-]\s*\d{1,2}\)?\s*,)/iu;

/** A line that reads like a headline: short, no closing period, three words or more, not a lede's opening. */
function headlineLike(line: string): boolean {
	return line.length <= 220 && !/[.…]$/.test(line) && !LEDE_LIKE.test(line) && words(line) >= 3;
}

// A site's section above the headline: "Thời sự", "Kinh tế", "Xã hội".
const SECTION_LABEL = /^\p{Lu}\p{Ll}*(?: \p{Ll}+)?$/u;

/** The first line is the headline when it reads like one: short, no closing period, not a lede. */
function markHeadline(text: string, blocks: Block[]): void {
	// A site's menu or "Trang chủ" above the headline is passed over.
	const first = blocks.find((b) => b.type !== 'noise' && b.type !== 'furniture');
	if (first?.type !== 'paragraph') return;
	const line = text.slice(first.start, first.end);
	if (headlineLike(line)) {
		first.type = 'headline';
		return;
	}
	// A section's name of one or two words, and the headline under it.
	const next = blocks.find((b) => b.start > first.start && b.type !== 'noise' && b.type !== 'furniture');
	if (SECTION_LABEL.test(line) && next?.type === 'paragraph' && headlineLike(text.slice(next.start, next.end))) {
		first.type = 'furniture';
		next.type = 'headline';
		return;
	}
	if (shortHeadline(text, blocks, first, line)) {
		first.type = 'headline';
		return;
	}
	// A headline an aggregator cut ("… các xã biên ...", "… - Báo Tây ..."): short, one sentence,
	// the cut mark after a space or a word, and text after it.
	const cut = CUT_MARK.exec(line);
	const kept = cut ? line.slice(0, cut.index) : '';
	const more = blocks.some((b) => b !== first && b.type === 'paragraph');
	if (cut && more && kept.length <= 120 && words(kept) >= 3 && !LEDE_LIKE.test(kept) && !/[.!?…]\s/.test(kept)) {
		first.type = 'headline';
	}
}

/**
 * A headline of one or two words ("Hội nghị", "Tin vắn"): a line of letters only, set apart by a
 * blank line from a dateline, or from a lede that opens with its outlet's code or its day.
 */
function shortHeadline(text: string, blocks: Block[], first: Block, line: string): boolean {
	if (!/^[\p{L}][\p{L} ]{0,38}$/u.test(line)) return false;
	const next = blocks.find((b) => b.start > first.start && b.type !== 'noise');
	if (next === undefined || !/\n[^\S\n]*\n/u.test(text.slice(first.end, next.start))) return false;
	if (next.type === 'dateline') return true;
	const opening = text.slice(next.start, next.end);
	return (
		next.type === 'paragraph' && (LEDE_LIKE.test(opening) || LEDE_MARKER.test(opening) || CODE_MARKER.test(opening))
	);
}

/** Closing lines: bylines, "Nguồn: …", "Tin, ảnh: …", a lone name; the source extractor reads them. */
function markTail(text: string, blocks: Block[]): void {
	let count = 0;
	for (let i = blocks.length - 1; i >= 0 && count < 4; i--) {
		const b = blocks[i];
		if (!b) continue;
		if (b.type === 'noise' || b.type === 'furniture') continue;
		if (b.type !== 'paragraph') break;
		const line = text.slice(b.start, b.end);
		if (!isTailLine(line)) break;
		b.type = 'tail';
		count++;
	}
}

// The words a byline opens with, before its colon: "Tin, ảnh:", "Bài và ảnh:", "PV:".
const BYLINE_WORDS =
	'tin|bài|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|thực hiện|video|clip|tác giả|phóng viên|pv|ctv|btv';
/**
 * A byline with its colon: "Tin, ảnh: Nhật Phương", "Bài, ảnh: Quang Hưng", "Thực hiện: Nhóm PV",
 * "Tác giả: Minh Đức", "PV: Minh Đức"; the names captured.
 */
export const BYLINE_LINE = new RegExp(`^(?:${BYLINE_WORDS})\\s*:\\s*(.+)$`, 'iu');
/**
 * An outlet's name alone on a closing line: "Báo Điện Biên Phủ", "Báo Lai Châu điện tử", "Cổng
 * thông tin điện tử tỉnh Lai Châu", "TTXVN". A name follows the kind of outlet: "Báo cáo …" is text.
 */
export const OUTLET_ALONE =
	/^(?:(?:[Bb]áo|[Đđ]ài|[Tt]ạp chí|[Cc]ổng (?:thông tin(?: điện tử)?(?: tỉnh| huyện)?|TTĐT)|[Tt]ruyền hình)\s+[\p{Lu}\p{N}][^.!?;:]*|TTXVN|VOV|VTV)$/u;

/**
 * Bylines between the headline (or dateline) and the lede (`BYLINE_LINE`, names without a
 * sentence's stops: "T.Sỹ", not "… khai mạc. Đoàn …") are closing lines' kind ('tail'): the
 * source extractor reads them, and they are no caption nor text.
 */
function markTopByline(text: string, blocks: Block[]): void {
	for (const b of blocks) {
		if (b.type === 'headline' || b.type === 'dateline' || b.type === 'noise' || b.type === 'furniture') continue;
		const names = b.type === 'paragraph' ? BYLINE_LINE.exec(text.slice(b.start, b.end))?.[1] : undefined;
		if (names === undefined || names.length > 60 || /[!?;:]|\.(?:\s|$)/.test(names)) return;
		b.type = 'tail';
	}
}

/** "Tin, ảnh X" or "Bài và ảnh X" written without the colon (and with the typos of hurried portals). */
export const BYLINE_NO_COLON = /^(?:t[iịí]n|bài)\s*,?\s*(?:và\s+)?(?:ảnh|ành|anh)\s*:?\s+(\p{L}.*)$/iu;
/** "(tổng hợp)", "(T/h)" after a writer's name: they compiled the piece, from sources unnamed; no outlet. */
export const COMPILED = /\s*\((?:tổng\s+hợp|t\/h)\)$/iu;
/** A name, then an office in parentheses: "Minh Đức (Trung tâm VH-TT&TT huyện Mường Tè)". */
export const NAME_PAREN_OFFICE = /^((?:[\p{Lu}][\p{Ll}.]*\s+){1,4}[\p{Lu}][\p{Ll}.]*)\s*\((.{2,80})\)$/u;
/**
 * A province's or district's media centre, named with its place: "Trung tâm Truyền thông tỉnh
 * Điện Biên", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện Mường Chà", "Trung tâm TTVH
 * huyện Tiên Yên", "Trung tâm VH-TT&TT huyện Mường Chà", "Trung tâm TT-VH Bình Liêu". It
 * publishes the place's news: an outlet. Without its place it is an office.
 */
export const MEDIA_CENTRE =
	/^[Tt]rung tâm\s(?:[^.!?;:()]*?\s)?(?:[Tt]ruyền\s+(?:thông|thanh|hình)|\S*(?:TTVH|VHTT|TT&TT|TT-VH|TT-TH))(?:[^.!?;:()]*?\s)?(?:(?:[Tt]ỉnh|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Qq]uận|TP\.?|TX\.?)\s+\p{Lu}[^.!?;:()]*|(?!(?:Tỉnh|Huyện|Thị|Thành|Quận)(?:\s|$))\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3})$/u;
/** A name, a dash, then an office or outlet: "Vũ Văn An - Ban Chỉ huy Quân sự huyện", "Lan Anh – Đài TT-TH huyện". */
export const NAME_DASH_OFFICE = /^((?:[\p{Lu}][\p{Ll}.]*\s+){1,4}[\p{Lu}][\p{Ll}.]*)\s+[-–—]\s+(.{2,80})$/u;
/** How a writer's office or outlet begins, after the name's dash. */
export const OFFICE_START =
	/^(?:ban|phòng|trung tâm|đài|báo|ubnd|văn phòng|hội|công an|sở|trường|huyện ủy|thị ủy|thành ủy|đảng ủy|ttvh|tt)(?![\p{L}])/iu;

// An interviewer's line ("PV: …"): a question or thanks, ending with "?" or "!".
const QUESTION = /^(?:pv|phóng viên)\s*:.*[?!]["”»]?$/iu;
// A closing line that names its kind before a colon: "Nguồn: …", "Theo tin: …", "Ảnh: …", a byline.
const SOURCE_OR_BYLINE = new RegExp(`^(?:nguồn|theo|ảnh|nhóm pv|${BYLINE_WORDS})(?:\\s[^:]{0,40})?\\s*:`, 'iu');

/** A closing line without the parentheses around it, if any: "(Theo Báo Lào Cai)", "(TTXVN)". */
export function unwrapped(line: string): string {
	return line.startsWith('(') && line.endsWith(')') && line.indexOf(')') === line.length - 1
		? line.slice(1, -1).trim()
		: line;
}

/** A closing line: a byline, a source note or a bare name or link (perhaps in parentheses). */
export function isTailLine(written: string): boolean {
	if (written.length > 160) return false;
	const line = unwrapped(written).replace(COMPILED, '');
	// "PV: Xin đồng chí cho biết …?": an interviewer's question, not a byline.
	if (SOURCE_OR_BYLINE.test(line)) return !QUESTION.test(line);
	if (/^(nguồn|theo)\s+\S/iu.test(line) && words(line) <= 12 && !endsSentence(line.replace(/\.\w+$/, ''))) return true;
	if (/^https?:\/\/\S+$/i.test(line)) return true;
	// "Tin, ảnh KHÁNH HIỀN" without its colon, typos of a hurried portal included ("Tịn, ành …").
	if (BYLINE_NO_COLON.test(line) && words(line) <= 12) return true;
	// A team byline: "Nhóm phóng viên", "Nhóm PV Thời sự".
	if (/^nhóm\s+(?:phóng viên|pv|ctv|tác giả|phóng viên thường trú)(?![\p{L}])/iu.test(line) && words(line) <= 8)
		return true;
	// "Vũ Văn An - Ban Chỉ huy Quân sự huyện": a name, a dash, the writer's office or outlet.
	const office = NAME_DASH_OFFICE.exec(line) ?? NAME_PAREN_OFFICE.exec(line);
	if (office && OFFICE_START.test(office[2] ?? '') && (words(line) <= 14 || MEDIA_CENTRE.test(office[2] ?? ''))) {
		return true;
	}
	// "Báo Lai Châu điện tử": an outlet's name alone.
	if (OUTLET_ALONE.test(line) && words(line) <= 8) return true;
	if (MEDIA_CENTRE.test(line) && words(line) <= 16) return true;
	// "Chí Công/DIENBIENTV.VN", "Nguyễn Văn A (TTXVN)", "T.SỸ", "Anh Tuân", "PV".
	if (
		/^[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,4}\s*(?:[/(–—-]\s*[\p{L}\p{N}.\s-]{2,40}\)?)?$/u.test(line) &&
		words(line) <= 8
	) {
		return true;
	}
	// Several writers: "Hoàng Anh, Lan Hương", "Hoàng Anh và Lan Hương".
	if (NAMES_LIST.test(line) && words(line) <= 12) return true;
	// Fields of a closing line apart: "Hoàng Anh | Báo Điện Biên Phủ".
	const fields = closingFields(line);
	return fields.length > 1 && fields.every((f) => f !== '' && isTailLine(f));
}

const WRITER = '[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*){1,3}';
const NAMES_LIST = new RegExp(`^${WRITER}(?:\\s*,\\s*${WRITER}){0,3}(?:,?\\s+(?:và|&)\\s+${WRITER})?$`, 'u');
// Where a closing line holds two fields: a bar, or a stop before a source's label ("Tác giả: Hoàng
// Anh. Nguồn: Báo Điện Biên Phủ"); not a byline's own stop ("Tin. ảnh: Nhật Phương").
const FIELD_BREAK = /\s+\|\s+|[.;]\s+(?=(?:nguồn|theo)\s*:)/iu;

/** The fields of a closing line (one when it has no bar and no second label). */
export function closingFields(line: string): string[] {
	return line.split(FIELD_BREAK).map((f) => f.trim());
}

function markCaptionsAndHeadings(text: string, blocks: Block[]): void {
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b?.type !== 'paragraph') continue;
		const line = text.slice(b.start, b.end);
		const prev = previousContent(blocks, i);
		const next = blocks[i + 1];
		const afterImage = i > 0 && blocks[i - 1]?.type === 'noise';
		const repeated = next !== undefined && text.slice(next.start, next.end) === line;
		if (line.length <= 400 && /ảnh|photo/iu.test(line) && PHOTO_CREDIT.test(line)) {
			b.type = 'caption';
		} else if (repeated || (afterImage && line.length <= 300)) {
			b.type = 'caption';
		} else if (isCaptionLike(line) && prev !== undefined) {
			b.type = 'caption';
		} else if (
			prev !== undefined &&
			!endsSentence(line) &&
			line.length <= 120 &&
			words(line) >= 2 &&
			words(line) <= 18 &&
			oneSentence(line)
		) {
			b.type = 'heading';
		}
	}
}

function previousContent(blocks: Block[], i: number): Block | undefined {
	for (let j = i - 1; j >= 0; j--) {
		const b = blocks[j];
		if (b && b.type !== 'noise' && b.type !== 'furniture') return b;
	}
	return undefined;
}

/** A one-sentence line that describes a photograph ("Toàn cảnh hội nghị.", "Bí thư … phát biểu kết luận hội nghị."). */
/** The line is a single sentence. Most lines with no stop before their last characters are, without splitting them. */
function oneSentence(line: string): boolean {
	const inner = line.slice(0, -2);
	if (!/[.!?…]/.test(inner)) return true;
	return splitSentences(line).length <= 1;
}

function isCaptionLike(line: string): boolean {
	if (line.length > 200) return false;
	if (!oneSentence(line)) return false;
	if (CAPTION_START.test(line) && (line.length <= 90 || CAPTION_VERB.test(line))) return true;
	// "Bí thư Huyện ủy Lương Thị Hoa phát biểu kết luận hội nghị.": a short present-tense scene.
	return (
		line.length <= 160 &&
		/\s(phát biểu|trao|tặng|kiểm tra|thăm|thông qua báo cáo)\s[^,;:]*\.?$/u.test(line) &&
		!/[,;:]/.test(line)
	);
}

const READ: ReadonlySet<BlockType> = new Set(['headline', 'lede', 'paragraph', 'heading', 'caption']);

// What lowers differently in part of a text than in the whole: a capital sigma (small or final
// by what follows it), a pair of surrogates that a cut could split.
const CONTEXTUAL_CASE = /[\u03a3\ud800-\udfff]/;

function sentencesOf(text: string, canon: string, blocks: readonly Block[]): Sentence[] {
	const out: Sentence[] = [];
	// Lowered once for the whole text, not once per sentence by each extractor: a cut of the whole
	// text's lower case is a sentence's own when lowering keeps every character in its place
	// (Vietnamese does; "İ" lowers to two) and no character lowers by its neighbours.
	const whole = canon.toLowerCase();
	const cuttable = whole.length === canon.length && !CONTEXTUAL_CASE.test(canon);
	blocks.forEach((b, blockIndex) => {
		if (!READ.has(b.type)) return;
		for (const s of splitSentences(text.slice(b.start, b.end), b.start)) {
			const c = canon.slice(s.start, s.end);
			const lower = cuttable ? whole.slice(s.start, s.end) : c.toLowerCase();
			out.push({ start: s.start, end: s.end, block: b.type, blockIndex, canon: c, lower });
		}
	});
	return out;
}
