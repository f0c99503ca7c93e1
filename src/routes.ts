/**
 * The static paths of every dynamic page and endpoint: one function per page, each giving the
 * parameters of `routeParams` (src/lib/site/paths.ts, beside the paths every link uses) and the
 * model's page as props. A page's `getStaticPaths` is one of these.
 *
 * Each path also has a `cacheKey` for Astro's incremental build (src/lib/site/page-keys.ts): a
 * digest of everything the page prints, that is its props, what the page reads from `model`
 * besides them (a briefing's neighbours and same-month list), and the site-wide settings. A new
 * route gives `cacheKey: keys.page(data)` with `data` all it shows; a page that reads anything
 * that is not in `data` goes stale when that changes.
 */
import { settings } from './lib/settings.ts';
import { pageKeys } from './lib/site/page-keys.ts';
import { routeParams } from './lib/site/paths.ts';
import { districtGlance } from './lib/site/present/district-glance.ts';
import { model } from './model.ts';

const keys = pageKeys(model, settings);

/**
 * /bai-viet/[id]/: every briefing, and every copy of one: a copy's address redirects to the
 * briefing it repeats (whichever of two identical files came first, both addresses work).
 */
export function briefingRoutes() {
	return [
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
	];
}

/** /bai-viet/[id]/briefings.json and indicators.csv: every briefing's own data files (no copies). */
export function briefingDataRoutes() {
	return model.briefings.map((briefing) => ({
		params: routeParams.briefing(briefing.id),
		props: { briefing },
		cacheKey: keys.page(briefing),
	}));
}

/** /tinh/[province]/: every province with briefings: its page, feed and data files. */
export function provinceRoutes() {
	return model.provinces.map((page) => ({
		params: routeParams.province(page.ref.slug),
		props: { page },
		cacheKey: keys.page(page),
	}));
}

/** /tinh/[province]/[district]/ feed and data files: every district with briefings. */
export function districtRoutes() {
	return model.districts.map((page) => ({
		params: routeParams.district(page.ref.province.slug, page.ref.slug),
		props: { page },
		cacheKey: keys.page(page),
	}));
}

/**
 * /tinh/[province]/[district]/ itself: every district with briefings, with its summary card
 * (ranks read from its province's comparisons), which its data files do not print.
 */
export function districtPageRoutes() {
	return model.districts.map((page) => {
		const props = { page, glance: districtGlance(page, model.provincePage(page.ref.province.code)?.comparisons ?? []) };
		return { params: routeParams.district(page.ref.province.slug, page.ref.slug), props, cacheKey: keys.page(props) };
	});
}

/** /quan-chuc/[province]/[official]/: every official. */
export function officialRoutes() {
	return model.officials.map((page) => ({
		params: routeParams.official(page.ref.province.slug, page.ref.slug),
		props: { page },
		cacheKey: keys.page(page),
	}));
}

/** /ngay/[year]/: every year with dated briefings. */
export function yearRoutes() {
	return model.years.map((year) => ({
		params: routeParams.year(year.year),
		props: { year },
		cacheKey: keys.page(year),
	}));
}

/** /ngay/[year]/[month]/: every month with dated briefings. */
export function monthRoutes() {
	return model.months.map((month) => ({
		params: routeParams.month(month.key),
		props: { month },
		cacheKey: keys.page(month),
	}));
}

/** /chi-so/[key]/: every indicator some briefing reports: its ranking, its ranking.csv and its feed. */
export function indicatorRoutes() {
	return model.indicators.map((page) => ({
		params: routeParams.indicator(page.key),
		props: { page },
		cacheKey: keys.page(page),
	}));
}

/** /chi-so/[key]/[province]/: an indicator's ranking within each province with a briefing that reports it. */
export function indicatorProvinceRoutes() {
	return model.indicators.flatMap((i) =>
		i.provinces.map((page) => ({
			params: routeParams.indicatorProvince(i.key, page.province.slug),
			props: { page },
			cacheKey: keys.page(page),
		})),
	);
}
