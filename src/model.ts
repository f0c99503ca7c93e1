/**
 * The site model of this build, computed once from the articles collection
 * (src/lib/site/model/), with the build report and the editors' view of it. Pages and endpoints
 * read `model`; none queries the collection itself. The static paths of the dynamic pages are
 * in src/routes.ts.
 */
import { getCollection } from 'astro:content';
import { knownEntryDigests, recordedEntryDigests } from './lib/entry-digests.ts';
import { buildSite } from './lib/site/model/build-site.ts';
import { buildReport } from './lib/site/outputs/build-report.ts';
import { editorsView } from './lib/site/outputs/editors-view.ts';

const entries = await getCollection('articles');

export const model = buildSite(entries);

/**
 * The digests of the entries' data that the loader put down with the collection's snapshot in
 * this build (src/lib/entry-digests.ts), for the pages' keys; undefined without one (dev,
 * `astro build` alone): the keys then read the data. Made when asked (once, by src/routes.ts),
 * not held by this module through the rendering.
 */
export function knownDigests(): ((value: object) => string | undefined) | undefined {
	return knownEntryDigests(entries, recordedEntryDigests());
}

/** What became of every article file (dist/data/build-report.json). */
export const report = buildReport(model.report);

/** The report as the editors' page shows it. */
export const editors = editorsView(report, model.report);
