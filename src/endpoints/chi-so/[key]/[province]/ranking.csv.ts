/** /chi-so/{key}/{province}/ranking.csv: exactly the ranked tables of the indicator's province page. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, indicatorProvinceDownloads, urlOn } from '../../../../downloads.ts';
import { indicatorProvinceRoutes } from '../../../../routes.ts';

export const getStaticPaths = indicatorProvinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(indicatorProvinceDownloads(page, urlOn(site)), 'ranking.csv');
