/** /tinh/{province}/{district}/briefings.json: the records of the briefings about the district (shape: /data/briefing.schema.json). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, placeDownloads, urlOn } from '../../../../downloads.ts';
import { districtRoutes } from '../../../../routes.ts';

export const getStaticPaths = districtRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(placeDownloads(page, urlOn(site)), 'briefings.json');
