/** /data/indicators.csv: every figure of every published briefing, one row per measure (see lib/site/outputs/indicators-csv.ts). */
import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = (context) => csvResponse(model.briefings, context.site);
