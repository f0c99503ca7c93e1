/** /tinh/{province}/quan-chuc.json: the search page's menu of the province's officials. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, officialMenuDownload } from '../../../downloads.ts';
import { type SearchMenus, searchMenus } from '../../../lib/site/search/filter-menus.ts';
import { model } from '../../../model.ts';
import { provinceRoutes } from '../../../routes.ts';

export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

// Every province's menus are made at once (about 50 ms at 10,000 articles): once per model, not
// once per request, and again when an edit makes a new model.
let made: { site: typeof model; menus: SearchMenus } | undefined;
const menus = (): SearchMenus => {
	if (made?.site !== model) made = { site: model, menus: searchMenus(model) };
	return made.menus;
};

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page } }) =>
	downloadResponse([officialMenuDownload(page, menus())], 'quan-chuc.json');
