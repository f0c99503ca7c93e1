/**
 * The facts of one briefing: what the extraction contract (`extract --json`) prints, what an
 * editor may set in frontmatter, and what the site's content collection holds. Every type in the
 * project that describes an article comes from here.
 */
import { z } from 'astro/zod';

/** What sort of event the article reports. */
export const KINDS = ['working-visit', 'party-meeting', 'council-meeting', 'other'] as const;
/** The tier of government an official belongs to. */
export const LEVELS = ['national', 'province', 'district', 'commune'] as const;
/** What an official does at the event. */
export const ROLES = ['lead', 'speaker', 'participant'] as const;

/** Stable indicator identifiers: pages compare districts on them, so a key never changes meaning. */
export const INDICATOR_KEYS = [
	'grdp',
	'production-value',
	'industrial-production-value',
	'retail-sales',
	'budget-revenue',
	'public-investment-disbursement',
	'target-programs-disbursement',
	'food-output',
	'sown-area',
	'afforestation',
	'forest-cover',
	'livestock',
	'new-rural-communes',
	'new-rural-criteria',
	'targets-met',
	'party-admissions',
	'standard-schools',
	'poverty-rate',
	'investment-projects',
	'other',
] as const;

export type Kind = (typeof KINDS)[number];
export type Level = (typeof LEVELS)[number];
export type Role = (typeof ROLES)[number];
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** The messages these schemas set themselves, in English and in Vietnamese (for editors). */
const OWN_MESSAGES = {
	isoDate: ['a date written YYYY-MM-DD, e.g. 2024-11-19', 'cần là ngày viết dạng YYYY-MM-DD, ví dụ 2024-11-19'],
	realDay: ['a day that exists in the calendar', 'cần là một ngày có thật trong lịch'],
	httpUrl: ['an http(s) address', 'cần là một địa chỉ http(s)'],
	slug: [
		'lower-case ASCII letters and digits joined by single hyphens, e.g. nam-po-2024-11',
		'cần là chữ thường không dấu và chữ số nối bằng một dấu gạch nối, ví dụ nam-po-2024-11',
	],
} as const satisfies Record<string, readonly [en: string, vi: string]>;

const VIETNAMESE_OF = new Map<string, string>(Object.values(OWN_MESSAGES));

/** The Vietnamese of a message these schemas set themselves, or null for any other message. */
export function ownMessageInVietnamese(message: string): string | null {
	return VIETNAMESE_OF.get(message) ?? null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when a string written YYYY-MM-DD names a day of the (proleptic) Gregorian calendar, as
 * `new Date(s + 'T00:00:00Z')` read back by `toISOString` does: by arithmetic, each article's
 * date being checked (parsing a date string cost more than the rest of the facts' check).
 */
function isRealIsoDay(s: string): boolean {
	const year = Number(s.slice(0, 4));
	const month = Number(s.slice(5, 7));
	const day = Number(s.slice(8, 10));
	if (!(month >= 1 && month <= 12 && day >= 1)) return false;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return day <= (month === 2 ? (leap ? 29 : 28) : (DAYS_IN_MONTH[month - 1] ?? 31));
}

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export const IsoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: OWN_MESSAGES.isoDate[0], abort: true })
	.refine(isRealIsoDay, OWN_MESSAGES.realDay[0]);

const NameSchema = z.string().trim().min(1).max(200);

export const OfficialSchema = z
	.object({
		/** Full name as the article writes it, NFC ("Vừ A Bằng"). */
		name: NameSchema,
		/** The office as written, "UBND"/"HĐND" abbreviated and the place name left out; a chain of posts comma-separated. */
		title: z.string().trim().max(300),
		/** The tier of the office. */
		level: z.enum(LEVELS),
		/** lead heads the delegation or presides; speaker reports or speaks; participant attends. */
		role: z.enum(ROLES),
		/** The sentence the official was found in (absent when set by an editor). */
		sentence: z.string().max(2000).optional(),
	})
	.strict();

