/** /tinh/{province}/quan-chuc.json: the search page's menu of the province's officials. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, officialMenuDownload } from '../../../downloads.ts';
import { menus } from '../../../model.ts';
import { provinceRoutes } from '../../../routes.ts';

export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page } }) =>
	downloadResponse([officialMenuDownload(page, menus)], 'quan-chuc.json');
