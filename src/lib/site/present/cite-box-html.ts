/**
 * A briefing's "Trích dẫn" box (the CiteBox component's section) written as text, escaped as
 * Astro escapes a template (`../markup.ts`): every briefing's page prints it. The line to copy,
 * its parts (the page's and the original's addresses as links), and the briefing's files.
 */
import { attribute, escapeText } from '../markup.ts';
import { paths } from '../paths.ts';
import type { Citation } from './citation.ts';

/**
 * The inside of the box for the briefing at `path`, cited as `cite`; `licence` names the data's
 * licence; `href` makes a site path a link.
 */
export function citeBoxHtml(path: string, cite: Citation, licence: string, href: (path: string) => string): string {
	let out = `<h2 id="cite-title" class="section-title">Trích dẫn</h2><p class="cite-box__text" data-cite-text>${escapeText(cite.text)}</p><dl class="cite-box__fields">`;
	for (const f of cite.fields) {
		const value = escapeText(f.value);
		out +=
			`<div><dt>${escapeText(f.label)}</dt><dd>` +
			(f.link
				? `<a${attribute('href', f.value)}${attribute('rel', f.link === 'original' ? 'noopener nofollow' : undefined)}>${value}</a>`
				: value) +
			'</dd></div>';
	}
	return (
		`${out}</dl><p class="cite-box__downloads">Tải số liệu của bài: ` +
		`<a${attribute('href', href(paths.briefingsJson(path)))} type="application/json">JSON</a> · ` +
		`<a${attribute('href', href(paths.indicatorsCsv(path)))} type="text/csv">CSV</a> · ` +
		`<a${attribute('href', href(paths.dataPackage(path)))} type="application/json">Data Package</a> · ` +
		`<a${attribute('href', href(paths.data()))}>giải thích các trường, giấy phép ${escapeText(licence)}</a></p>`
	);
}
