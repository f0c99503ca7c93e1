/** /bai-viet/{id}/datapackage.json: publisher, licence and contents of the briefing's own data files. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { dataPackageResponse } from '../../../downloads.ts';
import { briefingDataRoutes } from '../../../routes.ts';

export const getStaticPaths = briefingDataRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { briefing }, site }) =>
	dataPackageResponse({ name: briefing.entry.title, page: briefing.path, folder: briefing.path }, site);
