/**
 * The day of the event an article reports, with the year taken from the article's own evidence.
 */
import { dayBefore, isoDate, isRealDay, vietnamDay } from '../dates/calendar.ts';
import { type ArticleDocument, ISO_DATELINE, MERIDIEM, POSTING_STAMP, type Sentence, WEEKDAY } from './document.ts';

export interface DateFinding {
	/** ISO day of the event, or null when the article does not fix it. */
	readonly date: string | null;
	/** Publication time from the dateline ("15:55"), Vietnam time. */
	readonly time: string | null;
	/** The sentence or line the day came from. */
	readonly sentence: string | null;
	/** Why the date is null, in English and in Vietnamese, for the build report. */
	readonly warning: DateWarning | null;
}

/** Why an article has no date: what it lacks, for the build report and for editors. */
export interface DateWarning {
	readonly message: string;
	readonly vi: string;
}

interface DayMonth {
	readonly day: number;
	readonly month: number;
	readonly year: number | null;
	readonly sentence: Sentence | null;
	readonly index: number;
}

// A 12-hour clock's half of the day, captured: "10:20 AM", "03:15 CH".
const HALF_OF_DAY = `(?:\\s*(${MERIDIEM})(?![\\p{L}]))?`;
// "Thứ Ba, 19/11/2024, 15:55 [GMT+7]"; the zone, when given, may be another.
const DATELINE_PARTS = new RegExp(
	`(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+tháng\\s+|\\s+)(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+năm\\s+|\\s+)(\\d{4})(?:\\D{0,8}?(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?::\\d{2})?${HALF_OF_DAY}(?:\\D{0,4}(?:gmt|utc)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?)?`,
	'iu',
);

// A time written before the dateline's date: "10:15 28/12/2024", "08:05, Thứ sáu, 05/07/2024", "10:20 AM, 28/12/2023".
const TIME_BEFORE = new RegExp(
	`(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?::\\d{2})?${HALF_OF_DAY}\\s*[,|-]?\\s*(?:${WEEKDAY}\\s*,?\\s*)?$`,
	'iu',
);

/** The hour on a 24-hour clock of `h` written with a half of the day (`meridiem`), as written when none. */
function hour24(h: string | undefined, meridiem: string | undefined): string | undefined {
	if (h === undefined || meridiem === undefined) return h;
	const n = Number(h) % 12;
	return String(/^(?:pm|ch)$/iu.test(meridiem) ? n + 12 : n);
}

const PART_OF_DAY = '(?:sáng|trưa|chiều|tối|đêm|rạng sáng|sáng sớm)';
// A weekday written out before the day: "Chiều Chủ nhật, 17/11", "Sáng thứ Hai 18/11"; not the
// short forms of a dateline ("T2", "CN"), too easily other letters before a number.
const DAY_OF_WEEK = '(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)';
// The event day as news ledes write it: "Ngày 19/11", "Sáng 8/10", "chiều nay (13/6)",
// "Chiều 22.4", "chiều 26-7", "sáng ngày 7/2", "ngày 19 tháng 11 năm 2024", "sáng ngày mùng 5/2",
// "Chiều Chủ nhật, 17/11".
// A hyphen before the day only as a span's ("12-13/12": the first day bare, not "2023-" nor "5/12-").
const EVENT_DAY = new RegExp(
	[
		'(?:(?<![\\p{L}\\p{N}/.-])|(?<=(?<![\\p{N}/.-])\\d{1,2}-))',
		`(?:(${PART_OF_DAY})\\s+)?(?:(ngày|hôm nay|nay|hôm qua|qua|mai)\\s+)?(?:${DAY_OF_WEEK}\\s*,?\\s*)?`,
		'\\(?\\s*(?:ngày\\s+)?(?:(?:mùng|mồng)\\s+)?(\\d{1,2})\\s*([/.-]|\\s+tháng\\s+)\\s*(\\d{1,2})',
		'(?:\\s*(?:[/.-]|\\s+năm\\s+)\\s*(\\d{4}))?\\s*\\)?(?![\\p{N}]|[/.-]\\d)',
	].join(''),
	'giu',
);
const WEEKDAY_NAMED = new RegExp(DAY_OF_WEEK, 'iu');
// A lede opening with yesterday, and no day written: "Chiều qua, …", "Hôm qua, …", "(TTV) - Tối qua, …".
const YESTERDAY = new RegExp(
	`^(?:\\([^()]{1,40}\\)\\s*[-–—]?\\s*|[^,.]{1,40}\\s[-–—]\\s+)?(?:${PART_OF_DAY}\\s+(?:hôm\\s+)?qua|(?:ngày\\s+)?hôm\\s+qua)(?![\\p{L}])`,
	'iu',
);
// Words before a day that make it a deadline or a span boundary, not the event.
const NOT_THE_EVENT =
	/(?:đến|tới|từ|trước|sau|kể từ|hết|tính đến|đến hết|hạn|cuối|đầu|giải phóng|thành lập)\s*(?:ngày\s*)?$/iu;

