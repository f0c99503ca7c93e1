/** /bai-viet/{id}/briefings.json: the briefing's facts, as one record of the site's briefings.json. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDownloads, downloadResponse, urlOn } from '../../../downloads.ts';
import { briefingDataRoutes } from '../../../routes.ts';

export const getStaticPaths = briefingDataRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { briefing }, site }) =>
	downloadResponse(briefingDownloads(briefing, urlOn(site)), 'briefings.json');
