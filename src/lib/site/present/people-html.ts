/**
 * Lists of officials written as text, escaped as Astro escapes a template (`../markup.ts`),
 * instead of rendered by Astro item by item: a district's visitors with each appearance (the
 * DistrictVisitors component), and a directory of officials (the OfficialDirectory component:
 * a province's page lists a hundred and more, the officials' index thousands).
 */
import { ROLE_LABELS } from '../../format/enum-names.ts';
import { dotJoin } from '../../format/text.ts';
import { attribute, escapeText } from '../markup.ts';
import type { DistrictPage, OfficialPage } from '../model/types.ts';
import { linkTexts } from './figure-time.ts';

type Href = (path: string) => string;

/** A person's name linking to their page, then what to say of them. */
function personHtml(path: string, name: string, title: string, href: Href): string {
	return `<span class="people__name"><a${attribute('href', href(path))}>${escapeText(name)}</a></span> <span class="people__title">${title}</span>`;
}

/**
 * The `<li>` of each official who came to or spoke in a district: the title they held (at
 * their latest appearance) and each briefing, by its day (by its short title when undated, so
 * no two links read the same), with their role.
 */
export function districtVisitorsHtml(officials: DistrictPage['officials'], href: Href): string {
	let out = '';
	for (const { ref, appearances } of officials) {
		const texts = linkTexts(appearances.map((a) => a.briefing));
		const visits = appearances
			.map(
				(a, i) =>
					`<a${attribute('href', href(a.briefing.path))}>${escapeText(texts[i] ?? '')}</a>${escapeText(` (${ROLE_LABELS[a.role]})`)}`,
			)
			.join(', ');
		out += `<li>${personHtml(ref.path, ref.name, escapeText(appearances[0]?.title ?? ''), href)}<span class="sub">${visits}</span></li>`;
	}
	return out;
}

/** The `<li>` of each official of a directory: the latest title seen and how many briefings. */
export function officialDirectoryHtml(officials: readonly OfficialPage[], href: Href): string {
	let out = '';
	for (const o of officials) {
		const title = dotJoin([o.appearances[0]?.title, `${o.appearances.length} bài`]);
		out += `<li>${personHtml(o.ref.path, o.ref.name, escapeText(title), href)}</li>`;
	}
	return out;
}
