/**
 * Every URL path of the site, in one place. Paths here are root-relative and end in "/" (or a
 * file name); `withBase` puts the deployment's base path in front. The parameters of the
 * dynamic pages (`routeParams`, what src/routes.ts gives Astro) are the same path's parts, so
 * a page is always built at the address every link gives it.
 */

/** The parameters of each dynamic page (named as its file's [brackets]) from what its path is made of. */
export const routeParams = {
	briefing: (id: string) => ({ id }),
	province: (provinceSlug: string) => ({ province: provinceSlug }),
	district: (provinceSlug: string, districtSlug: string) => ({ province: provinceSlug, district: districtSlug }),
	/** `year` null: the undated briefings. */
	provinceYear: (provinceSlug: string, year: string | null) => ({
		province: provinceSlug,
		year: year ?? 'chua-ro-ngay',
	}),
	provinceOfficials: (provinceSlug: string) => ({ province: provinceSlug }),
	official: (provinceSlug: string, officialSlug: string) => ({ province: provinceSlug, official: officialSlug }),
	year: (year: string) => ({ year }),
	/** `yearMonth` is "2024-11": { year: "2024", month: "11" }. */
	month: (yearMonth: string) => ({ year: yearMonth.slice(0, 4), month: yearMonth.slice(5, 7) }),
	indicator: (key: string) => ({ key }),
	indicatorProvince: (key: string, provinceSlug: string) => ({ key, province: provinceSlug }),
	/** A page after the first of one of the editors' lists. */
	editorList: (list: EditorList, page: number) => ({ list: EDITOR_LISTS[list], page: String(page) }),
} as const;

/** The editors' lists (src/lib/site/outputs/editor-pages.ts), by their ids on the editors' page: their folders. */
export type EditorList = 'held' | 'warned';
const EDITOR_LISTS: Readonly<Record<EditorList, string>> = { held: 'giu-lai', warned: 'can-xem-lai' };

export const paths = {
	home: () => '/',
	briefing: (id: string) => `/bai-viet/${routeParams.briefing(id).id}/`,
	provinces: () => '/tinh/',
	province: (provinceSlug: string) => `/tinh/${routeParams.province(provinceSlug).province}/`,
	district: (provinceSlug: string, districtSlug: string) => {
		const p = routeParams.district(provinceSlug, districtSlug);
		return `/tinh/${p.province}/${p.district}/`;
	},
	/** A province's briefings of one year (`year` null: the undated), when its page lists only the newest. */
	provinceYear: (provinceSlug: string, year: string | null) => {
		const p = routeParams.provinceYear(provinceSlug, year);
		return `/tinh/${p.province}/bai-viet/${p.year}/`;
	},
	districts: () => '/huyen/',
	/** Every official of a province, by name: its page lists only the most named when it has more. */
	provinceOfficials: (provinceSlug: string) =>
		`/tinh/${routeParams.provinceOfficials(provinceSlug).province}/quan-chuc/`,
	officials: () => '/quan-chuc/',
	official: (provinceSlug: string, officialSlug: string) => {
		const p = routeParams.official(provinceSlug, officialSlug);
		return `/quan-chuc/${p.province}/${p.official}/`;
	},
	archive: () => '/ngay/',
	year: (year: string) => `/ngay/${routeParams.year(year).year}/`,
	/** `yearMonth` is "2024-11". */
	month: (yearMonth: string) => {
		const p = routeParams.month(yearMonth);
		return `/ngay/${p.year}/${p.month}/`;
	},
	/** Every indicator compared across districts. */
	indicators: () => '/chi-so/',
	/** One indicator (its stable key, "budget-revenue"): districts ranked on it, site-wide. */
	indicator: (key: string) => `/chi-so/${routeParams.indicator(key).key}/`,
	/** One indicator's ranking within a province. */
	indicatorProvince: (key: string, provinceSlug: string) => {
		const p = routeParams.indicatorProvince(key, provinceSlug);
		return `/chi-so/${p.key}/${p.province}/`;
	},
	/** ranking.csv of an indicator's page (`scope` its path): exactly its ranked table. */
	rankingCsv: (scope: string) => `${scope}ranking.csv`,
	search: () => '/tim-kiem/',
	editors: () => '/bien-tap/',
	/**
	 * Page `page` of one of the editors' lists: the first is the list's section of the editors'
	 * page (`#held`, `#warned`), the others are pages of their own.
	 */
	editorList: (list: EditorList, page: number) => {
		if (page <= 1) return `/bien-tap/#${list}`;
		const p = routeParams.editorList(list, page);
		return `/bien-tap/${p.list}/${p.page}/`;
	},
	data: () => '/du-lieu/',
	/** RSS feed of the site (`scope` "/") or of a province's or district's page (`scope` its path). */
	feed: (scope = '/') => `${scope}rss.xml`,
	/** The search page's menu of the officials of a province (`scope` its page's path, src/lib/site/search/filter-menus.ts). */
	officialMenu: (scope: string) => `${scope}quan-chuc.json`,
	/** briefings.json of the site (`scope` "/data/") or of a province's or district's page. */
	briefingsJson: (scope = '/data/') => `${scope}briefings.json`,
	/** indicators.csv of the site (`scope` "/data/") or of a province's or district's page. */
	indicatorsCsv: (scope = '/data/') => `${scope}indicators.csv`,
	/** JSON Schema of every briefings.json. */
	briefingSchema: () => '/data/briefing.schema.json',
	sitemap: () => '/sitemap-index.xml',
	/** Data Package (frictionlessdata.io) of the site's data files (`scope` "/data/") or of a province's or district's page. */
	dataPackage: (scope = '/data/') => `${scope}datapackage.json`,
	/** Icons and the default picture of shared links, from public/. */
	favicon: () => '/favicon.ico',
	faviconSvg: () => '/favicon.svg',
	appleTouchIcon: () => '/apple-touch-icon.png',
	ogImage: () => '/og-image.png',
} as const;

/** `path` under the deployment's base path: withBase('/briefings/', '/tinh/') → '/briefings/tinh/'. */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${b}${path.startsWith('/') ? path : `/${path}`}`;
}
