/**
 * The site's downloads: RSS feeds, briefings.json, indicators.csv and the datapackage.json
 * describing them, of the whole site, of a briefing, a province and a district; an official's
 * and an indicator's feed; an indicator's ranking.csv, site-wide and by province. Each is a
 * `Download`: its address and how its bytes are made from the site model.
 *
 * `npm run build` writes them all after `astro build` has exited (`siteDownloads`, by
 * src/write-downloads.ts), not Astro: each cost Astro a rendered page and a second copy in its
 * cache. `npm run dev` serves each at the same address from the endpoints of src/endpoints/
 * (src/integrations/downloads.ts), which give the same `Download`s (`downloadResponse`).
 */
import { getRssString } from '@astrojs/rss';
import { absoluteUrl } from './href.ts';
import { settings } from './lib/settings.ts';
import type {
	Briefing,
	DistrictPage,
	IndicatorPage,
	IndicatorProvincePage,
	OfficialPage,
	ProvincePage,
	SiteModel,
} from './lib/site/model/types.ts';
import { briefingsJson } from './lib/site/outputs/briefings-json.ts';
import { type DataScope, dataPackage } from './lib/site/outputs/datapackage.ts';
import { type FeedScope, feedOptions } from './lib/site/outputs/feeds.ts';
import { briefingsCsv } from './lib/site/outputs/indicators-csv.ts';
import { jsonForWeb } from './lib/site/outputs/json-for-web.ts';
import { rankingCsv, rankingRows } from './lib/site/outputs/ranking-csv.ts';
import { paths } from './lib/site/paths.ts';

/** The absolute URL of a site path: "/tinh/dien-bien/" → "https://example.org/briefings/tinh/dien-bien/". */
export type UrlMaker = (path: string) => string;

/** One file of the downloads. */
export interface Download {
	/** Its folder's site path ("/tinh/dien-bien/"), without the base path. */
	readonly folder: string;
	/** Its file name ("rss.xml"). */
	readonly name: string;
	/** Its Content-Type. */
	readonly type: string;
	/**
	 * All its bytes are made from, besides the settings and the site's address: the data of its
	 * key (src/lib/site/page-keys.ts), so that an unchanged file is not made again; null for the
	 * site-wide files, made at every build.
	 */
	readonly source: unknown;
	/** Its bytes, made when asked for. */
	readonly body: () => Promise<string | Uint8Array<ArrayBuffer>> | string | Uint8Array<ArrayBuffer>;
}

const FEED = 'application/rss+xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV = 'text/csv; charset=utf-8; header=present';

const urlMakers = new Map<string, UrlMaker>();

/**
 * The absolute URL maker of a build on `site` (the endpoint context's `site`): the same function
 * for the same site, so that what is written with it is cached once (`briefingsJson`, `indicatorRows`).
 */
export function urlOn(site: URL | undefined): UrlMaker {
	const key = site?.href ?? '';
	let url = urlMakers.get(key);
	if (!url) {
		url = (path: string) => absoluteUrl(path, site);
		urlMakers.set(key, url);
	}
	return url;
}

const feed = (folder: string, scope: Omit<FeedScope, 'page' | 'feed'>, source: unknown, url: UrlMaker): Download => ({
	folder,
	name: 'rss.xml',
	source,
	type: FEED,
	body: () => getRssString(feedOptions({ ...scope, page: folder, feed: paths.feed(folder) }, url)),
});

/** briefings.json, indicators.csv and datapackage.json of `briefings`, in `scope.folder`. */
function dataFiles(scope: DataScope, briefings: readonly Briefing[], source: unknown, url: UrlMaker): Download[] {
	const { folder } = scope;
	return [
		{ folder, name: 'briefings.json', type: JSON_TYPE, source, body: () => briefingsJson(briefings, url) },
		{ folder, name: 'indicators.csv', type: CSV, source, body: () => briefingsCsv(briefings, url) },
		{
			folder,
			name: 'datapackage.json',
			type: JSON_TYPE,
			source,
			body: () => jsonForWeb(dataPackage(scope, settings, url)),
		},
	];
}

const ranking = (folder: string, page: { readonly measures: IndicatorPage['measures'] }, url: UrlMaker): Download => ({
	folder,
	name: 'ranking.csv',
	type: CSV,
	source: page,
	body: () => rankingCsv(rankingRows(page.measures, url)),
});

/** /rss.xml (the newest dated briefings, with their full text) and /data/: every published briefing. */
export function siteWideDownloads(model: SiteModel, url: UrlMaker): Download[] {
	return [
		feed(paths.home(), { name: null, briefings: model.briefings }, null, url),
		...dataFiles({ name: null, page: paths.data(), folder: '/data/' }, model.briefings, null, url),
	];
}

/** /bai-viet/{id}/: the briefing's own data files, its records of the site's files. */
export function briefingDownloads(briefing: Briefing, url: UrlMaker): Download[] {
	return dataFiles(
		{ name: briefing.entry.title, page: briefing.path, folder: briefing.path },
		[briefing],
		briefing,
		url,
	);
}

/** /tinh/{province}/ and /tinh/{province}/{district}/: the feed and data files of the briefings placed there. */
export function placeDownloads(page: ProvincePage | DistrictPage, url: UrlMaker): Download[] {
	const { fullName: name, path } = page.ref;
	return [
		...dataFiles({ name, page: path, folder: path }, page.briefings, page, url),
		feed(path, { name, briefings: page.briefings }, page, url),
	];
}

/** /quan-chuc/{province}/{official}/rss.xml: the newest dated briefings that name the official. */
export function officialDownloads(page: OfficialPage, url: UrlMaker): Download[] {
	const name = `${page.ref.name} (${page.ref.province.name})`;
	return [feed(page.ref.path, { name, briefings: page.appearances.map((a) => a.briefing) }, page, url)];
}

/** /chi-so/{key}/: exactly the ranked tables of the indicator's page, and the briefings that report it. */
export function indicatorDownloads(page: IndicatorPage, url: UrlMaker): Download[] {
	return [
		ranking(page.path, page, url),
		feed(page.path, { name: `chỉ tiêu ${page.name}`, briefings: page.briefings }, page, url),
	];
}

/** /chi-so/{key}/{province}/ranking.csv: exactly the ranked tables of the indicator's province page. */
export function indicatorProvinceDownloads(page: IndicatorProvincePage, url: UrlMaker): Download[] {
	return [ranking(page.path, page, url)];
}

/** Every download of the site. */
export function* siteDownloads(model: SiteModel, url: UrlMaker): Generator<Download> {
	yield* siteWideDownloads(model, url);
	for (const b of model.briefings) yield* briefingDownloads(b, url);
	for (const p of model.provinces) yield* placeDownloads(p, url);
	for (const d of model.districts) yield* placeDownloads(d, url);
	for (const o of model.officials) yield* officialDownloads(o, url);
	for (const i of model.indicators) {
		yield* indicatorDownloads(i, url);
		for (const p of i.provinces) yield* indicatorProvinceDownloads(p, url);
	}
}

/** The response of the file `name` of `downloads` (an endpoint of src/endpoints/, in dev). */
export async function downloadResponse(downloads: readonly Download[], name: string): Promise<Response> {
	const download = downloads.find((d) => d.name === name);
	if (!download) throw new Error(`no download named ${name}`);
	return new Response(await download.body(), {
		headers: { 'Content-Type': download.type },
	});
}
