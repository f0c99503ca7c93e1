/** /quan-chuc/{province}/{official}/rss.xml: the newest dated briefings that name the official. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { downloadResponse, officialDownloads, urlOn } from '../../../../downloads.ts';
import { officialRoutes } from '../../../../routes.ts';

export const getStaticPaths = officialRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site }) =>
	downloadResponse(officialDownloads(page, urlOn(site)), 'rss.xml');
