/** /data/briefing.schema.json: the JSON Schema of every briefings.json, generated from `BriefingRecordSchema`. */
import type { APIRoute } from 'astro';
import { urlOn } from '../../downloads.ts';
import { settings } from '../../lib/settings.ts';
import { jsonForWeb } from '../../lib/site/outputs/json-for-web.ts';
import { paths } from '../../lib/site/paths.ts';
import { briefingsJsonSchema } from '../../schemas/record.ts';

export const GET: APIRoute = (context) =>
	new Response(jsonForWeb(briefingsJsonSchema(urlOn(context.site)(paths.briefingSchema()), settings.name)), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
