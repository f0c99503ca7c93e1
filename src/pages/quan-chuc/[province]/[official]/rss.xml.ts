/** /quan-chuc/{province}/{official}/rss.xml: the newest dated briefings that name the official. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse } from '../../../../downloads.ts';
import { paths } from '../../../../lib/site/paths.ts';
import { officialRoutes } from '../../../../routes.ts';

export const getStaticPaths = officialRoutes satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { page }, site: origin }) =>
	feedResponse(
		{
			name: `${page.ref.name} (${page.ref.province.name})`,
			page: page.ref.path,
			feed: paths.feed(page.ref.path),
			briefings: page.appearances.map((a) => a.briefing),
		},
		origin,
	);
