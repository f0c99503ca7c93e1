/** /tinh/{province}/rss.xml: the newest dated briefings placed in the province. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse } from '../../../downloads.ts';
import { paths } from '../../../lib/site/paths.ts';
import { provinceRoutes } from '../../../routes.ts';

export const getStaticPaths = provinceRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site: origin }) =>
	feedResponse(
		{ name: page.ref.fullName, page: page.ref.path, feed: paths.feed(page.ref.path), briefings: page.briefings },
		origin,
	);
