/**
 * The site model of this build, computed once from the articles collection
 * (src/lib/site/model/), with the build report and the editors' view of it. Pages and endpoints
 * read `model`; none queries the collection itself. The static paths of the dynamic pages are
 * in src/routes.ts.
 */
import { getCollection } from 'astro:content';
import { buildSite } from './lib/site/model/build-site.ts';
import { buildReport } from './lib/site/outputs/build-report.ts';
import { editorsView } from './lib/site/outputs/editors-view.ts';

export const model = buildSite(await getCollection('articles'));

/** What became of every article file (dist/data/build-report.json). */
export const report = buildReport(model.report);

/** The report as the editors' page shows it. */
export const editors = editorsView(report, model.report);
