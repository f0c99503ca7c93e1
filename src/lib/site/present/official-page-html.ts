/**
 * An official's page inside the frame (src/pages/quan-chuc/[province]/[official].astro), written
 * as text, escaped as Astro escapes a template (`../markup.ts`), instead of rendered by Astro
 * component by component and item by item: at 10,000 articles a build has some 7,900 of them.
 * Its head: breadcrumbs, name, latest title, key facts; then the titles held, the districts
 * visited, the appearances (with the official's feed) and the officials seen alongside.
 */
import { formatSpan } from '../../format/dates.ts';
import { ROLE_LABELS } from '../../format/enum-names.ts';
import { dotJoin } from '../../format/text.ts';
import { attribute, escapeText } from '../markup.ts';
import type { Appearance, OfficialPage } from '../model/types.ts';
import { paths } from '../paths.ts';
import { keyFactsHtml } from './key-facts-html.ts';
import { shortDateHtml } from './short-date-html.ts';
import { breadcrumbsHtml } from './site-frame.ts';

type Href = (path: string) => string;

/** The page's main content, `href` making a site path a link. */
export function officialPageHtml(page: OfficialPage, href: Href): string {
	const { ref } = page;
	const latest = page.appearances[0]?.title;
	const feed = href(paths.feed(ref.path));
	return (
		'<header class="page-head">' +
		breadcrumbsHtml(
			[
				{ label: 'Trang chủ', path: paths.home() },
				{ label: 'Quan chức', path: paths.officials() },
				{ label: ref.province.name, path: ref.province.path },
				{ label: ref.name },
			],
			href,
		) +
		`<p class="kicker">Quan chức · ${escapeText(ref.province.fullName)}</p><h1>${escapeText(ref.name)}</h1>` +
		(latest ? `<p class="standfirst">${escapeText(latest)}</p>` : '') +
		'<dl class="facts-grid key-facts">' +
		keyFactsHtml(
			[
				{ label: 'Tỉnh, thành phố', value: ref.province.name, path: ref.province.path },
				{ label: 'Xuất hiện', value: `${page.appearances.length} bài` },
				{ label: 'Huyện', value: `${page.districts.length} huyện` },
				{ label: 'Thời gian', value: formatSpan(page.dates) },
			],
			href,
		) +
		'</dl></header><div class="two-col"><section aria-labelledby="titles"><h2 id="titles" class="section-title">Chức danh qua các bài</h2>' +
		titlesHtml(page.titles) +
		'</section><section aria-labelledby="districts"><h2 id="districts" class="section-title">Các huyện đã đến</h2>' +
		countedLinksHtml(
			page.districts.map((d) => ({ path: d.ref.path, name: d.ref.fullName, count: d.count })),
			href,
			'Các bài không gắn với huyện nào.',
		) +
		'</section></div><section class="section" aria-labelledby="visits"><h2 id="visits">Các lần xuất hiện</h2>' +
		`<ol class="blist visits">${appearancesHtml(page.appearances, href)}</ol>` +
		`<p class="note"><a${attribute('href', feed)} type="application/rss+xml">Theo dõi qua RSS</a>: bài mới có ${escapeText(ref.name)}.</p>` +
		'</section><section class="section" aria-labelledby="companions"><h2 id="companions">Cùng xuất hiện</h2>' +
		countedLinksHtml(
			page.companions.map((c) => ({ path: c.ref.path, name: c.ref.name, count: c.count })),
			href,
			'Không có quan chức nào khác được nêu cùng.',
		) +
		'</section>'
	);
}

/** The titles held, oldest first, each with its first day and its last when another. */
function titlesHtml(titles: OfficialPage['titles']): string {
	if (titles.length === 0) return '<p class="note">Các bài không ghi chức danh.</p>';
	let out = '<ol class="titles">';
	for (const t of titles) {
		const days = t.last !== t.first ? `${shortDateHtml(t.first)} – ${shortDateHtml(t.last)}` : shortDateHtml(t.first);
		out += `<li><span>${escapeText(t.title)}</span><span class="dates">${days}</span></li>`;
	}
	return `${out}</ol>`;
}

/** Links in columns, each with how many briefings it counts; `none` as a note when there are none. */
function countedLinksHtml(
	items: readonly { path: string; name: string; count: number }[],
	href: Href,
	none: string,
): string {
	if (items.length === 0) return `<p class="note">${escapeText(none)}</p>`;
	let out = '<ul class="columns">';
	for (const item of items) {
		out += `<li><a${attribute('href', href(item.path))}>${escapeText(item.name)}</a><span class="count">${item.count} bài</span></li>`;
	}
	return `${out}</ul>`;
}

/** Where the official appeared, newest first: date, briefing, place, the title they held then, their role. */
function appearancesHtml(appearances: readonly Appearance[], href: Href): string {
	let out = '';
	for (const a of appearances) {
		const b = a.briefing;
		const place =
			b.districts.length > 0
				? b.districts.map((d) => `<a${attribute('href', href(d.path))}>${escapeText(d.fullName)}</a>`).join(', ')
				: escapeText(b.province?.name ?? '');
		out +=
			`<li class="blist__item"><span class="blist__date">${shortDateHtml(b.entry.date)}</span>` +
			`<div><p class="blist__title"><a${attribute('href', href(b.path))}>${escapeText(b.entry.title)}</a></p>` +
			`<p class="blist__meta">${place}${escapeText(` · ${dotJoin([a.title, ROLE_LABELS[a.role]])}`)}</p></div></li>`;
	}
	return out;
}