/**
 * Finds the event day in the headline, lede and first paragraphs; takes its year from the
 * day itself, the dateline, or the years the article speaks of (weighted: periods reviewed,
 * "năm 2023", full dates, scraper metadata). Never guesses from today's date.
 */
export function extractDate(doc: ArticleDocument): DateFinding {
	const published = dateline(doc);
	// Past the opening, a paragraph's day is read only when no dateline says when the article ran.
	const event = eventDay(doc, !published || published.stamp);
	if (!event) {
		// A portal's posting or update stamp says when the page went up, not when the event was.
		if (published && !published.stamp) {
			// A lede opening "Chiều qua, …" under the dateline: the day before the page's.
			const opening = doc.sentences.find((s) => s.block === 'lede');
			const yesterday = opening && YESTERDAY.test(opening.canon) ? opening : undefined;
			if (yesterday) {
				const sentence = doc.text.slice(yesterday.start, yesterday.end);
				return { date: dayBefore(published.date), time: null, sentence, warning: null };
			}
			return { date: published.date, time: published.time, sentence: published.line, warning: null };
		}
		return {
			date: null,
			time: null,
			sentence: null,
			warning: published
				? {
						message: `no event day in the headline or lede; only the page's posting stamp (${published.line})`,
						vi: `Tít và đoạn mở đầu không nêu ngày diễn ra sự kiện; chỉ có ngày đăng bài (${published.line})`,
					}
				: {
						message: 'no event day in the headline or lede (e.g. "Ngày 19/11")',
						vi: 'Tít và đoạn mở đầu không nêu ngày diễn ra sự kiện (như "Ngày 19/11")',
					},
		};
	}
	const sentence = event.sentence ? doc.text.slice(event.sentence.start, event.sentence.end) : null;
	// The dateline's time is the page's, told beside the event's day only when it is that day.
	const timeOn = (date: string) => (published?.date === date ? published.time : null);
	if (event.year !== null && isRealDay(event.year, event.month, event.day)) {
		const date = isoDate(event.year, event.month, event.day);
		return { date, time: timeOn(date), sentence, warning: null };
	}
	if (published) {
		const [py, pm] = published.date.split('-').map(Number) as [number, number];
		// An event reported in early January may be from late December of the year before.
		const year = event.month > pm + 1 ? py - 1 : py;
		if (isRealDay(year, event.month, event.day)) {
			const date = isoDate(year, event.month, event.day);
			return { date, time: timeOn(date), sentence, warning: null };
		}
	}
	const year = inferYear(doc, event.month, event.sentence);
	if (year === null || !isRealDay(year, event.month, event.day)) {
		return {
			date: null,
			time: null,
			sentence,
			warning: {
				message: `the article gives the day ${event.day}/${event.month} but no year`,
				vi: `Bài nêu ngày ${event.day}/${event.month} nhưng không nêu năm`,
			},
		};
	}
	return { date: isoDate(year, event.month, event.day), time: null, sentence, warning: null };
}

