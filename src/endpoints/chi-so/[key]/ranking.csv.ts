/** /chi-so/{key}/ranking.csv: exactly the ranked tables of the indicator's page. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, indicatorDownloads, urlOn } from '../../../downloads.ts';
import { indicatorDataRoutes } from '../../../routes.ts';

export const getStaticPaths = indicatorDataRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(indicatorDownloads(page, urlOn(site)), 'ranking.csv');
