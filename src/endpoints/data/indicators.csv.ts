/** /data/indicators.csv: every figure of every published briefing, one row per measure (see lib/site/outputs/indicators-csv.ts). */
import type { APIRoute } from 'astro';
import { downloadResponse, siteWideDownloads, urlOn } from '../../downloads.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = ({ site }) => downloadResponse(siteWideDownloads(model, urlOn(site)), 'indicators.csv');