interface Dateline {
	readonly date: string;
	readonly time: string | null;
	readonly line: string;
	/** A posting or update stamp: it fixes the year, not the event day. */
	readonly stamp: boolean;
}

/** A dateline's day, its time and zone when it gives them (strings as written). */
interface DatelineParts {
	readonly y: number;
	readonly mo: number;
	readonly d: number;
	readonly h: string | undefined;
	readonly min: string | undefined;
	readonly sign: string | undefined;
	readonly zoneHours: string | undefined;
	readonly zoneMinutes: string | undefined;
}

function datelineParts(line: string): DatelineParts | null {
	const iso = ISO_DATELINE.exec(line);
	if (iso) {
		const [, y, mo, d, h, min, utc, sign, zoneHours, zoneMinutes] = iso;
		// "Z" is UTC: a zone of +00:00.
		return {
			y: Number(y),
			mo: Number(mo),
			d: Number(d),
			h,
			min,
			sign: utc ? '+' : sign,
			zoneHours: utc ? '0' : zoneHours,
			zoneMinutes,
		};
	}
	const m = DATELINE_PARTS.exec(line);
	if (!m) return null;
	// The time after the date, else before it ("Cập nhật: 10:15 28/12/2024").
	const [h, min, meridiem] =
		m[4] !== undefined ? [m[4], m[5], m[6]] : (TIME_BEFORE.exec(line.slice(0, m.index))?.slice(1) ?? []);
	return {
		y: Number(m[3]),
		mo: Number(m[2]),
		d: Number(m[1]),
		h: hour24(h, meridiem),
		min,
		sign: m[7],
		zoneHours: m[8],
		zoneMinutes: m[9],
	};
}

function dateline(doc: ArticleDocument): Dateline | null {
	for (const b of doc.blocks) {
		if (b.type !== 'dateline') continue;
		const line = doc.text.slice(b.start, b.end);
		const parts = datelineParts(line);
		if (!parts) continue;
		const { y, mo, d, h, min } = parts;
		if (!isRealDay(y, mo, d)) continue;
		const stamp = POSTING_STAMP.test(line);
		if (h === undefined || min === undefined) return { date: isoDate(y, mo, d), time: null, line, stamp };
		const [hh, mm] = [Number(h), Number(min)];
		if (hh > 23 || mm > 59) return { date: isoDate(y, mo, d), time: null, line, stamp };
		// A dateline in another zone is moved to Vietnam's day and time.
		const offset = parts.sign
			? (parts.sign === '-' ? -1 : 1) * (Number(parts.zoneHours) * 60 + Number(parts.zoneMinutes ?? 0))
			: 7 * 60;
		const instant = new Date(Date.UTC(y, mo - 1, d, hh, mm) - offset * 60_000);
		const local = new Date(instant.getTime() + 7 * 3_600_000);
		const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
		return { date: vietnamDay(instant), time, line, stamp };
	}
	return null;
}

// Words before a day that make it the date of a document (a decision, decree or letter), not the event.
const DOCUMENT_DATE =
	/(?:quyết định|nghị định|nghị quyết|công văn|thông tư|chỉ thị|thông báo|tờ trình|văn bản|kế hoạch|công điện)(?:\s+số)?\s*[\p{L}\p{N}/.-]*\s*(?:của [^,;:()]{0,40}?\s*)?,?\s*(?:ban hành\s*|ký\s*)?(?:ngày\s*)?$|(?:ký|ban hành|ban hành kèm theo)\s*(?:ngày\s*)?$/iu;
