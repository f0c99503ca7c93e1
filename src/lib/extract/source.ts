/**
 * Outlet, original address and byline, read from the article's closing lines and the outlet
 * marker that opens its lede.
 */
import type { Source } from '../../schemas/briefing.ts';
import { findDistricts, findProvince, type Province } from '../places/gazetteer.ts';
import { outletOfCode, paperOfAddress, provinceOfOutlet } from '../places/outlet-province.ts';
import { asciiFold } from '../text/fold.ts';
import {
	type ArticleDocument,
	BYLINE_LINE,
	BYLINE_NO_COLON,
	COMPILED,
	CUT_MARK,
	closingFields,
	DATELINE_BYLINE,
	fieldsBeforeDate,
	isTailLine,
	MEDIA_CENTRE,
	NAME_DASH_OFFICE,
	NAME_PAREN_OFFICE,
	OFFICE_START,
	OUTLET_ALONE,
	unwrapped,
} from './document.ts';

export interface SourceFinding {
	readonly source: Source;
	/** The province the outlet belongs to, when its name or address says so ("laichau.gov.vn"). */
	readonly outletProvince: Province | null;
}

// A lede marker that names an outlet rather than a place: a web address or a broadcaster's,
// paper's or portal's name ("Cổng TTĐT huyện Đông Anh").
const OUTLET_LIKE =
	/\.(?:vn|com|net|org)$|(?:^|\s)(?:tv|báo|đài|online|vov|vtv|ttxvn|ptth|pt-th|cổng|tạp chí|ttđt)(?:\s|$)/iu;

const URL_RE = /https?:\/\/[^\s<>"'()]+[^\s<>"'().,;:]/i;
const DOMAIN_RE =
	/(?<![\p{L}\p{N}.@-])((?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov\.vn|com\.vn|org\.vn|net\.vn))(?![\p{L}\p{N}-])/iu;

/** "Điện Biên Phủ" + "baodienbienphu.com.vn" → "Báo Điện Biên Phủ": a paper named after its place. */
function outletName(name: string, domain: string | null): string {
	const n = name.trim();
	if (domain && /^(báo|đài|tạp chí|cổng)\s/iu.test(n) === false) {
		const host = domain.replace(/^www\./, '').split('.')[0] ?? '';
		const folded = asciiFold(n)
			.toLowerCase()
			.replace(/[^a-z]/g, '');
		if (host === `bao${folded}`) return `Báo ${n}`;
	}
	return n;
}

/**
 * Reads the source: "Chí Công/DIENBIENTV.VN", "Tin, ảnh: Nhật Phương", "Nguồn Điện Biên Phủ:
 * http://…", "Nguồn tin: laichau.gov.vn", a closing "Anh Tuân" or "T.SỸ", a byline glued to the
 * last sentence; the lede's "Điện Biên TV - " or "(BĐ) - " names the outlet. "Ảnh: …" is a photo
 * credit, never the author.
 */
export function extractSource(doc: ArticleDocument): SourceFinding {
	const tail = doc.blocks.filter((b) => b.type === 'tail').map((b) => doc.text.slice(b.start, b.end));
	const closing = readFields(tail.flatMap(closingFields));
	const url = closing.url ?? null;
	let outlet = closing.outlet ?? null;
	let author = closing.author ?? null;
	const fields = datelineFields(doc);
	outlet ??= fields.outlet ?? null;
	author ??= fields.author ?? gluedByline(doc) ?? datelineByline(doc);
	// The lede's marker names the outlet as readers know it ("Điện Biên TV"), better than a domain.
	const marker = doc.ledeMarker;
	const known = marker
		? (outletOfCode(marker)?.name ?? (OUTLET_LIKE.test(marker) || OUTLET_CODE.test(marker) ? marker : null))
		: null;
	if (known) outlet = known;
	outlet ??= reporterOutlet(doc) ?? headlineOutlet(doc) ?? closing.centre ?? null;
	// A provincial paper named by its address alone is named as its readers know it.
	if (outlet !== null) outlet = paperOfAddress(outlet) ?? outlet;
	return { source: { outlet, url, author }, outletProvince: provinceOfOutlet(outlet ?? url) };
}

/**
 * The outlet a whole headline ends with, after a dash ("Huyện Mường Tè tổng kết năm 2024 - Báo Lai
 * Châu điện tử"): a page's title as scraped. Not from a cut headline, whose outlet may be cut too.
 */
function headlineOutlet(doc: ArticleDocument): string | null {
	const b = doc.blocks.find((x) => x.type === 'headline');
	if (!b) return null;
	const line = doc.text.slice(b.start, b.end);
	if (CUT_MARK.test(line)) return null;
	const suffix = /\s[-–|]\s+([^-–|]+)$/u.exec(line)?.[1]?.trim() ?? '';
	return OUTLET_ALONE.test(suffix) ? suffix : null;
}

// An outlet's short code in capitals: "(ANTV)", "(QNO)"; not a single letter or a place's initials.
const OUTLET_CODE = /^[\p{Lu}]{3,6}$/u;

/** The byline before the dateline on one line: "Thu Hà - Thứ bảy, 10/08/2024 17:47 (GMT+7)". */
function datelineByline(doc: ArticleDocument): string | null {
	for (const b of doc.blocks) {
		if (b.type !== 'dateline') continue;
		const m = DATELINE_BYLINE.exec(doc.text.slice(b.start, b.end));
		const name = m ? cleanName(m[1] ?? '') : null;
		// A name is words in capitals, not "Cập nhật" or "Đăng lúc", nor the province the article
		// was written in ("Điện Biên - ngày 28/6/2024"); a district's name may be a person's ("Thanh Hà").
		if (
			name &&
			/^[\p{Lu}][\p{L}.]*(?:[\s,]+[\p{Lu}][\p{L}.]*)*$/u.test(name) &&
			!/\d/.test(name) &&
			findProvince(name) === undefined
		) {
			return name;
		}
	}
	return null;
}

/** What the fields before a dateline's date say: "Nguồn: Cổng TTĐT huyện | Ngày đăng: 05/10/2024". */
function datelineFields(doc: ArticleDocument): TailLine {
	for (const b of doc.blocks) {
		if (b.type !== 'dateline') continue;
		const fields = fieldsBeforeDate(doc.text.slice(b.start, b.end));
		// A field with digits is a time, a date or a count of views, not a name.
		if (fields.length > 0) return readFields(fields.filter((field) => !/\d/.test(field)));
	}
	return {};
}

/** What closing fields say together: each of outlet, author, address and centre from the first field that gives it. */
function readFields(fields: readonly string[]): TailLine {
	const out: TailLine = {};
	for (const field of fields) {
		const found = readTailLine(field);
		out.url ??= found.url;
		out.outlet ??= found.outlet;
		out.author ??= found.author;
		out.centre ??= found.centre;
	}
	return out;
}

// "Trao đổi với PV Báo Thanh Niên", "phóng viên Đài Truyền hình Việt Nam": the reporter's outlet.
const REPORTER_OUTLET =
	/(?<![\p{L}])(?:[Pp][Vv]|[Pp]hóng viên)\s+((?:[Bb]áo|[Đđ]ài|[Tt]ạp chí)\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,4})/u;

