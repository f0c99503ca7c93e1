/** /tinh/{province}/{district}/indicators.csv: the figures of the briefings about the district. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, placeDownloads, urlOn } from '../../../../downloads.ts';
import { districtRoutes } from '../../../../routes.ts';

export const getStaticPaths = districtRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(placeDownloads(page, urlOn(site)), 'indicators.csv');
