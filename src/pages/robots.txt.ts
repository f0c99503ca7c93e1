/**
 * /robots.txt: every crawler may read everything; the sitemap's absolute address (with the base
 * path). Crawlers only read robots.txt at the root of a host: under a base path this file is
 * for the record, and the host's own robots.txt should point to the same sitemap.
 */
import type { APIRoute } from 'astro';
import { urlOn } from '../downloads.ts';
import { paths } from '../lib/site/paths.ts';

export const GET: APIRoute = (context) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urlOn(context.site)(paths.sitemap())}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
