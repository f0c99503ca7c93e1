/** /bai-viet/{id}/indicators.csv: the briefing's figures, the rows of the site's indicators.csv. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { csvResponse } from '../../../downloads.ts';
import { briefingDataRoutes } from '../../../routes.ts';

export const getStaticPaths = briefingDataRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { briefing }, site }) =>
	csvResponse([briefing], site);
