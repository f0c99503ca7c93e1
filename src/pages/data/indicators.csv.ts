/** /data/indicators.csv: every figure of every published briefing, one row per measure (see lib/site/csv.ts). */
import type { APIRoute } from 'astro';
import { csvResponse } from '../../downloads.ts';
import { site } from '../../site.ts';

export const GET: APIRoute = (context) => csvResponse(site.briefings, context.site);
