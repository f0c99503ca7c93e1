/**
 * /data/build-report.json: what became of every file under the articles folder (published,
 * warning, quarantined, duplicate) with what to fix.
 */
import type { APIRoute } from 'astro';
import { buildReport } from '../../lib/site/report.ts';
import { site } from '../../site.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(buildReport(site.report), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
