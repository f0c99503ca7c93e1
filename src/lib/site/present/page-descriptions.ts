/**
 * The description of each kind of page (its <meta name="description"> and og:description): what
 * the page holds, in one or two sentences a search result or a shared link can show.
 */

import { formatSpan, monthInSentence, monthNumber } from '../../format/dates.ts';
import { indicatorName } from '../../format/indicators.ts';
import { firstOf, inSentence } from '../../format/text.ts';
import { settings } from '../../settings.ts';
import type {
	Briefing,
	DistrictPage,
	MonthPage,
	ProvincePage,
	ProvinceRef,
	TimelineGroup,
	Totals,
	YearMonths,
} from '../model/types.ts';

/** Longest description: search engines cut around 160 characters; shared-link cards show a little more. */
export const DESCRIPTION_MAX = 240;

/** Cuts at a word boundary with an ellipsis when longer than `max`. */
export function clip(text: string, max = DESCRIPTION_MAX): string {
	const one = text.replace(/\s+/g, ' ').trim();
	if (one.length <= max) return one;
	const cut = one.lastIndexOf(' ', max - 1);
	return `${one.slice(0, cut > max / 2 ? cut : max - 1).replace(/[,;:.\s]+$/, '')}…`;
}

/** A briefing page: its lede, or its title when the article has none. */
export function briefingDescription(b: Briefing): string {
	return clip(b.entry.summary || b.entry.title);
}

/** A district: how many briefings and when, which figures it reported, who came. */
export function districtDescription(page: DistrictPage): string {
	const { ref } = page;
	const where = `${ref.fullName} (${ref.province.name})`;
	if (page.briefings.length === 0) {
		return clip(`${where} chưa có bài riêng; được nhắc trong ${page.alsoIn.length} bài tổng hợp của tỉnh.`);
	}
	const parts = [`${where}: ${page.briefings.length} bài viết, ${formatSpan(page.dates)}.`];
	const figures = [...new Set(page.history.map((s) => inSentence(indicatorName(s.key, s.label))))];
	if (figures.length > 0) parts.push(`Số liệu đã báo cáo: ${firstOf(figures, 4, 'chỉ tiêu')}.`);
	const officials = page.officials.map((o) => o.ref.name);
	if (officials.length > 0) parts.push(`Quan chức làm việc: ${firstOf(officials, 3, 'người')}.`);
	return clip(parts.join(' '));
}

/** A province: how many briefings, which districts, comparisons and officials. */
export function provinceDescription(page: ProvincePage): string {
	const covered = page.districts.filter((d) => d.count > 0).map((d) => d.ref.name);
	const parts = [
		`${page.ref.fullName}: ${page.briefings.length} bài viết về ${page.covered}/${page.districts.length} huyện${covered.length > 0 ? ` (${firstOf(covered, 4, 'huyện')})` : ''}.`,
	];
	if (page.comparisons.length > 0) parts.push(`So sánh các huyện trên ${page.comparisons.length} chỉ tiêu.`);
	if (page.officials.length > 0) parts.push(`${page.officials.length} quan chức được nêu.`);
	return clip(parts.join(' '));
}

/** A province's briefings of one year (or the undated): how many, about which districts. */
export function provinceYearDescription(province: ProvinceRef, group: TimelineGroup): string {
	const districts = districtsOf(group.briefings);
	return clip(
		`${province.fullName}: ${group.briefings.length} bài viết ${group.year ? `năm ${group.year}` : 'chưa rõ ngày'}${districts.length > 0 ? `, về ${firstOf(districts, 4, 'huyện')}` : ''}; mới nhất trước.`,
	);
}

/** The home page: the tagline and what the site holds. */
export function homeDescription(totals: Totals): string {
	return clip(
		`${settings.tagline}: ${totals.briefings} bài viết về ${totals.districts} huyện của ${totals.provinces} tỉnh, thành, trích từ tin bài báo chí địa phương.`,
	);
}

function districtsOf(briefings: readonly Briefing[]): string[] {
	return [...new Set(briefings.flatMap((b) => (b.district ? [inSentence(b.district.fullName)] : [])))];
}

/** A month of the archive: how many briefings, about which districts. */
export function monthDescription(month: MonthPage): string {
	const districts = districtsOf(month.briefings);
	return clip(
		`${month.count} bài viết ${monthInSentence(month.key)}${districts.length > 0 ? `, về ${firstOf(districts, 4, 'huyện')}` : ''}; theo ngày.`,
	);
}

/** A year of the archive: how many briefings, in which months. */
export function yearDescription(year: YearMonths): string {
	const months = year.months.map((m) => monthNumber(m.key));
	return clip(
		`${year.count} bài viết năm ${year.year}, trong ${months.length} tháng (tháng ${months.join(', ')}); theo tháng.`,
	);
}
