/** /bai-viet/{id}/datapackage.json: publisher, licence and contents of the briefing's own data files. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDownloads, downloadResponse, urlOn } from '../../../downloads.ts';
import { briefingDataRoutes } from '../../../routes.ts';

export const getStaticPaths = briefingDataRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { briefing }, site }) =>
	downloadResponse(briefingDownloads(briefing, urlOn(site)), 'datapackage.json');
