/**
 * The head of a briefing's facts panel (the FactsPanel component), written as text, escaped as
 * Astro escapes a template (`../markup.ts`), instead of rendered by Astro item by item: every
 * briefing's page prints it. What the briefing is (kind, period, place, source), its officials
 * with their titles, and the heading of its figures.
 */
import { formatPeriod } from '../../format/dates.ts';
import { KIND_LABELS, ROLE_LABELS } from '../../format/enum-names.ts';
import { dotJoin } from '../../format/text.ts';
import { attribute, escapeText } from '../markup.ts';
import type { Briefing } from '../model/types.ts';

type Href = (path: string) => string;

/** From the panel's title to the heading of its figures, `href` making a site path a link. */
export function factsSummaryHtml(b: Briefing, href: Href): string {
	const e = b.entry;
	const link = (path: string, text: string) => `<a${attribute('href', href(path))}>${escapeText(text)}</a>`;
	const others = b.districts.filter((d) => d.code !== b.district?.code);
	let place =
		(b.district ? link(b.district.path, b.district.fullName) : '') +
		(b.district && b.province ? ', ' : '') +
		(b.province ? link(b.province.path, b.province.name) : '<span class="muted">Chưa xác định</span>');
	if (others.length > 0) {
		place += `<span class="sub">${b.district ? 'Cũng nêu: ' : 'Các huyện: '}${others.map((d) => link(d.path, d.fullName)).join(', ')}</span>`;
	}
	let out =
		'<h2 id="facts-title">Tóm tắt bài viết</h2><dl class="facts-grid">' +
		`<div><dt>Loại tin</dt><dd>${escapeText(KIND_LABELS[e.kind])}</dd></div>` +
		`<div><dt>Kỳ báo cáo</dt><dd>${e.period ? escapeText(formatPeriod(e.period)) : '<span class="muted">Không nêu</span>'}</dd></div>` +
		`<div${others.length > 2 ? ' class="wide"' : ''}><dt>Địa bàn</dt><dd>${place}</dd></div>` +
		`<div><dt>Nguồn</dt><dd>${e.source.outlet != null ? escapeText(e.source.outlet) : '<span class="muted">Không rõ</span>'}</dd></div></dl>` +
		`<h3>Quan chức (${b.officials.length})</h3>`;
	if (b.officials.length > 0) {
		out += '<ul class="people">';
		for (const o of b.officials) {
			out +=
				`<li><span class="people__name">${o.ref ? link(o.ref.path, o.name) : escapeText(o.name)}</span> ` +
				`<span class="people__title">${escapeText(dotJoin([o.title, ROLE_LABELS[o.role]]))}</span></li>`;
		}
		out += '</ul>';
	} else {
		out += '<p class="note">Bài không nêu quan chức nào.</p>';
	}
	return `${out}<h3>Số liệu (${e.indicators.length})</h3>`;
}
