/**
 * The site's pages with downloads, cut into one group per province: the province, its districts,
 * the briefings placed in it and its officials, then one group of what no province holds (a
 * briefing without a province, a page of a province the model does not list). The downloads
 * writer (src/write-downloads.ts) makes each group's files together and then lets go of what it
 * made for them: a briefing's record, its indicators.csv lines and its feed text are in its own
 * files, its district's and its province's, and its officials' feeds, all in its province's group,
 * so that it holds one province's worth of them, not the site's.
 */
import type { Briefing, DistrictPage, OfficialPage, ProvincePage, SiteModel } from '../model/types.ts';

/** One province's pages (or, for the last group, those of none), each kind in the model's order. */
export interface ProvinceGroup {
	readonly provinces: readonly ProvincePage[];
	readonly districts: readonly DistrictPage[];
	readonly briefings: readonly Briefing[];
	readonly officials: readonly OfficialPage[];
}

type Pages = Pick<SiteModel, 'provinces' | 'districts' | 'briefings' | 'officials'>;

/**
 * Every province page, district page, briefing and official page of `model` exactly once, in
 * groups by province (the model's order of provinces), the group of pages without a listed
 * province last when there are any.
 */
export function provinceGroups(model: Pages): ProvinceGroup[] {
	const groups = new Map<
		string,
		{ provinces: ProvincePage[]; districts: DistrictPage[]; briefings: Briefing[]; officials: OfficialPage[] }
	>();
	const empty = () => ({ provinces: [], districts: [], briefings: [], officials: [] });
	for (const p of model.provinces) {
		const group = groups.get(p.ref.path) ?? empty();
		group.provinces.push(p);
		groups.set(p.ref.path, group);
	}
	const none = empty();
	const groupOf = (path: string | undefined) => (path === undefined ? undefined : groups.get(path)) ?? none;
	for (const d of model.districts) groupOf(d.ref.province.path).districts.push(d);
	for (const b of model.briefings) groupOf(b.province?.path).briefings.push(b);
	for (const o of model.officials) groupOf(o.ref.province.path).officials.push(o);
	const all: ProvinceGroup[] = [...groups.values()];
	if (none.districts.length + none.briefings.length + none.officials.length > 0) all.push(none);
	return all;
}
