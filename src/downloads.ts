/**
 * The responses of the site's downloads: RSS feeds, briefings.json, indicators.csv and the
 * datapackage.json describing them, of the whole site, of a province and of a district. Endpoints only pick the briefings (a grouping of
 * the site model) and call one of these.
 */
import { getRssString } from '@astrojs/rss';
import { absoluteUrl } from './href.ts';
import { settings } from './lib/settings.ts';
import type { Briefing, Comparison } from './lib/site/model/types.ts';
import { briefingsJson } from './lib/site/outputs/briefings-json.ts';
import { type DataScope, dataPackage } from './lib/site/outputs/datapackage.ts';
import { type FeedScope, feedOptions } from './lib/site/outputs/feeds.ts';
import { briefingsCsv } from './lib/site/outputs/indicators-csv.ts';
import { jsonForWeb } from './lib/site/outputs/json-for-web.ts';
import { rankingCsv, rankingRows } from './lib/site/outputs/ranking-csv.ts';

const urlMakers = new Map<string, (path: string) => string>();

/**
 * The absolute URL maker of a build on `site` (the endpoint context's `site`): the same function
 * for the same site, so that what is written with it is cached once (`briefingsJson`, `indicatorRows`).
 */
export function urlOn(site: URL | undefined): (path: string) => string {
	const key = site?.href ?? '';
	let url = urlMakers.get(key);
	if (!url) {
		url = (path: string) => absoluteUrl(path, site);
		urlMakers.set(key, url);
	}
	return url;
}

export async function feedResponse(scope: FeedScope, site: URL | undefined): Promise<Response> {
	return new Response(await getRssString(feedOptions(scope, urlOn(site))), {
		headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
	});
}

export function jsonResponse(briefings: readonly Briefing[], site: URL | undefined): Response {
	return new Response(briefingsJson(briefings, urlOn(site)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}

export function csvResponse(briefings: readonly Briefing[], site: URL | undefined): Response {
	return new Response(briefingsCsv(briefings, urlOn(site)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
}

/** ranking.csv of an indicator's page: its ranked tables, row for row. */
export function rankingResponse(measures: readonly Comparison[], site: URL | undefined): Response {
	return new Response(rankingCsv(rankingRows(measures, urlOn(site))), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
}

/** The Data Package of a folder's briefings.json and indicators.csv: publisher, licence, columns. */
export function dataPackageResponse(scope: DataScope, site: URL | undefined): Response {
	return new Response(jsonForWeb(dataPackage(scope, settings, urlOn(site))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