/** The outlet whose reporter the text names, when nothing else names one. */
function reporterOutlet(doc: ArticleDocument): string | null {
	for (const s of doc.sentences) {
		if (!s.canon.includes('PV') && !s.canon.includes('hóng viên')) continue;
		const m = REPORTER_OUTLET.exec(doc.text.slice(s.start, s.end));
		if (m?.[1] && /^(?:báo|đài|tạp chí)\s/iu.test(m[1])) return m[1].replace(/^báo/u, 'Báo');
	}
	return null;
}

const SOURCE_LINE = /^(?:nguồn|theo)(?:\s+tin)?\s*:?\s*(.*)$/iu;
// What a writer is or did, in brackets after the name or before it: a reporter, a contributor,
// "(thực hiện)" of an interview, "(ghi)" of notes taken.
const WRITER_ROLE = /^(?:ctv|pv|btv|cộng tác viên|phóng viên|biên tập viên|thực hiện|ghi|lược ghi)$/iu;
const ROLE_BEFORE = /^(?:PV|CTV|BTV|[Pp]hóng viên|[Cc]ộng tác viên)\s+(?=\p{Lu})/u;
// An office or station ending with a level word and no place's name: "Đài Truyền thanh huyện".
const UNPLACED = /\s(?:huyện|tỉnh|thị\s+xã|thành\s+phố|quận|xã)$/iu;
// A photo credit after the writer's name on one line: "Minh Hà. Ảnh: Tuấn Anh", "Minh Hà - ảnh: …".
const PHOTO_CREDIT_AFTER = /\s*[.;,|–-]?\s*ảnh\s*:.*$/iu;
const NAME_SLASH_OUTLET = /^([^/()]+?)\s*\/\s*([\p{L}\p{N}.\s-]+)$/u;
const NAME_PAREN_OUTLET = /^([^()]+?)\s*\(([^()]+)\)$/u;
// "Minh Đức - Báo Lai Châu": a byline, a dash, then a named outlet.
const NAME_DASH_OUTLET = /^(.+?)\s+[-–—]\s+((?:báo|đài|tạp chí|cổng|truyền hình|ttxvn|vov|vtv)(?![\p{L}]).*)$/iu;

/** What a closing line says; `centre`, a media centre named with its place, is the outlet only when nothing else names one. */
interface TailLine {
	outlet?: string | null | undefined;
	author?: string | null | undefined;
	url?: string | undefined;
	centre?: string | undefined;
}

