/**
 * The reporting period an article reviews: the first quarter, six or nine months, or the whole
 * year, of a given year.
 */
import type { Period } from '../../schemas/briefing.ts';
import type { ArticleDocument } from './document.ts';

export interface PeriodFinding {
	readonly period: Period | null;
	/** The sentence the period came from. */
	readonly sentence: string | null;
}

type Months = Period['months'];

const QUARTER: Readonly<Record<string, Months>> = { i: 3, '1': 3, ii: 6, '2': 6, iii: 9, '3': 9, iv: 12, '4': 12 };
const COUNT: Readonly<Record<string, Months>> = { '3': 3, ba: 3, '6': 6, sáu: 6, '9': 9, chín: 9, nửa: 6 };

// "quý I/2025", "quý III năm 2024", "Quý 2"
const QUARTER_RE = /(?<![\p{L}])quý\s+(i{1,3}|iv|[1-4])(?![\p{L}\p{N}])(?:\s*(?:\/|năm)\s*(20\d\d))?/giu;
// "9 tháng đầu năm 2023", "6 tháng năm 2024", "sáu tháng", "9 tháng", "nửa đầu năm 2024" (six
// months) — not "3 tháng cuối năm".
const MONTHS_RE =
	/(?<![\p{L}\p{N}/.,])(?:0?(3|6|9|ba|sáu|chín)\s+tháng(?!\s+(?:cuối|tới|còn lại|sau|qua|trước))(?:\s+đầu)?|(nửa)\s+đầu(?=\s+(?:của\s+)?năm))(?:\s+(?:năm|của năm))?(?:\s*(20\d\d))?(?![\p{L}\p{N}])/giu;
// "giao ban tháng 6/2019", "sơ kết tháng 9 năm 2024": a month's review whose running totals
// ("lũy kế") cover the year so far, when the month closes a quarter.
const MONTH_REVIEW_RE = /(?<![\p{L}])tháng\s+0?(3|6|9|12)\s*(?:\/|-|\.|năm)\s*(20\d\d)(?![\p{N}])/giu;
const MONTH_REVIEW_WORDS = /giao ban|sơ kết|tổng kết|báo cáo|kết quả|đánh giá/iu;
// "năm 2024", "cả năm", "trong năm 2024" when results of the year are reviewed.
// Not a range of years ("năm 2019 - 2020").
const YEAR_RE = /(cả)\s+năm|năm\s+(20\d\d)(?![\p{N}-]|\s*[-–]\s*20\d\d)/giu;
// A year that closes a span of months or a month is not the whole year reviewed: "10 tháng năm
// 2024" (a span the periods cannot hold), "5 tháng đầu năm 2024", "6 tháng cuối năm 2024", "nửa
// cuối năm 2024", "tháng 10 năm 2024", "ngày 20 tháng 12 năm 2024".
const MONTHS_BEFORE =
	/(?:(?<![\p{L}\p{N}])(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)\s+tháng(?:\s+(?:đầu|cuối|của))?|(?<![\p{L}])tháng\s+\d{1,2}|(?<![\p{L}])nửa\s+(?:đầu|cuối))\s*$/iu;
// Nor is the year of a standard met or a title given: "Bằng công nhận huyện đạt chuẩn nông thôn
// mới năm 2023", "danh hiệu … năm 2024".
const RECOGNISED_BEFORE = /(?:đạt chuẩn|công nhận|danh hiệu)[^,.;:()]{0,50}$/iu;
// A year mentioned as a plan, horizon or range is not the period reviewed.
const FORWARD_BEFORE =
	/(?:kế hoạch|dự toán|giai đoạn|nhiệm kỳ|đến|tới|sang|vào|trước|phấn đấu|mục tiêu|chỉ tiêu|tầm nhìn|hết)\s*$/iu;
// A season's year is not a period reviewed: "Tết Nguyên đán Ất Tỵ năm 2025", "Xuân 2025", "năm học 2024 - 2025".
// "Xuân" alone is also a place's name ("huyện Thọ Xuân năm 2024"): only "Xuân" with the cycle's name counts.
const SEASON_BEFORE =
	/(?:(?<![\p{L}])tết(?:\s+[\p{L}]+){0,3}|nguyên đán(?:\s+[\p{L}]+){0,2}|năm học|(?<![\p{L}])xuân\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+[\p{L}]+)\s*$/iu;
// Nor is a year that closes a noun phrase about a plan or goal ("kế hoạch vốn đầu tư công năm 2025").
const FORWARD_CLAUSE = /(?:kế hoạch|dự toán|phấn đấu|mục tiêu|quyết tâm|định hướng)[^,.;:()]*$/iu;
// Words that mark a review of results.
const REVIEW =
	/(?:kết quả|đánh giá|tổng kết|sơ kết|báo cáo|tình hình|thực hiện|đạt được|đạt|ước đạt|đã|nổi bật|tích cực)/iu;

/** The words before `at` make what follows a plan, deadline or horizon. */
function forward(sentence: string, at: number): boolean {
	return (
		FORWARD_BEFORE.test(sentence.slice(Math.max(0, at - 16), at)) ||
		SEASON_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) ||
		FORWARD_CLAUSE.test(sentence.slice(Math.max(0, at - 60), at))
	);
}

