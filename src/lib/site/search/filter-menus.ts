/**
 * The search page's filter menus. The officials' menu is a province's at a time: the page holds
 * only the officials placed in no province, and each province's officials are in a file of its
 * page's folder (`paths.officialMenu`) that the page's script reads when the province is picked.
 * One menu of every official was most of the page at scale (7,858 options, 0.6 MB of its 1.6 MB
 * at 10,000 generated articles) and a menu no reader could scroll through.
 */
import type { ProvincePage, SiteModel } from '../model/types.ts';
import { paths } from '../paths.ts';
import { type FacetGroup, type FacetOption, type FilterKey, searchFacets } from './index-fields.ts';
import { FILTER_PARAMS } from './search-page.ts';

/** A menu's option; a province's names the file of its officials' menu (a site path). */
export interface MenuOption extends FacetOption {
	readonly officials?: string;
}

/** One filter menu of the search page. */
export interface FilterMenu {
	readonly key: FilterKey;
	/** The form field's name (`FILTER_PARAMS`). */
	readonly name: string;
	readonly label: string;
	/** The option that filters nothing. */
	readonly all: string;
	readonly groups: readonly { readonly label: string | null; readonly options: readonly MenuOption[] }[];
}

/** The page's menus and each province's officials (`officialMenuValue` is one province's file). */
export interface SearchMenus {
	readonly menus: readonly FilterMenu[];
	/** A province's name → its officials' options, by label. */
	readonly officials: ReadonlyMap<string, readonly FacetOption[]>;
}

/** The search page's menus of the published briefings: provinces, districts, officials (those of no province), years. */
export function searchMenus(site: Pick<SiteModel, 'briefings' | 'provinces'>): SearchMenus {
	const facets = searchFacets(site);
	const officials = new Map<string, readonly FacetOption[]>();
	const unplaced: FacetGroup[] = [];
	for (const g of facets.official) {
		if (g.label === null) unplaced.push(g);
		else officials.set(g.label, g.options);
	}
	const files = new Map(site.provinces.map((p) => [p.ref.name, paths.officialMenu(p.ref.path)]));
	const provinces = facets.province.map((g) => ({
		label: g.label,
		options: g.options.map((o) => {
			const file = files.get(o.value);
			return file === undefined ? o : { ...o, officials: file };
		}),
	}));
	const menu = (key: FilterKey, label: string, all: string, groups: FilterMenu['groups']): FilterMenu => ({
		key,
		name: FILTER_PARAMS[key],
		label,
		all,
		groups,
	});
	return {
		menus: [
			menu('province', 'Tỉnh, thành', 'Mọi tỉnh, thành', provinces),
			menu('district', 'Huyện', 'Mọi huyện', facets.district),
			menu('official', 'Quan chức', 'Mọi quan chức', unplaced),
			menu('year', 'Năm', 'Mọi năm', facets.year),
		],
		officials,
	};
}

/** The officials' menu of a province's page, in its `paths.officialMenu` file: every province page has one, empty or not. */
export function officialMenuOf(menus: SearchMenus, page: ProvincePage): readonly FacetOption[] {
	return menus.officials.get(page.ref.name) ?? [];
}

/** A province's officials' menu file: `{ "officials": [{ "value", "label", "count" }] }`. */
export function officialMenuValue(options: readonly FacetOption[]): { officials: FacetOption[] } {
	return { officials: options.map(({ value, label, count }) => ({ value, label, count })) };
}

/**
 * The options of a fetched menu file (`officialMenuValue`), the well-formed ones only: a value
 * and a label that are text, a count that is a whole number. Anything else gives none.
 */
export function readOfficialMenu(json: unknown): FacetOption[] {
	const list = typeof json === 'object' && json !== null ? (json as { officials?: unknown }).officials : undefined;
	if (!Array.isArray(list)) return [];
	return list.flatMap((o: unknown) => {
		if (typeof o !== 'object' || o === null) return [];
		const { value, label, count } = o as Record<string, unknown>;
		return typeof value === 'string' && value !== '' && typeof label === 'string' && Number.isSafeInteger(count)
			? [{ value, label, count: count as number }]
			: [];
	});
}
