/** /chi-so/{key}/rss.xml: the newest dated briefings that report the indicator. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse } from '../../../downloads.ts';
import { paths } from '../../../lib/site/paths.ts';
import { indicatorRoutes } from '../../../routes.ts';

export const getStaticPaths = indicatorRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site: origin }) =>
	feedResponse(
		{ name: `chỉ tiêu ${page.name}`, page: page.path, feed: paths.feed(page.path), briefings: page.briefings },
		origin,
	);
