/**
 * A briefing's day in DateTime's short form, as HTML: `<time datetime="2024-11-19">19/11/2024</time>`,
 * or a muted "Chưa rõ ngày" when the day is unknown. For the lists that print one a line (an
 * indicator's page lists thousands), written with `set:html` into the element that holds it
 * rather than as the DateTime component, as Astro renders each component on its own. The day is
 * a checked ISO date (`IsoDateSchema`), so its text holds nothing to escape; anything else is
 * escaped all the same.
 */
import { datetimeAttr, formatShortDate, formatVietnameseDate } from '../../format/dates.ts';
import { attribute, escapeText } from '../markup.ts';

export function shortDateHtml(date: string | null): string {
	if (!date) return '<span class="muted">Chưa rõ ngày</span>';
	return `<time datetime="${escapeText(datetimeAttr(date, null))}">${escapeText(formatShortDate(date))}</time>`;
}

/**
 * A briefing's day as the DateTime component writes it: "Thứ Ba, 19/11/2024" with the dateline
 * time when given ("…, 14:30"), "19/11/2024" when `short`; a muted "Chưa rõ ngày" when unknown.
 * For the byline every briefing's page prints, written with `set:html` into its element.
 */
export function dateTimeHtml(date: string | null, time: string | null, short = false): string {
	if (!date) return '<span class="muted">Chưa rõ ngày</span>';
	const text = short ? formatShortDate(date) : formatVietnameseDate(date);
	return `<time${attribute('datetime', datetimeAttr(date, time))}>${escapeText(time && !short ? `${text}, ${time}` : text)}</time>`;
}
