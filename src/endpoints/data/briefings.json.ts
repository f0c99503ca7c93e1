/**
 * /data/briefings.json: every published briefing's facts with absolute URLs (see
 * `briefingRecords`; the shape is /data/briefing.schema.json).
 */
import type { APIRoute } from 'astro';
import { downloadResponse, siteWideDownloads, urlOn } from '../../downloads.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = ({ site }) => downloadResponse(siteWideDownloads(model, urlOn(site)), 'briefings.json');
