/** /tinh/{province}/datapackage.json: publisher, licence and contents of the province's data files. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, placeDownloads, urlOn } from '../../../downloads.ts';
import { provinceRoutes } from '../../../routes.ts';

export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(placeDownloads(page, urlOn(site)), 'datapackage.json');
