/**
 * /data/briefings.json: every published briefing's facts with absolute URLs (see
 * `briefingRecords`; the shape is /data/briefing.schema.json).
 */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../downloads.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = (context) => jsonResponse(model.briefings, context.site);
