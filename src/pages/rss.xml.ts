/** /rss.xml: the newest dated briefings of the whole site, with their full text. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../downloads.ts';
import { paths } from '../lib/site/paths.ts';
import { model } from '../model.ts';

export const GET: APIRoute = (context) =>
	feedResponse({ name: null, page: paths.home(), feed: paths.feed(), briefings: model.briefings }, context.site);
