/**
 * The dynamic pages' static paths of a model as a build gives them (src/routes.ts), with the
 * editors' lists of its report made as src/model.ts makes them.
 */
import type { SiteModel } from '../../src/lib/site/model/types.ts';
import { buildReport } from '../../src/lib/site/outputs/build-report.ts';
import { editorLists } from '../../src/lib/site/outputs/editor-pages.ts';
import { editorsView } from '../../src/lib/site/outputs/editors-view.ts';
import type { KnownDigests } from '../../src/lib/site/page-keys.ts';
import { pageRoutes } from '../../src/lib/site/page-routes.ts';

export function routesOf(model: SiteModel, siteWide: unknown, known?: KnownDigests) {
	return pageRoutes(model, siteWide, editorLists(editorsView(buildReport(model.report), model.report)), known);
}
