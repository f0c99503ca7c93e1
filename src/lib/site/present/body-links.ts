/**
 * What a briefing's text links to: the first mention of each official, of its province and
 * of each district it reports on (see `remarkBriefing`).
 */
import type { LinkTarget } from '../../markdown/remark-briefing.ts';
import type { Briefing } from '../model/types.ts';

/**
 * Link targets for a briefing's body; `href` turns a site path into a link (adding the base
 * path). Every text links to one place: a district named like its province ("Điện Biên") is
 * linked only as "huyện Điện Biên", leaving the bare name to the province.
 */
export function bodyLinks(b: Briefing, href: (path: string) => string): LinkTarget[] {
	const out: LinkTarget[] = [];
	const taken = new Set<string>();
	const add = (text: string, path: string, title: string) => {
		if (taken.has(text)) return;
		taken.add(text);
		out.push({ text, href: href(path), title });
	};
	for (const o of b.officials) if (o.ref) add(o.name, o.ref.path, `Quan chức: ${o.name}`);
	if (b.province) add(b.province.name, b.province.path, `Tỉnh, thành phố: ${b.province.name}`);
	for (const d of b.districts) {
		const text = taken.has(d.name) ? `${d.typeLabel} ${d.name}` : d.name;
		add(text, d.path, `${d.fullName}, ${d.province.name}`);
	}
	return out;
}
