/**
 * /data/briefings.json: every published briefing's facts with absolute URLs (see
 * `briefingRecords`; the shape is /data/briefing.schema.json).
 */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../downloads.ts';
import { site } from '../../site.ts';

export const GET: APIRoute = (context) => jsonResponse(site.briefings, context.site);