/** A province's or district's name as the gazetteer has it. */
function isPlaceName(name: string): boolean {
	return findProvince(name) !== undefined || findDistricts(name).length > 0;
}

/** What one closing line says: "Nguồn …", "Tin, ảnh: …", "Name/OUTLET", "Name (OUTLET)", a link, or a bare name. */
function readTailLine(written: string): TailLine {
	const line = unwrapped(written).replace(COMPILED, '');
	const found = URL_RE.exec(line)?.[0];
	// Only an address a browser can open counts ("http://x.vn/%zz" does not).
	const link = found && URL.canParse(found) ? found : undefined;
	const domain = link ? new URL(link).hostname : (DOMAIN_RE.exec(line)?.[1] ?? null);
	const url = link ? { url: link } : {};
	const source = SOURCE_LINE.exec(line);
	if (source) {
		const named = (source[1] ?? '')
			.trim()
			.replace(URL_RE, '')
			.replace(/[:\s]+$/, '')
			.trim();
		return {
			...url,
			outlet: named && !DOMAIN_RE.test(named) ? outletName(named, domain) : (domain ?? (named || null)),
		};
	}
	const byline = BYLINE_LINE.exec(line) ?? BYLINE_NO_COLON.exec(line);
	if (byline) {
		// What follows "Tin, ảnh:" reads as a closing line of its own ("Minh Hà/Báo Lai Châu"), its
		// photo credit cut off ("Minh Hà. Ảnh: Tuấn Anh").
		const writer = readTailLine((byline[1] ?? '').replace(PHOTO_CREDIT_AFTER, ''));
		return {
			...url,
			author: writer.author ?? null,
			...(writer.outlet ? { outlet: writer.outlet } : {}),
			...(writer.centre ? { centre: writer.centre } : {}),
		};
	}
	if (/^nhóm\s+(?:phóng viên|pv|ctv|tác giả)/iu.test(line)) return { ...url, author: cleanName(line) };
	const office = NAME_DASH_OFFICE.exec(line) ?? NAME_PAREN_OFFICE.exec(line);
	if (office && OFFICE_START.test(office[2] ?? '') && !/^(?:báo|đài)(?![\p{L}])/iu.test(office[2] ?? '')) {
		const centre = office[2] ?? '';
		return { ...url, author: cleanName(office[1] ?? ''), ...(MEDIA_CENTRE.test(centre) ? { centre } : {}) };
	}
	// A photo credit names no author.
	if (/^ảnh\s*:/iu.test(line)) return url;
	const pair = NAME_SLASH_OUTLET.exec(line) ?? NAME_PAREN_OUTLET.exec(line) ?? NAME_DASH_OUTLET.exec(line);
	if (pair) {
		const outlet = (pair[2] ?? '').trim();
		// "Lệ Sương (Đài Truyền thanh huyện)": a station that names no place is the writer's office,
		// no outlet a reader could find; "Đức Anh (CTV)" says what the writer is.
		const none = outlet === '' || UNPLACED.test(outlet) || WRITER_ROLE.test(outlet);
		return { ...url, author: cleanName(pair[1] ?? ''), outlet: none ? null : outlet };
	}
	if (link) return { url: link, outlet: domain };
	// A closing outlet's name alone ("Báo Điện Biên Phủ", "TTXVN") is no byline.
	if (OUTLET_ALONE.test(line)) return { outlet: cleanName(line) };
	if (MEDIA_CENTRE.test(line)) return { centre: line };
	// "Điện Biên, Lai Châu": places, no writers.
	if (line.includes(',') && line.split(',').every((part) => isPlaceName(part.trim()))) return {};
	// "PV Hoàng Anh": the writer's role before the name is no part of it.
	return { author: cleanName(line.replace(ROLE_BEFORE, '')) };
}

function cleanName(s: string): string | null {
	const name = s
		.replace(/\s+/g, ' ')
		.replace(/^[-–—\s.]+|[-–—\s.]+$/g, '')
		.trim();
	return name.length >= 2 && name.length <= 80 && /\p{L}/u.test(name) ? name : null;
}

/** A byline scrapers glued to the end of the last paragraph: "… phát triển tốt hơn. Trường Phong". */
function gluedByline(doc: ArticleDocument): string | null {
	const last = [...doc.sentences].reverse().find((s) => s.block === 'paragraph' || s.block === 'lede');
	if (!last) return null;
	const text = doc.text.slice(last.start, last.end);
	if (!isTailLine(text) || /[.!?…:]$/.test(text) || text.split(' ').length > 4) return null;
	// Only when it is the last sentence of a longer paragraph; a lone line is a tail block already.
	const block = doc.blocks[last.blockIndex];
	if (!block || block.start === last.start) return null;
	return cleanName(text);
}
