/**
 * /data/briefings.json: every published briefing's facts with absolute URLs (see `briefingRecords`).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../href.ts';
import { briefingRecords } from '../../lib/site/json.ts';
import { site } from '../../site.ts';

export const GET: APIRoute = (context) =>
	new Response(
		`${JSON.stringify(
			briefingRecords(site.briefings, (path) => absoluteUrl(path, context.site)),
			null,
			'\t',
		)}\n`,
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
