/**
 * What extraction found and what an editor set in frontmatter, merged into one article's facts:
 * every field set by hand wins, cleaned like article text; a district must lie in the province;
 * dates out of the plausible range are refused.
 */
import type { Facts } from '../../schemas/briefing.ts';
import type { Entry } from '../../schemas/entry.ts';
import { plausibleRange } from '../dates/bounds.ts';
import type { Extraction } from '../extract/extract-facts.ts';
import { type District, provinceOf } from '../places/gazetteer.ts';
import { cleanField } from '../text/normalize.ts';
import { type ArticleMessage, articleMessage } from './messages.ts';
import type { CheckedOverrides } from './overrides.ts';

/** The merged facts and the statistics codes of their district and province. */
export function mergeFacts(
	extraction: Extraction,
	overrides: CheckedOverrides | null,
): { facts: Facts; codes: Entry['codes'] } {
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

/**
 * The facts without a date or period year outside the plausible range (see `dates/bounds.ts`):
 * one set in frontmatter holds the article back; one found in the text is dropped with a warning.
 */
export function boundDates(
	file: string,
	facts: Facts,
	values: CheckedOverrides['values'],
	fieldLines: ReadonlyMap<string, number>,
	messages: ArticleMessage[],
): Facts {
	const year = facts.period?.year;
	const periodSet = values.period !== undefined;
	if (!facts.date && (year === undefined || periodSet)) return facts;
	// The clock is read once per article; the range is written out only into a message.
	const plausible = plausibleRange();
	const range = () => `${plausible.earliest} to ${plausible.latest}`;
	const rangeVi = () => `${plausible.earliest} đến ${plausible.latest}`;
	let bounded = facts;
	if (facts.date && !plausible.holds(facts.date)) {
		if (values.date) {
			const line = fieldLines.get('date');
			messages.push(
				articleMessage('date-out-of-range', file, `frontmatter date ${facts.date} is outside ${range()}`, {
					field: 'date',
					vi: `Ngày khai báo ${facts.date} nằm ngoài khoảng ${rangeVi()}`,
					...(line !== undefined ? { line } : {}),
				}),
			);
		} else {
			messages.push(
				articleMessage(
					'implausible-date',
					file,
					`the date found in the text, ${facts.date}, is outside ${range()}; it was dropped`,
					{ vi: `Ngày tìm thấy trong bài, ${facts.date}, nằm ngoài khoảng ${rangeVi()} nên đã bị bỏ` },
				),
			);
		}
		bounded = { ...bounded, date: null };
	}
	if (year !== undefined && !periodSet && !plausible.holds(`${String(year).padStart(4, '0')}-01-01`)) {
		messages.push(
			articleMessage(
				'implausible-date',
				file,
				`the period found in the text, of the year ${year}, is outside ${range()}; it was dropped`,
				{ vi: `Kỳ báo cáo tìm thấy trong bài, năm ${year}, nằm ngoài khoảng ${rangeVi()} nên đã bị bỏ` },
			),
		);
		bounded = { ...bounded, period: null };
	}
	return bounded;
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
