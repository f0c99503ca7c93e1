/**
 * The static paths of every dynamic page and endpoint: a page's `getStaticPaths` is one of these
 * functions. The pages' lists, with their cache keys for Astro's incremental build, are made
 * together on the first call (`pageRoutes`, src/lib/site/page-routes.ts, which says what a key
 * must cover) and the same lists are given at every later call. The endpoints serve the downloads
 * in dev only (`npm run build` writes them outside Astro, src/write-downloads.ts): their lists
 * carry no key, which only a build reads.
 *
 * The briefing pages are given shard by shard of the search index (src/lib/site/search/
 * shard-order.ts), for as many shards as the search page and the index cut (`shardCount` of the
 * number of briefings), and the plan of that order is handed to `npm run build`
 * (`handOverShardPlan`), which indexes each shard as soon as its pages are written.
 */
import { handOverShardPlan } from './integrations/search-index.ts';
import { settings } from './lib/settings.ts';
import { type PageRoutes, pageRoutes } from './lib/site/page-routes.ts';
import { routeParams } from './lib/site/paths.ts';
import { inShardOrder, shardPlan } from './lib/site/search/shard-order.ts';
import { shardCount, shardPagesSetting } from './lib/site/search/shards.ts';
import { editorPages, knownDigests, model } from './model.ts';

let pages: PageRoutes | undefined;
const routes = () => {
	if (!pages) {
		const all = pageRoutes(model, settings, editorPages, knownDigests);
		// The search page reads the shard size as this does (src/pages/tim-kiem/index.astro).
		const shards = shardCount(model.briefings.length, shardPagesSetting(process.env));
		const briefings = inShardOrder(all.briefings, (path) => path.params.id, shards);
		handOverShardPlan(
			shardPlan(
				briefings.map((path) => path.params.id),
				shards,
			),
		);
		pages = { ...all, briefings };
	}
	return pages;
};

/**
 * /bai-viet/[id]/: every briefing, and every copy of one: a copy's address redirects to the
 * briefing it repeats (whichever of two identical files came first, both addresses work). In
 * the order of the search index's shards.
 */
export const briefingRoutes = () => routes().briefings;

/** /tinh/[province]/: every province with briefings: its page, feed and data files. */
export const provinceRoutes = () => routes().provinces;

/** /tinh/[province]/quan-chuc/: every official of a province, by name (its page lists only the most named of many). */
export const provinceOfficialsRoutes = () => routes().provinceOfficials;

/** /tinh/[province]/bai-viet/[year]/: a province's briefings of a year its page lists only the newest of. */
export const provinceYearRoutes = () => routes().provinceYears;

/**
 * /tinh/[province]/[district]/ itself: every district with briefings, with its summary card
 * (ranks read from its province's comparisons), which its data files do not print.
 */
export const districtPageRoutes = () => routes().districts;

/** /quan-chuc/[province]/[official]/: every official. */
export const officialRoutes = () => routes().officials;

/** /ngay/[year]/: every year with dated briefings. */
export const yearRoutes = () => routes().years;

/** /ngay/[year]/[month]/: every month with dated briefings. */
export const monthRoutes = () => routes().months;

/** /chi-so/[key]/: every indicator some briefing reports: its ranking and its newest briefings. */
export const indicatorRoutes = () => routes().indicators;

/** /bien-tap/[list]/[page]/: the pages after the first of the editors' lists. */
export const editorListRoutes = () => routes().editorLists;

/** /chi-so/[key]/ ranking.csv and feed: every indicator some briefing reports, with all its briefings. */
export const indicatorDataRoutes = () =>
	model.indicators.map((page) => ({ params: routeParams.indicator(page.key), props: { page } }));

/** /chi-so/[key]/[province]/: an indicator's ranking within each province with a briefing that reports it. */
export const indicatorProvinceRoutes = () => routes().indicatorProvinces;

/** /bai-viet/[id]/briefings.json and indicators.csv: every briefing's own data files (no copies). */
export const briefingDataRoutes = () =>
	model.briefings.map((briefing) => ({ params: routeParams.briefing(briefing.id), props: { briefing } }));

/** /tinh/[province]/[district]/ feed and data files: every district with briefings. */
export const districtRoutes = () =>
	model.districts.map((page) => ({
		params: routeParams.district(page.ref.province.slug, page.ref.slug),
		props: { page },
	}));
