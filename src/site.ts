/**
 * The site model, built once per build from the articles collection. Pages import `site` and
 * never query the collection themselves.
 */
import { getCollection } from 'astro:content';
import { buildSite } from './lib/site/model/build-site.ts';
import { buildReport } from './lib/site/outputs/build-report.ts';
import { editorsView } from './lib/site/outputs/editors-view.ts';

export const site = buildSite(await getCollection('articles'));

/** What became of every article file (dist/data/build-report.json). */
export const report = buildReport(site.report);

/** The report as the editors' page shows it. */
export const editors = editorsView(report);

/**
 * Static paths of every briefing page, and of every copy of one: a copy's address redirects to
 * the briefing it repeats (whichever of two identical files came first, both addresses work).
 */
export function briefingRoutes() {
	return [
		...site.briefings.map((briefing) => ({ params: { id: briefing.id }, props: { briefing, copy: false } })),
		...site.copies.map(({ id, original }) => ({ params: { id }, props: { briefing: original, copy: true } })),
	];
}

/** Static paths of every province with briefings: its page, feed and data files. */
export function provinceRoutes() {
	return site.provinces.map((page) => ({ params: { province: page.ref.slug }, props: { page } }));
}

/** Static paths of every district with briefings: its page, feed and data files. */
export function districtRoutes() {
	return site.districts.map((page) => ({
		params: { province: page.ref.province.slug, district: page.ref.slug },
		props: { page },
	}));
}
