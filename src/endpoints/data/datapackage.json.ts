/** /data/datapackage.json: publisher, licence and contents of /data/briefings.json and /data/indicators.csv. */
import type { APIRoute } from 'astro';
import { downloadResponse, siteWideDownloads, urlOn } from '../../downloads.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = ({ site }) => downloadResponse(siteWideDownloads(model, urlOn(site)), 'datapackage.json');
