/** /rss.xml: the newest dated briefings of the whole site, with their full text. */
import type { APIRoute } from 'astro';
import { downloadResponse, siteWideDownloads, urlOn } from '../downloads.ts';
import { model } from '../model.ts';

export const GET: APIRoute = ({ site }) => downloadResponse(siteWideDownloads(model, urlOn(site)), 'rss.xml');