// Words one of which DOCUMENT_DATE needs.
// Lower case past the first letter, so that "Quyết định" and "quyết định" both hold one.
const DOCUMENT_WORDS = [
	'định',
	'văn',
	'hông tư',
	'hông báo',
	'hỉ thị',
	'ờ trình',
	'hoạch',
	'ông điện',
	'ký',
	'Ký',
	'hành',
];
// A lunar day is never a solar one: "nhằm ngày 15/8", "ngày 27 tháng 12 âm lịch".
const LUNAR_BEFORE = /(?:nhằm|tức|âm lịch)\s*(?:ngày\s*)?$/iu;
const LUNAR_AFTER = /^\s*(?:\(\s*)?(?:năm\s+\p{L}+\s+\p{L}+\s*)?(?:âm lịch|al(?![\p{L}]))/iu;
// A day that opens or closes a span ("27/7/1947 - 27/7/2024", "17-19/5") is an anniversary or a
// range, unless the span is the event's own days (SPAN_BEFORE).
const RANGE_AFTER = /^\s*[-–—]\s*\d{1,2}\s*[/.-]\s*\d/u;
const RANGE_BEFORE = /\d\s*[-–—]\s*$/u;
// "Trong 2 ngày", "suốt ba ngày": how the days an event lasts are introduced.
const DAYS_OF = '(?:trong|suốt)\\s+(?:\\d|hai|ba|bốn|năm)\\s+ngày';
// Nothing but a bullet or a dash before: what opens a sentence.
const NOTHING_BEFORE = /^[\s*•+–—-]*$/u;
// The days an event lasts, closed by the day found: "Trong 2 ngày 18-19/12", "từ ngày 18 đến ngày
// 20/11", "ngày 18 và 19/11". Its first day (captured) is the event's. Not "kể từ" (from then on).
const SPAN_BEFORE = new RegExp(
	`(?<![\\p{L}])(?:${DAYS_OF}\\s*\\(?|(?<!kể\\s)từ(?:\\s+ngày)?|ngày)\\s*(\\d{1,2})\\s*(?:-|–|và|đến|tới)\\s*(?:ngày\\s*)?$`,
	'iu',
);
// Where such a span opens its sentence or clause, as an event's days do ("(TTV) - Trong 2 ngày
// …", "Sáng nay, từ ngày …"); one further in is another thing's ("ngừng … trong hai ngày (25 và 26/7)").
const SPAN_OPENS = /[,;:–—-]\s*$/u;
/** `before` (the last characters before a span) leaves the span opening its sentence or a clause. */
function opensClause(before: string): boolean {
	return NOTHING_BEFORE.test(before) || SPAN_OPENS.test(before);
}
// Plans ahead: "dự kiến vào ngày 30/4", "sẽ khánh thành ngày 2/9".
const FUTURE = /(?:dự kiến|sẽ|dự định)[^.;]{0,30}$/iu;
// The days an event lasts, each written with its month: "30/11-1/12/2024", "(30/11 và 1/12)",
// "18/11 đến ngày 20/11/2024".
const DAYS_WITH_MONTHS =
	/(?<![\p{L}\p{N}/.-])(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?\s*(?:-|–|—|và|đến|tới)\s*(?:ngày\s+)?(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?(?![\p{N}]|[/.]\d)/giu;
// What DAYS_WITH_MONTHS needs, in the lower-case text: without the Unicode flag and the captures
// a pattern several times quicker, which most sentences fail.
const DAYS_WITH_MONTHS_NEEDS = /\d\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{4})?\s*(?:-|–|—|và|đến|tới)/;
// What says such days are days, not a ratio ("3/5 - 4/5 chỉ tiêu"), when no year does: "Trong 2
// ngày", "từ ngày", "Sáng", "ngày", a parenthesis.
const DAYS_LEAD = new RegExp(
	`(?<![\\p{L}])(?:(?:${PART_OF_DAY}\\s+)?(?:${DAYS_OF}|từ(?:\\s+ngày)?|ngày)|${PART_OF_DAY})\\s*\\(?\\s*$|\\(\\s*$`,
	'iu',
);
// An event's days are a few; a longer stretch is an anniversary ("19/4/1972 - 19/4/2025") or a campaign.
const LONGEST_EVENT_DAYS = 7;

/**
 * The event day: the first day in the headline, lede and first paragraphs, read as the event's
 * (introduced by a time word, in parentheses, or with its year), that is not a deadline, a
 * document's date, a lunar day or the end of a range. A day in a sentence an aggregator cut
 * ("… Ngày 18.12.2023 ...") counts only when the article's own text gives none. When the
 * opening gives none and `readOn` (no dateline), a day that opens a later paragraph ("* Chiều
 * 5-11-2024, …") is taken.
 */
function eventDay(doc: ArticleDocument, readOn: boolean): DayMonth | null {
	let index = 0;
	let cut: DayMonth | null = null;
	for (const s of doc.sentences) {
		const early = index++ <= 14;
		if (!early && !readOn) break;
		// Past the opening, only a day that opens its sentence is an event's ("Chiều 5-11-2024, …").
		if (!early && !OPENS_WITH_DAY.test(s.canon.slice(0, 30))) continue;
		const found = dayIn(s, !early);
		if (!found) continue;
		// A snippet that opens with its day is the lede's; a day further into a snippet may be any.
		if (s.start !== doc.blocks[s.blockIndex]?.start && /(?:\.{3}|…)$/u.test(s.canon)) {
			cut ??= found;
			continue;
		}
		return found;
	}
	return cut;
}

// How a sentence that opens with a day begins: a bullet, a part of the day, "ngày", the digits.
const OPENS_WITH_DAY = /^[\s*•+–—-]*(?:sáng|trưa|chiều|tối|đêm|rạng|ngày|hôm|\(?\d)/iu;

function dayIn(s: Sentence, openingOnly: boolean): DayMonth | null {
	for (const m of s.canon.matchAll(EVENT_DAY)) {
		const [, partOfDay, word, dd, sep, mm, yyyy] = m;
		if (openingOnly && !NOTHING_BEFORE.test(s.canon.slice(0, m.index))) return null;
		const month = Number(mm);
		const near = s.canon.slice(Math.max(0, m.index - 60), m.index);
		// A span's last day: the tests below read what comes before the span, and its first day is taken.
		const span = SPAN_BEFORE.exec(near);
		const first = span && opensClause(near.slice(0, span.index)) ? Number(span[1]) : 0;
		const isSpan = first >= 1 && first < Number(dd);
		const day = isSpan ? first : Number(dd);
		if (day < 1 || day > 31 || month < 1 || month > 12) continue;
		const before = isSpan && span ? near.slice(0, span.index) : near;
		const after = s.canon.slice(m.index + m[0].length, m.index + m[0].length + 30);
		// "vào 30/4" is a deadline or a plan; "vào ngày 11-9" and "Vào sáng 5/12" the event.
		if (partOfDay === undefined && !/ngày/iu.test(m[0]) && /vào\s*$/iu.test(before)) continue;
		if (NOT_THE_EVENT.test(before.slice(-24))) continue;
		// The rarer tests run only when a word they need is there: most days are plain event days.
		if (DOCUMENT_WORDS.some((w) => before.includes(w)) && DOCUMENT_DATE.test(before)) continue;
		if ((before.includes('ẽ') || before.includes('ự')) && FUTURE.test(before)) continue;
		if ((before.includes('hằm') || before.includes('ức') || before.includes('âm')) && LUNAR_BEFORE.test(before)) {
			continue;
		}
		if (
			(after.includes('âm') || after.includes('ÂM') || after.includes('al') || after.includes('AL')) &&
			LUNAR_AFTER.test(after)
		) {
			continue;
		}
		if (RANGE_AFTER.test(after) || (!isSpan && RANGE_BEFORE.test(before))) continue;
		// A bare "6/10" is as often a ratio or a range as a day: it counts only after a time
		// word ("Ngày", "Sáng", "chiều nay") or in parentheses, unless it carries its year.
		// The match may start at the space before "ngày 22/7", leaving the word uncaptured.
		const dayWord = word !== undefined || /ngày/iu.test(m[0]);
		const introduced = isSpan || partOfDay !== undefined || dayWord || m[0].includes('(') || WEEKDAY_NAMED.test(m[0]);
		if (!introduced && yyyy === undefined) continue;
		if (sep === '.' && yyyy === undefined && !dayWord && partOfDay === undefined) continue;
		// Neither day of a span written with its months is an EVENT_DAY: such a span before the
		// day is the event's. Looked for only once a day is found, or none: most sentences need neither.
		const days = daysWithMonths(s, openingOnly);
		return days !== null && days.index <= m.index
			? days
			: { day, month, year: yyyy ? Number(yyyy) : null, sentence: s, index: m.index };
	}
	return daysWithMonths(s, openingOnly);
}

/**
 * The first of the days an event lasts, written each with its month (`DAYS_WITH_MONTHS`), where
 * they open the sentence or a clause (`SPAN_OPENS`; the sentence alone when `openingOnly`) and
 * span two to `LONGEST_EVENT_DAYS` days. Its year is the first day's, else the last's (the year
 * before when the span crosses New Year), else null.
 */
function daysWithMonths(s: Sentence, openingOnly: boolean): DayMonth | null {
	if (!DAYS_WITH_MONTHS_NEEDS.test(s.lower)) return null;
	for (const m of s.canon.matchAll(DAYS_WITH_MONTHS)) {
		const [, d1, m1, y1, d2, m2, y2] = m;
		const [firstDay, firstMonth, lastDay, lastMonth] = [Number(d1), Number(m1), Number(d2), Number(m2)];
		const lastYear = y2 === undefined ? null : Number(y2);
		const year = y1 !== undefined ? Number(y1) : lastYear === null ? null : lastYear - (firstMonth > lastMonth ? 1 : 0);
		// Days are counted in a leap year when none is written: "29/2" may be one.
		const from = year ?? 2000;
		const to = lastYear ?? from + (firstMonth > lastMonth ? 1 : 0);
		if (!isRealDay(from, firstMonth, firstDay) || !isRealDay(to, lastMonth, lastDay)) continue;
		const days = (Date.UTC(to, lastMonth - 1, lastDay) - Date.UTC(from, firstMonth - 1, firstDay)) / 86_400_000;
		if (days < 1 || days > LONGEST_EVENT_DAYS) continue;
		const near = s.canon.slice(Math.max(0, m.index - 60), m.index);
		const lead = DAYS_LEAD.exec(near);
		if (lead === null && year === null) continue;
		const start = m.index - near.length + (lead?.index ?? near.length);
		const before = s.canon.slice(Math.max(0, start - 60), start);
		const opens = openingOnly ? NOTHING_BEFORE.test(s.canon.slice(0, start)) : opensClause(before);
		if (!opens || FUTURE.test(before) || NOT_THE_EVENT.test(before.slice(-24))) continue;
		return { day: firstDay, month: firstMonth, year, sentence: s, index: start };
	}
	return null;
}

const DOCUMENT_NUMBER_WEIGHT = 0.25;
// Years as the article speaks of them, each with how strongly it says "this is the year".
const YEAR_EVIDENCE: readonly (readonly [RegExp, number])[] = [
	[
		/(?:quý\s+(?:i{1,3}|iv|[1-4])|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+năm|cả\s+năm|trong\s+năm|năm)\s*\/?\s*(20\d\d)(?![\p{N}-])/giu,
		2,
	],
	// "quý I/2025", "tháng 5/2024", "tháng 5-2024"
	[/(?:quý\s+(?:i{1,3}|iv|[1-4])|tháng\s+\d{1,2})\s*[/-]\s*(20\d\d)(?!\p{N})/giu, 2],
	// "19/11/2024", "19.11.2024", "19-11-2024"
	[/(?<![\p{N}/.])\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*(20\d\d)(?!\p{N})/gu, 1],
	// A bare year, but not either end of a range ("2020 - 2025") nor a document number's ("…/2024/NĐ-CP").
	[/(?<![\p{L}\p{N}/.,-])(20\d\d)(?![\p{N}/.-]|,\d|\s*[-–]\s*20\d\d)/gu, 0.5],
	// A decree or decision of that year ("số 15/2024/NĐ-CP"): the event is no older, weakly.
	[/\d+\s*\/\s*(20\d\d)\s*\/\s*[\p{L}]{2,}/gu, DOCUMENT_NUMBER_WEIGHT],
];
// Plans, ranges and horizons speak of other years than the event's: right before the year, or
// heading the noun phrase it closes ("dự toán ngân sách năm 2024").
const FORWARD =
	/(?:kế hoạch|dự toán|đến|tới|giai đoạn|nhiệm kỳ|tầm nhìn|định hướng|phấn đấu|mục tiêu|sang|cho)\s*(?:năm\s*)?$/iu;
const FORWARD_CLAUSE = /(?:kế hoạch|dự toán|phấn đấu|mục tiêu|định hướng|tầm nhìn)[^,.;:()]{0,40}$/iu;

/**
 * The year the article's event falls in, from the years it mentions: the one with the most
 * weight wins. A reviewed period or "năm 2023" weighs more than a bare year; a year in the
 * sentence that gives the event day weighs most; plans and horizons ("kế hoạch năm 2025", "đến
 * năm 2030") weigh little. A whole-year review met in January or February is of the year
 * before. Null when the article names no year.
 */
export function inferYear(
	doc: ArticleDocument,
	eventMonth: number | null,
	eventSentence: Sentence | null = null,
): number | null {
	const score = new Map<number, number>();
	const add = (y: number, w: number) => score.set(y, (score.get(y) ?? 0) + w);
	if (doc.scrapedDate) add(Number(doc.scrapedDate.slice(0, 4)), 3);
	let reviewedWholeYear: number | null = null;
	for (const s of doc.sentences) {
		// Every pattern below needs a year "20xx": most sentences have none.
		if (!s.canon.includes('20')) continue;
		const counted = new Set<number>();
		const zone = s.block === 'headline' || s.block === 'lede' ? 1.5 : s.block === 'caption' ? 0.5 : 1;
		for (const [re, weight] of YEAR_EVIDENCE) {
			if (weight === DOCUMENT_NUMBER_WEIGHT && !s.canon.includes('/20')) continue;
			for (const m of s.canon.matchAll(re)) {
				const at = (m.index ?? 0) + m[0].length - 4;
				if (counted.has(at)) continue;
				counted.add(at);
				const y = Number(m[m.length - 1]);
				const before = s.canon.slice(Math.max(0, m.index - 20), m.index + m[0].length - 4);
				// The end of a range ("2020 - 2025") is no year of the event.
				if (weight === 0.5 && RANGE_END.test(s.canon.slice(Math.max(0, m.index - 8), m.index))) continue;
				// "Tết Nguyên đán 2025", "năm học 2024-2025": a season's year, read by `seasonYears`.
				const lead = s.canon.slice(Math.max(0, m.index - 30), m.index + m[0].length - 4);
				if (SEASON_WORDS.some((w) => lead.includes(w)) && SEASON_BEFORE.test(lead)) continue;
				const ahead = FORWARD.test(before) || FORWARD_CLAUSE.test(s.canon.slice(Math.max(0, m.index - 50), m.index));
				add(y, s === eventSentence ? 3 : weight * zone * (ahead ? 0.25 : 1));
				if (!ahead && /(?:cả|trong)\s+năm\s*$|tổng kết.*năm\s*$/iu.test(before)) reviewedWholeYear = y;
			}
		}
	}
	seasonYears(doc, eventMonth, add);
	let best: number | null = null;
	let bestScore = 0;
	for (const [y, w] of score) {
		if (w > bestScore || (w === bestScore && best !== null && y > best)) {
			best = y;
			bestScore = w;
		}
	}
	if (best !== null && reviewedWholeYear === best && eventMonth !== null && eventMonth <= 2 && !score.has(best + 1)) {
		return best + 1;
	}
	return best;
}

const SEASON_WORDS = ['Tết', 'tết', 'TẾT', 'Xuân', 'xuân', 'học'];
const RANGE_END = /20\d\d\s*[-–]\s*$/u;
// "Xuân" alone is also a place's name ("huyện Xuân Trường năm 2024"): only "Xuân" and the cycle's name count.
const SEASON_BEFORE =
	/(?:(?<![\p{L}])tết(?:\s+nguyên đán)?(?:\s+năm)?(?:\s+\p{L}+\s+\p{L}+)?(?:\s+năm)?|(?<![\p{L}])xuân(?:\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+\p{L}+)?|năm học)\s*$|năm học\s*20\d\d\s*[-–/]\s*$/iu;
const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];
const BRANCH_ALIASES: Readonly<Record<string, string>> = { mẹo: 'mão', tị: 'tỵ' };
// "năm học 2024 - 2025": the school year runs from September to May.
const SCHOOL_YEAR = /năm học\s*(20\d\d)\s*[-–/]\s*(20\d\d)(?!\p{N})/iuy;
// Where a season is named: the patterns below are tried only there.
// Spelled out in its cases and without a lookbehind, so that the scan stays a quick one.
const SEASON_WORD = /(?:[Tt]ết|TẾT|[Xx]uân|XUÂN|[Nn]ăm học|NĂM HỌC)(?![\p{L}])/gu;
// "Tết Nguyên đán 2025", "Tết Nguyên đán Ất Tỵ 2025", "Xuân 2025": the lunar new year of that year.
const TET_YEAR = new RegExp(
	`(?<![\\p{L}])(?:tết(?:\\s+nguyên đán)?(?:\\s+\\p{L}+\\s+\\p{L}+)?|xuân(?:\\s+(?:${'giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý'})\\s+\\p{L}+)?)\\s+(?:năm\\s+)?(20\\d\\d)(?!\\p{N})`,
	'iuy',
);
// "Xuân Giáp Thìn", "Tết Ất Tỵ": a year of the sixty-year cycle, named with its Tết or spring.
const CYCLE_YEAR = new RegExp(
	`(?:tết|xuân)(?:\\s+nguyên đán)?\\s+(${STEMS.join('|')})\\s+(${[...BRANCHES, ...Object.keys(BRANCH_ALIASES)].join('|')})(?![\\p{L}])`,
	'iuy',
);

/** The solar year in which the lunar year named by a stem and a branch begins (1984 is Giáp Tý), between 1984 and 2043. */
export function cycleYear(stem: string, branch: string): number | null {
	const st = STEMS.indexOf(stem.toLowerCase());
	const b = BRANCH_ALIASES[branch.toLowerCase()] ?? branch.toLowerCase();
	const br = BRANCHES.indexOf(b);
	if (st < 0 || br < 0) return null;
	for (let k = 0; k < 60; k++) if (k % 10 === st && k % 12 === br) return 1984 + k;
	return null;
}

/**
 * Years said by the seasons an article speaks of: a school year, a lunar new year (by number or
 * by its name in the sixty-year cycle). An event late in the solar year before Tết belongs to
 * the year before; an event from September belongs to a school year's first year.
 */
function seasonYears(doc: ArticleDocument, eventMonth: number | null, add: (y: number, w: number) => void): void {
	// One pass over the text finds where a season is named; the season's own pattern is tried there.
	for (const hit of doc.canon.matchAll(SEASON_WORD)) {
		const at = hit.index;
		// Not the end of a longer word.
		if (at > 0 && /\p{L}/u.test(doc.canon.charAt(at - 1))) continue;
		const word = (hit[0] ?? '').toLowerCase();
		if (word === 'năm học') {
			SCHOOL_YEAR.lastIndex = at;
			const m = SCHOOL_YEAR.exec(doc.canon);
			if (!m) continue;
			const first = Number(m[1]);
			if (Number(m[2]) === first + 1) add(eventMonth !== null && eventMonth < 8 ? first + 1 : first, 2);
			continue;
		}
		const lunar = (y: number) => add(eventMonth !== null && eventMonth >= 10 ? y - 1 : y, 2);
		TET_YEAR.lastIndex = at;
		const byNumber = TET_YEAR.exec(doc.canon);
		if (byNumber) lunar(Number(byNumber[1]));
		CYCLE_YEAR.lastIndex = at;
		const byName = CYCLE_YEAR.exec(doc.canon);
		if (byName) {
			const y = cycleYear(byName[1] ?? '', byName[2] ?? '');
			if (y !== null) lunar(y);
		}
	}
}
