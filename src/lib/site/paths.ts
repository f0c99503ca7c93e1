/**
 * Every URL path of the site, in one place. Paths here are root-relative and end in "/" (or a
 * file name); `withBase` puts the deployment's base path in front.
 */

export const paths = {
	home: () => '/',
	briefing: (id: string) => `/bai-viet/${id}/`,
	provinces: () => '/tinh/',
	province: (provinceSlug: string) => `/tinh/${provinceSlug}/`,
	district: (provinceSlug: string, districtSlug: string) => `/tinh/${provinceSlug}/${districtSlug}/`,
	districts: () => '/huyen/',
	officials: () => '/quan-chuc/',
	official: (provinceSlug: string, officialSlug: string) => `/quan-chuc/${provinceSlug}/${officialSlug}/`,
	archive: () => '/ngay/',
	year: (year: string) => `/ngay/${year}/`,
	/** `yearMonth` is "2024-11". */
	month: (yearMonth: string) => `/ngay/${yearMonth.slice(0, 4)}/${yearMonth.slice(5, 7)}/`,
	search: () => '/tim-kiem/',
	editors: () => '/bien-tap/',
	data: () => '/du-lieu/',
	/** RSS feed of the site (`scope` "/") or of a province's or district's page (`scope` its path). */
	feed: (scope = '/') => `${scope}rss.xml`,
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
