/** /tinh/{province}/briefings.json: the records of the briefings placed in the province (shape: /data/briefing.schema.json). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, placeDownloads, urlOn } from '../../../downloads.ts';
import { provinceRoutes } from '../../../routes.ts';

export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(placeDownloads(page, urlOn(site)), 'briefings.json');
