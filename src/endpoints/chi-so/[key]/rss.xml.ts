/** /chi-so/{key}/rss.xml: the newest dated briefings that report the indicator. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, indicatorDownloads, urlOn } from '../../../downloads.ts';
import { indicatorDataRoutes } from '../../../routes.ts';

export const getStaticPaths = indicatorDataRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(indicatorDownloads(page, urlOn(site)), 'rss.xml');
