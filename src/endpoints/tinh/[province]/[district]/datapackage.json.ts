/** /tinh/{province}/{district}/datapackage.json: publisher, licence and contents of the district's data files. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, placeDownloads, urlOn } from '../../../../downloads.ts';
import { districtRoutes } from '../../../../routes.ts';

export const getStaticPaths = districtRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(placeDownloads(page, urlOn(site)), 'datapackage.json');
