/**
 * A briefing's previous and next briefings by date (the NeighbourNav component's `<nav>`),
 * written as text, escaped as Astro escapes a template (`../markup.ts`): every briefing's page
 * prints it. In the same district, the same province, and overall, each scope that has one.
 */
import { formatShortDate } from '../../format/dates.ts';
import { inSentence } from '../../format/text.ts';
import { attribute, escapeText } from '../markup.ts';
import type { Briefing, Neighbours } from '../model/types.ts';

/** The neighbours of `b` in each scope. */
export interface ScopedNeighbours {
	readonly district: Neighbours;
	readonly province: Neighbours;
	readonly all: Neighbours;
}

/** The inside of the `<nav>`: its heading, then a line a scope, or why there is none. */
export function neighbourNavHtml(b: Briefing, neighbours: ScopedNeighbours, href: (path: string) => string): string {
	const scopes = [
		{ label: b.district ? `Cùng ${inSentence(b.district.fullName)}` : null, n: neighbours.district },
		{ label: b.province ? `Cùng ${inSentence(b.province.fullName)}` : null, n: neighbours.province },
		{ label: 'Mọi địa phương', n: neighbours.all },
	].filter((s) => s.label && (s.n.prev || s.n.next));
	let out = '<h2 id="neighbours-title">Bài trước, bài sau</h2>';
	if (scopes.length === 0) {
		return `${out}<p class="note">${b.entry.date ? 'Chưa có bài nào khác.' : 'Bài chưa rõ ngày nên không xếp được thứ tự.'}</p>`;
	}
	out += '<dl>';
	for (const s of scopes) {
		out += `<div><dt>${escapeText(s.label ?? '')}</dt><dd><ul>`;
		for (const [dir, other] of [
			['← Bài trước', s.n.prev],
			['Bài sau →', s.n.next],
		] as const) {
			if (!other) continue;
			const day = other.entry.date ? ` · ${formatShortDate(other.entry.date)}` : '';
			out += `<li><span class="neighbours__dir">${dir}${escapeText(day)}</span><a${attribute('href', href(other.path))}>${escapeText(other.entry.title)}</a></li>`;
		}
		out += '</ul></dd></div>';
	}
	return `${out}</dl>`;
}
