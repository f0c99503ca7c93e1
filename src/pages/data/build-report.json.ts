/**
 * /data/build-report.json: what became of every file under the articles folder (published,
 * warning, quarantined, duplicate) with what to fix.
 */
import type { APIRoute } from 'astro';
import { jsonForWeb } from '../../lib/site/outputs/json-for-web.ts';
import { report } from '../../model.ts';

export const GET: APIRoute = () =>
	new Response(jsonForWeb(report), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
