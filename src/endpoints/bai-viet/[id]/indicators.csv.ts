/** /bai-viet/{id}/indicators.csv: the briefing's figures, the rows of the site's indicators.csv. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { briefingDownloads, downloadResponse, urlOn } from '../../../downloads.ts';
import { briefingDataRoutes } from '../../../routes.ts';

export const getStaticPaths = briefingDataRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { briefing }, site }) =>
	downloadResponse(briefingDownloads(briefing, urlOn(site)), 'indicators.csv');
