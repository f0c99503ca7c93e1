/** /tinh/{province}/rss.xml: the newest dated briefings placed in the province. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, placeDownloads, urlOn } from '../../../downloads.ts';
import { provinceRoutes } from '../../../routes.ts';

export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(placeDownloads(page, urlOn(site)), 'rss.xml');