interface Candidate {
	period: Period;
	weight: number;
	sentence: string;
	order: number;
}

/**
 * Whether a review of the first `months` months can be held by an event in month `eventMonth` of
 * the same year: a period is reviewed near its end or after it (the whole year from October,
 * nine months from July, six from April), never in January for the year just begun.
 */
function reviewable(months: Months, eventMonth: number | null): boolean {
	return eventMonth === null || eventMonth >= months - 2;
}

// Words the period's patterns need: "quý", "tháng" (or "nửa"), "năm", small or capitalised, and a
// "20…" year or "cả năm".
const HAS_QUARTER = /[qQ]uý/;
const HAS_MONTH = /[tT]háng|[nN]ửa/;
const HAS_YEAR = /[nN]ăm/;
const HAS_YEAR_NUMBER = /20|ả năm/;

/**
 * Reads the period under review. Month counts ("9 tháng đầu năm") and quarters ("quý I/2025")
 * outweigh a year named in passing; "3 tháng cuối năm" is the time ahead, not under review; a
 * year only counts as a whole-year review when results are spoken of ("kết quả … năm 2024").
 * A period without a year takes `defaultYear` (the event's year); `eventMonth` (1–12, the event's
 * month, when known) rules out a period of that year not yet near its end. A headline or lede
 * reviewing a month that closes a quarter ("giao ban tháng 6/2019") reviews the year so far.
 */
export function extractPeriod(
	doc: ArticleDocument,
	defaultYear: number | null,
	eventMonth: number | null = null,
): PeriodFinding {
	const found: Candidate[] = [];
	for (const [index, s] of doc.sentences.entries()) {
		// Cheap tests first: most sentences name no quarter, no month count and no reviewed year.
		const c = s.canon;
		// One pattern where two `includes` looked for the word in both cases: a third cheaper.
		const quarter = HAS_QUARTER.test(c);
		const months = HAS_MONTH.test(c);
		const year = HAS_YEAR.test(c) && HAS_YEAR_NUMBER.test(c);
		if (!quarter && !months && !year) continue;
		const zone = s.block === 'headline' || s.block === 'lede' ? 2 : s.block === 'caption' ? 0.5 : 1;
		const push = (months: Months, year: number | null, weight: number, at: number) => {
			const y = year ?? defaultYear;
			if (y === null) return;
			// Reviews are of the event's year or the one before; other years are history or plans.
			if (defaultYear !== null && (y > defaultYear || y < defaultYear - 1)) return;
			if (y === defaultYear && !reviewable(months, eventMonth)) return;
			if (forward(s.canon, at)) return;
			found.push({
				period: { year: y, months },
				weight: weight * zone,
				sentence: doc.text.slice(s.start, s.end),
				// Where it is written: of two periods as heavy, the one the text names first wins
				// ("đánh giá kết quả 9 tháng, triển khai nhiệm vụ quý IV"), whatever pattern found it.
				order: index * 1e6 + at,
			});
		};
		if (quarter)
			for (const m of s.canon.matchAll(QUARTER_RE)) {
				const months = QUARTER[(m[1] ?? '').toLowerCase()];
				if (months) push(months, m[2] ? Number(m[2]) : null, 3, m.index);
			}
		if (months)
			for (const m of s.canon.matchAll(MONTHS_RE)) {
				const months = COUNT[(m[1] ?? m[2] ?? '').toLowerCase()];
				if (months) push(months, m[3] ? Number(m[3]) : null, 3, m.index);
			}
		if (months && zone === 2 && MONTH_REVIEW_WORDS.test(s.canon))
			for (const m of s.canon.matchAll(MONTH_REVIEW_RE)) {
				const n = Number(m[1]);
				if (n === 3 || n === 6 || n === 9 || n === 12) push(n, Number(m[2]), 2, m.index);
			}
		if (year) {
			// Whether the sentence speaks of results is asked once, not once per year it names.
			let reviewed: boolean | undefined;
			for (const m of s.canon.matchAll(YEAR_RE)) {
				reviewed ??= REVIEW.test(s.canon);
				if (!reviewed) continue;
				if (m[2] !== undefined && MONTHS_BEFORE.test(s.canon.slice(Math.max(0, m.index - 20), m.index))) continue;
				if (RECOGNISED_BEFORE.test(s.canon.slice(Math.max(0, m.index - 60), m.index))) continue;
				push(12, m[2] ? Number(m[2]) : null, 1, m.index);
			}
		}
	}
	if (found.length === 0) return { period: null, sentence: null };
	// Sum the weight of each distinct period; the heaviest wins, the earliest breaks ties.
	const totals = new Map<string, Candidate>();
	for (const c of found) {
		const key = `${c.period.year}-${c.period.months}`;
		const t = totals.get(key);
		if (t) t.weight += c.weight;
		else totals.set(key, { ...c });
	}
	const best = [...totals.values()].sort((a, b) => b.weight - a.weight || a.order - b.order)[0];
	return best ? { period: best.period, sentence: best.sentence } : { period: null, sentence: null };
}
