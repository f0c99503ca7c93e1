/**
 * The static paths of every dynamic page of a build (src/routes.ts gives each page its list):
 * the parameters of `routeParams` (paths.ts), the model's page as props, and a `cacheKey` for
 * Astro's incremental build (page-keys.ts): a digest of everything the page prints, that is its
 * props, what the page reads from the model besides them (a briefing's neighbours and same-month
 * list), and `siteWide`, what every page prints (the settings). A new route gives
 * `cacheKey: keys.page(data)` with `data` all it shows; a page that reads anything that is not in
 * `data` goes stale when that changes.
 *
 * All the pages' keys are computed in one pass with one digester, which is dropped when this
 * returns: the pages share most of the model (a briefing is printed by its own page, its
 * district's, province's, officials' and indicators' pages), so each object of it is digested
 * once, and the digester's memo (an entry per object of the model) is not kept, and walked by
 * every garbage collection, while the pages render.
 */
import { yearOverview } from './model/archive.ts';
import { indicatorOverview } from './model/indicators.ts';
import { provinceComparisons, provinceOfficials, provinceTimeline, provinceYears } from './model/provinces.ts';
import type { SiteModel } from './model/types.ts';
import type { EditorLists } from './outputs/editor-pages.ts';
import { type KnownDigests, pageKeys } from './page-keys.ts';
import { routeParams } from './paths.ts';
import { districtGlance } from './present/district-glance.ts';

export type PageRoutes = ReturnType<typeof pageRoutes>;

/**
 * Every dynamic page's static paths, by route; `lists`, the editors' lists of the model's
 * report (src/model.ts makes them); `known`, digests of objects of the model known before they
 * are read (the entries' data: `lineDigest`, src/lib/collection-snapshot.ts).
 */
export function pageRoutes(model: SiteModel, siteWide: unknown, lists: EditorLists, known?: KnownDigests) {
	const keys = pageKeys(model, siteWide, known);
	return {
		/**
		 * /bai-viet/[id]/: every briefing, and every copy of one: a copy's address redirects to the
		 * briefing it repeats (whichever of two identical files came first, both addresses work).
		 */
		briefings: [
			...model.briefings.map((briefing) => ({
				params: routeParams.briefing(briefing.id),
				props: { briefing, copy: false },
				cacheKey: keys.briefing(briefing),
			})),
			...model.copies.map(({ id, original }) => ({
				params: routeParams.briefing(id),
				props: { briefing: original, copy: true },
				cacheKey: keys.copy(original),
			})),
		],
		/**
		 * /tinh/[province]/: every province with briefings, its most widely reported comparisons
		 * (`provinceComparisons`), its most named officials (`provinceOfficials`), each year's
		 * newest briefings (`provinceTimeline`).
		 */
		provinces: model.provinces.map((page) => {
			const props = {
				page,
				comparisons: provinceComparisons(page),
				officials: provinceOfficials(page),
				timeline: provinceTimeline(page),
			};
			return { params: routeParams.province(page.ref.slug), props, cacheKey: keys.page(props) };
		}),
		/** /tinh/[province]/quan-chuc/: every official of each province that names one, by name. */
		provinceOfficials: model.provinces
			.filter((page) => page.officials.length > 0)
			.map((page) => {
				const props = { province: page.ref, officials: page.officials };
				return { params: routeParams.provinceOfficials(page.ref.slug), props, cacheKey: keys.page(props) };
			}),
		/** /tinh/[province]/bai-viet/[year]/: a province's briefings of a year its page lists only the newest of. */
		provinceYears: model.provinces.flatMap((page) =>
			provinceYears(page).map((year) => ({
				params: routeParams.provinceYear(page.ref.slug, year.group.year),
				props: { year },
				cacheKey: keys.page(year),
			})),
		),
		/**
		 * /tinh/[province]/[district]/: every district with briefings, with its summary card (ranks
		 * read from its province's comparisons).
		 */
		districts: model.districts.map((page) => {
			const props = {
				page,
				glance: districtGlance(page, model.provincePage(page.ref.province.code)?.comparisons ?? []),
			};
			return { params: routeParams.district(page.ref.province.slug, page.ref.slug), props, cacheKey: keys.page(props) };
		}),
		/** /quan-chuc/[province]/[official]/: every official. */
		officials: model.officials.map((page) => ({
			params: routeParams.official(page.ref.province.slug, page.ref.slug),
			props: { page },
			cacheKey: keys.page(page),
		})),
		/** /ngay/[year]/: every year with dated briefings, each month's first briefings (`yearOverview`). */
		years: model.years.map((page) => {
			const year = yearOverview(page);
			return { params: routeParams.year(year.year), props: { year }, cacheKey: keys.page(year) };
		}),
		/** /ngay/[year]/[month]/: every month with dated briefings. */
		months: model.months.map((month) => ({
			params: routeParams.month(month.key),
			props: { month },
			cacheKey: keys.page(month),
		})),
		/** /chi-so/[key]/: every indicator some briefing reports, with its newest briefings (`indicatorOverview`). */
		indicators: model.indicators.map((indicator) => {
			const page = indicatorOverview(indicator);
			return { params: routeParams.indicator(page.key), props: { page }, cacheKey: keys.page(page) };
		}),
		/** /chi-so/[key]/[province]/: an indicator's ranking within each province with a briefing that reports it. */
		indicatorProvinces: model.indicators.flatMap((i) =>
			i.provinces.map((page) => ({
				params: routeParams.indicatorProvince(i.key, page.province.slug),
				props: { page },
				cacheKey: keys.page(page),
			})),
		),
		/** /bien-tap/[list]/[page]/: every page after the first of the editors' lists (the first is on /bien-tap/). */
		editorLists: [...lists.held, ...lists.warned]
			.filter((page) => page.page > 1)
			.map((page) => ({
				params: routeParams.editorList(page.list, page.page),
				props: { page },
				cacheKey: keys.page(page),
			})),
	};
}
