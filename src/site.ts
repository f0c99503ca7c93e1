/**
 * The site model, built once per build from the articles collection. Pages import `site` and
 * never query the collection themselves.
 */
import { getCollection } from 'astro:content';
import { editorsView } from './lib/site/editors.ts';
import { buildSite } from './lib/site/model.ts';
import { buildReport } from './lib/site/report.ts';

export const site = buildSite(await getCollection('articles'));

/** What became of every article file (dist/data/build-report.json). */
export const report = buildReport(site.report);

/** The report as the editors' page shows it. */
export const editors = editorsView(report);
