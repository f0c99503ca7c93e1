/**
 * The parts of every page's frame that are the same on every page, or on every page of a
 * section: the header's brand and navigation and the footer, written once as HTML (see
 * `markup.ts`: escaped as Astro escapes a template) instead of rendered by Astro as components
 * on each of the site's pages. The layout (src/layouts/BaseLayout.astro) prints them.
 */
import type { SiteSettings } from '../../settings.ts';
import { attribute, escapeText } from '../markup.ts';
import { paths } from '../paths.ts';
import { ariaCurrent, NAV } from './nav.ts';

/** A site path as a link of this deployment (`href` of src/href.ts: under the base path). */
export type Href = (path: string) => string;

/** The header's link home: the site's name and tagline. */
export function brandHtml(settings: Pick<SiteSettings, 'name' | 'tagline'>, href: Href): string {
	return `<a class="brand"${attribute('href', href('/'))}><span class="brand__name">${escapeText(settings.name)}</span><span class="brand__tag">${escapeText(settings.tagline)}</span></a>`;
}

/** The main navigation on the page at `current` (a site path), its section marked (`ariaCurrent`). */
export function siteNavHtml(current: string, href: Href): string {
	let items = '';
	for (const item of NAV) {
		items += `<li><a${attribute('href', href(item.path))}${attribute('aria-current', ariaCurrent(current, item.path))}>${escapeText(item.label)}</a></li>`;
	}
	return `<nav class="site-nav" aria-label="Mục chính"><ul>${items}</ul></nav>`;
}

/**
 * The inside of the footer (`<footer class="site-footer">`): what the site is and who makes it,
 * where to report an error, the administrative units it describes, its data and their licence.
 */
export function siteFooterHtml(
	settings: Pick<SiteSettings, 'organisation' | 'contact' | 'dataLicence'>,
	href: Href,
): string {
	const { organisation, contact, dataLicence } = settings;
	const link = (url: string, text: string) => `<a${attribute('href', url)}>${escapeText(text)}</a>`;
	const maker = organisation.url ? link(organisation.url, organisation.name) : escapeText(organisation.name);
	const reports =
		contact.email || contact.url
			? ` Báo lỗi, góp ý: ${contact.email ? link(`mailto:${contact.email}`, contact.email) : ''}${contact.email && contact.url ? ' · ' : ''}${contact.url ? link(contact.url, 'trang liên hệ') : ''}.`
			: '';
	return (
		'<div class="wrap site-footer__inner"><section aria-labelledby="footer-about"><h2 id="footer-about">Về trang này</h2><p>' +
		'Tóm tắt tự động các bài báo địa phương về làm việc, hội nghị của cấp huyện. Số liệu được trích từ văn bản bài viết: hãy đối chiếu với bài gốc trước khi trích dẫn.' +
		`</p><p>Thực hiện: ${maker}.${reports}</p></section>` +
		'<section aria-labelledby="footer-units"><h2 id="footer-units">Đơn vị hành chính</h2><p>' +
		'Cấp huyện chấm dứt hoạt động từ ngày 01/07/2025. Các bài viết và trang huyện mô tả đơn vị hành chính cũ (danh mục 2023–2024).' +
		'</p></section><section aria-labelledby="footer-data"><h2 id="footer-data">Dữ liệu</h2><ul>' +
		`<li>${link(href(paths.data()), 'Dữ liệu mở: JSON, CSV, RSS')}</li>` +
		`<li>Dữ liệu theo giấy phép <a${attribute('href', dataLicence.url)} rel="license">${escapeText(dataLicence.name)}</a></li>` +
		`<li><a${attribute('href', href(paths.feed()))} type="application/rss+xml">Bài mới qua RSS</a></li>` +
		`<li>${link(href(paths.archive()), 'Lưu trữ theo ngày')}</li>` +
		`<li>${link(href(paths.editors()), 'Dành cho biên tập viên')}</li>` +
		'</ul></section></div>'
	);
}

/** A crumb of `breadcrumbsHtml`: an ancestor with its site path, or the page itself without one. */
export interface Crumb {
	readonly label: string;
	readonly path?: string;
}

/** Where a page sits: links up the hierarchy, the page itself last (with `aria-current="page"`). */
export function breadcrumbsHtml(items: readonly Crumb[], href: Href): string {
	let list = '';
	for (const item of items) {
		list += item.path
			? `<li><a${attribute('href', href(item.path))}>${escapeText(item.label)}</a></li>`
			: `<li><span class="breadcrumbs__current" aria-current="page">${escapeText(item.label)}</span></li>`;
	}
	return `<nav class="breadcrumbs" aria-label="Vị trí trang"><ol>${list}</ol></nav>`;
}
