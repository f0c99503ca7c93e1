/**
 * The site model of this build, computed once from the articles collection
 * (src/lib/site/model/), with the build report and the editors' view of it. Pages and endpoints
 * read `model`; none queries the collection itself. The static paths of the dynamic pages are
 * in src/routes.ts.
 *
 * Under `npm run build` the collection's data is in the snapshot the loader wrote
 * (src/lib/collection-snapshot.ts), which Astro's data store does not hold; in dev and in
 * `astro build` alone, the model reads the collection.
 */
import { getCollection } from 'astro:content';
import { ARTICLES_SNAPSHOT, lineDigest, readSnapshot } from './lib/collection-snapshot.ts';
import { buildSite } from './lib/site/model/build-site.ts';
import { officialDirectory } from './lib/site/model/officials.ts';
import { buildReport } from './lib/site/outputs/build-report.ts';
import { editorLists, editorPageSetting } from './lib/site/outputs/editor-pages.ts';
import { editorsView } from './lib/site/outputs/editors-view.ts';
import type { KnownDigests } from './lib/site/page-keys.ts';
import { searchMenus } from './lib/site/search/filter-menus.ts';

const snapshot = import.meta.env.DEV ? undefined : process.env[ARTICLES_SNAPSHOT];

// The bodies stay on disk, each read when a page asks for it: at 10,000 articles the build's
// process tree peaked at 1,448–1,499 MiB with them held, 1,327–1,337 without (two cold builds
// each, alternated, with no difference of time beyond the machine's noise).
export const model = buildSite(
	snapshot ? await readSnapshot(snapshot, { bodiesOnDisk: true }) : await getCollection('articles'),
);

/**
 * The digest of an entry's data the pages' keys may take for the data (src/lib/site/page-keys.ts):
 * that of its snapshot line; undefined without a snapshot (the keys then read the data).
 */
export const knownDigests: KnownDigests | undefined = snapshot ? lineDigest : undefined;

/** What became of every article file (dist/data/build-report.json). */
export const report = buildReport(model.report);

/** The report as the editors' page shows it. */
export const editors = editorsView(report, model.report);

/** The editors' lists cut into pages: the first of each on the editors' page, the others on their own. */
export const editorPages = editorLists(editors, editorPageSetting(process.env));

/** The officials' directory (/quan-chuc/): each province's officials, or its most named. */
export const directory = officialDirectory(model.officialIndex);

/** The search page's filter menus, and each province's officials' menu (its `quan-chuc.json` in dev). */
export const menus = searchMenus(model);