/** The measures of an indicator that a hedge may qualify. */
export const MEASURES = ['value', 'planPercent', 'yoyPercent', 'change'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The hedge of each measure as written, keyed by the measure it qualifies ("ước đạt gần 1.630
 * tỷ đồng, đạt trên 105% kế hoạch": `{ value: "gần", planPercent: "trên" }`). A floor or
 * ceiling is written with its own words: "từ … trở lên", "tối thiểu", "tối đa".
 */
/** The hedges that make a measure a floor or ceiling to reach, not a result. */
export const THRESHOLD_HEDGES: readonly string[] = ['từ … trở lên', 'tối thiểu', 'tối đa'];

export const HedgesSchema = z
	.object({
		value: z.string().max(40).optional(),
		planPercent: z.string().max(40).optional(),
		yoyPercent: z.string().max(40).optional(),
		change: z.string().max(40).optional(),
	})
	.strict();

export const IndicatorSchema = z
	.object({
		/** Stable key, or "other" with a label. */
		key: z.enum(INDICATOR_KEYS),
		/** The indicator as the article words it ("giải ngân vốn đầu tư công"). */
		label: z.string().trim().min(1).max(300),
		/** The reported figure. */
		value: z.number().finite().optional(),
		/** Unit of `value` as written ("tỷ đồng", "tấn", "ha", "%", "xã"). */
		unit: z.string().max(40).optional(),
		/** Per cent of plan or budget estimate reached ("đạt 113,2% KH"). */
		planPercent: z.number().finite().optional(),
		/** Which plan `planPercent` is measured against, as written ("dự toán tỉnh giao"). */
		planBasis: z.string().max(80).optional(),
		/** Per cent of the same period a year earlier ("bằng 193% so với cùng kỳ"). */
		yoyPercent: z.number().finite().optional(),
		/** Change against the same period a year earlier, negative for a fall ("tăng 1.200 tấn"). */
		change: z.number().finite().optional(),
		/** Unit of `change` ("tấn", "%"). */
		changeUnit: z.string().max(40).optional(),
		/** The whole that `value` counts from ("16/33 chỉ tiêu": 33). */
		of: z.number().finite().optional(),
		/**
		 * Version 1's one hedge per indicator (the first one found), kept for its readers; pages
		 * read `hedges`.
		 */
		qualifier: z.string().max(40).optional(),
		/** The hedge of each measure as written; absent when no measure is hedged. */
		hedges: HedgesSchema.optional(),
		/**
		 * A floor or ceiling to reach rather than a result ("đạt từ 70% kế hoạch trở lên",
		 * "tối thiểu"): the measure whose hedge says so is a threshold. Absent otherwise.
		 */
		target: z.literal(true).optional(),
		/**
		 * The district the figure is about when the article gives figures for several (a ranking
		 * of districts): its name in the gazetteer. Absent when the figure is the article's own district's.
		 */
		district: z.string().trim().min(1).max(200).optional(),
		/** The sentence the figure came from. */
		sentence: z.string().max(2000).optional(),
	})
	.strict();

export const PeriodSchema = z
	.object({
		/** The year reviewed. */
		year: z.number().int().min(1945).max(2100),
		/** Months reviewed from the start of the year: 3, 6, 9, or 12 for the whole year. */
		months: z.union([z.literal(3), z.literal(6), z.literal(9), z.literal(12)]),
	})
	.strict();

const HttpUrlSchema = z
	.string()
	.max(2000)
	.refine((s) => /^https?:\/\/[^\s<>"']+$/i.test(s) && URL.canParse(s), OWN_MESSAGES.httpUrl[0]);

export const SourceSchema = z
	.object({
		/** The publication as readers know it ("Điện Biên TV", "Báo Điện Biên Phủ", "laichau.gov.vn"). */
		outlet: z.string().trim().min(1).max(120).nullable(),
		/** Address of the original, when the article gives one. */
		url: HttpUrlSchema.nullable(),
		/** The byline (not the photo credit). */
		author: z.string().trim().min(1).max(120).nullable(),
	})
	.strict();

/** The facts of one article, as the extraction contract names them. */
export const FactsSchema = z
	.object({
		/** The headline, or one made from the facts when the article has none. */
		title: z.string().trim().min(1).max(400),
		/** Day of the event, ISO, in Asia/Ho_Chi_Minh; null when the article does not fix the year. */
		date: IsoDateSchema.nullable(),
		/** Province name as in the gazetteer ("Điện Biên"), without "tỉnh". */
		province: NameSchema.nullable(),
		/** The district the article is about, as in the gazetteer; null for a round-up of several. */
		district: NameSchema.nullable(),
		/** Every district the article reports on, the main one first. */
		districts: z.array(NameSchema).max(100),
		kind: z.enum(KINDS),
		/** The reporting period reviewed, or null. */
		period: PeriodSchema.nullable(),
		officials: z.array(OfficialSchema).max(200),
		indicators: z.array(IndicatorSchema).max(500),
		source: SourceSchema,
	})
	.strict();

/** What frontmatter may set: any of the facts, each replacing what extraction found. */
export const OverridesSchema = FactsSchema.partial()
	.extend({
		/** Part of `source`; unset parts keep what extraction found. */
		source: SourceSchema.partial().optional(),
		/** The article's id in URLs, replacing the one made from its file name. */
		slug: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, OWN_MESSAGES.slug[0])
			.max(120)
			.optional(),
	})
	.strict();

export type Official = z.output<typeof OfficialSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type Period = z.output<typeof PeriodSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Facts = z.output<typeof FactsSchema>;
export type Overrides = z.output<typeof OverridesSchema>;
