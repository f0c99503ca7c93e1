/**
 * The items of a list of briefings (the BriefingList component's `<ol>`): date, headline linking
 * to the briefing, and what it is (kind, period, place), written as text, escaped as Astro
 * escapes a template (`../markup.ts`), instead of rendered by Astro item by item: a month's page
 * lists hundreds, a year's and an indicator's thousands.
 */
import { formatPeriod, formatShortDate, yearGroupLabel } from '../../format/dates.ts';
import { KIND_LABELS } from '../../format/enum-names.ts';
import { dotJoin, placeLabel } from '../../format/text.ts';
import { attribute, escapeText } from '../markup.ts';
import type { Briefing, TimelineCut, TimelineGroup } from '../model/types.ts';
import { shortDateHtml } from './short-date-html.ts';

/** How much of a briefing's place a list repeats (`placeLabel`): none on a district's own page. */
export type ListPlace = 'none' | 'district' | 'full';

/**
 * The `<li>` of each briefing: its date first (in `compact` lists, for sidebars, the date is
 * said in the line under the headline instead), `href` making a site path a link.
 */
export function briefingItemsHtml(
	briefings: readonly Briefing[],
	place: ListPlace,
	compact: boolean,
	href: (path: string) => string,
): string {
	let out = '';
	for (const b of briefings) {
		const e = b.entry;
		const meta = dotJoin([
			compact && e.date ? formatShortDate(e.date) : null,
			KIND_LABELS[e.kind],
			e.period ? formatPeriod(e.period) : null,
			placeLabel(b, place),
		]);
		out +=
			'<li class="blist__item">' +
			(compact ? '' : `<span class="blist__date">${shortDateHtml(e.date)}</span>`) +
			`<div><p class="blist__title"><a${attribute('href', href(b.path))}>${escapeText(e.title)}</a></p>` +
			`<p class="blist__meta">${escapeText(meta)}</p></div></li>`;
	}
	return out;
}

/**
 * Briefings grouped by year (the Timeline component's inside): a `<section>` a year, newest
 * first, headed with its count ("Chưa rõ ngày" for the undated), then its list of briefings;
 * a group cut short (`TimelineCut`) counts all its briefings and links the page of them all.
 */
export function timelineHtml(
	groups: readonly (TimelineGroup | TimelineCut)[],
	place: ListPlace,
	href: (path: string) => string,
): string {
	let out = '';
	for (const g of groups) {
		const cut = 'more' in g ? g : null;
		const heading = yearGroupLabel(g.year);
		out +=
			`<section><h3 class="timeline__year">${escapeText(heading)} ` +
			`<span class="timeline__count">${cut?.count ?? g.briefings.length} bài</span></h3>` +
			`<ol class="blist">${briefingItemsHtml(g.briefings, place, false, href)}</ol>` +
			(cut?.more
				? `<p class="note"><a${attribute('href', href(cut.more))}>${escapeText(`Mọi bài ${heading.toLowerCase()}`)}</a></p>`
				: '') +
			'</section>';
	}
	return out;
}
