/**
 * The site's downloads: RSS feeds, briefings.json, indicators.csv and the datapackage.json
 * describing them, of the whole site, of a briefing, a province and a district; an official's
 * and an indicator's feed; an indicator's ranking.csv, site-wide and by province; a province's
 * officials for the search page's menu. Each is a `Download`: its address and how its bytes are
 * made from the site model.
 *
 * `npm run build` writes them all beside `astro build` (`siteDownloadGroups`, by
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
import { briefingsJson, briefingsJsonChunks } from './lib/site/outputs/briefings-json.ts';
import { type DataScope, dataPackage } from './lib/site/outputs/datapackage.ts';
import { type FeedScope, feedOptions } from './lib/site/outputs/feeds.ts';
import { briefingsCsv, briefingsCsvChunks } from './lib/site/outputs/indicators-csv.ts';
import { jsonForWeb } from './lib/site/outputs/json-for-web.ts';
import { provinceGroups } from './lib/site/outputs/province-groups.ts';
import { rankingCsv, rankingRows } from './lib/site/outputs/ranking-csv.ts';
import { rssXml } from './lib/site/outputs/rss-xml.ts';
import { paths } from './lib/site/paths.ts';
import { officialMenuOf, officialMenuValue, type SearchMenus, searchMenus } from './lib/site/search/filter-menus.ts';

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
	 * site-wide files, made at every build. What the file prints, not the whole page it belongs
	 * to: a place's page holds its officials, timeline and figures, an indicator's its provinces'
	 * pages, none of which its files print, and digesting them was most of the keys' CPU (all the
	 * keys of 10,000 articles took 3.7–4.5 s, measured outside the step, and 0.8–1.2 s without).
	 */
	readonly source: unknown;
	/** Its bytes, made when asked for. */
	readonly body: () => Promise<DownloadBody> | DownloadBody;
}

/**
 * A download's bytes: a text (written as UTF-8), bytes, or pieces of either in order (the
 * site-wide data files, tens of MB, written as they are made).
 */
export type DownloadBody = string | Uint8Array<ArrayBuffer> | Iterable<string | Uint8Array>;

/** All the bytes of `body` at once (a response in dev). */
export function wholeBody(body: DownloadBody): string | Uint8Array<ArrayBuffer> {
	if (typeof body === 'string' || body instanceof Uint8Array) return body;
	return Buffer.concat([...body].map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));
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
	body: () => {
		const options = feedOptions({ ...scope, page: folder, feed: paths.feed(folder) }, url);
		// @astrojs/rss's text, written directly when it can be (src/lib/site/outputs/rss-xml.ts).
		return rssXml(options) ?? getRssString(options);
	},
});

/**
 * briefings.json, indicators.csv and datapackage.json of `briefings`, in `scope.folder`; with
 * `streamed`, the first two in pieces, made as they are written (the site's).
 */
function dataFiles(
	scope: DataScope,
	briefings: readonly Briefing[],
	source: unknown,
	url: UrlMaker,
	streamed = false,
): Download[] {
	const { folder } = scope;
	return [
		{
			folder,
			name: 'briefings.json',
			type: JSON_TYPE,
			source,
			body: () => (streamed ? briefingsJsonChunks(briefings, url) : briefingsJson(briefings, url)),
		},
		{
			folder,
			name: 'indicators.csv',
			type: CSV,
			source,
			body: () => (streamed ? briefingsCsvChunks(briefings, url) : briefingsCsv(briefings, url)),
		},
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
	source: [folder, page.measures],
	body: () => rankingCsv(rankingRows(page.measures, url)),
});

/** /rss.xml (the newest dated briefings, with their full text) and /data/: every published briefing. */
export function siteWideDownloads(model: SiteModel, url: UrlMaker): Download[] {
	return [siteFeed(model, url), ...siteData(model, url)];
}

const siteFeed = (model: SiteModel, url: UrlMaker) =>
	feed(paths.home(), { name: null, briefings: model.briefings }, null, url);
const siteData = (model: SiteModel, url: UrlMaker) =>
	dataFiles({ name: null, page: paths.data(), folder: '/data/' }, model.briefings, null, url, true);

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
	const source = [page.ref, page.briefings];
	return [
		...dataFiles({ name, page: path, folder: path }, page.briefings, source, url),
		feed(path, { name, briefings: page.briefings }, source, url),
	];
}

/** /tinh/{province}/quan-chuc.json: the search page's menu of the province's officials. */
export function officialMenuDownload(page: ProvincePage, menus: SearchMenus): Download {
	const options = officialMenuOf(menus, page);
	return {
		folder: page.ref.path,
		name: 'quan-chuc.json',
		type: JSON_TYPE,
		source: [page.ref.path, options],
		body: () => jsonForWeb(officialMenuValue(options)),
	};
}

/** /quan-chuc/{province}/{official}/rss.xml: the newest dated briefings that name the official. */
export function officialDownloads(page: OfficialPage, url: UrlMaker): Download[] {
	const name = `${page.ref.name} (${page.ref.province.name})`;
	const briefings = page.appearances.map((a) => a.briefing);
	return [feed(page.ref.path, { name, briefings }, [page.ref, briefings], url)];
}

/** /chi-so/{key}/: exactly the ranked tables of the indicator's page, and the briefings that report it. */
export function indicatorDownloads(page: IndicatorPage, url: UrlMaker): Download[] {
	return [
		ranking(page.path, page, url),
		feed(
			page.path,
			{ name: `chỉ tiêu ${page.name}`, briefings: page.briefings },
			[page.name, page.path, page.briefings],
			url,
		),
	];
}

/** /chi-so/{key}/{province}/ranking.csv: exactly the ranked tables of the indicator's province page. */
export function indicatorProvinceDownloads(page: IndicatorProvincePage, url: UrlMaker): Download[] {
	return [ranking(page.path, page, url)];
}

/**
 * Every download of the site, in groups whose files print the same briefings: the site's feed
 * with the indicators' files; then each province's (src/lib/site/outputs/province-groups.ts):
 * its own (the search page's menu of its officials too), its districts', its briefings' and its
 * officials'; then the site's data files, made as they are written. Each group's files are made
 * with a URL maker of their own (giving the addresses of `url`, each once), which is what the
 * records, lines and feed texts they share are kept by: once a group is written and let go, so
 * is what was made for it.
 */
export function* siteDownloadGroups(model: SiteModel, url: UrlMaker): Generator<Download[]> {
	// Each path's URL made once in a group: a briefing's address is in its record, each of its
	// CSV lines and each feed that lists it, and parsing a URL cost about a second of CPU at
	// 10,000 articles.
	const scoped = (): UrlMaker => {
		const made = new Map<string, string>();
		return (path) => {
			let address = made.get(path);
			if (address === undefined) {
				address = url(path);
				made.set(path, address);
			}
			return address;
		};
	};
	let u = scoped();
	yield [
		siteFeed(model, u),
		...model.indicators.flatMap((i) => [
			...indicatorDownloads(i, u),
			...i.provinces.flatMap((p) => indicatorProvinceDownloads(p, u)),
		]),
	];
	const menus = searchMenus(model);
	for (const group of provinceGroups(model)) {
		u = scoped();
		yield [
			...group.provinces.flatMap((p) => [...placeDownloads(p, u), officialMenuDownload(p, menus)]),
			...group.districts.flatMap((d) => placeDownloads(d, u)),
			...group.briefings.flatMap((b) => briefingDownloads(b, u)),
			...group.officials.flatMap((o) => officialDownloads(o, u)),
		];
	}
	yield siteData(model, scoped());
}

/** The response of the file `name` of `downloads` (an endpoint of src/endpoints/, in dev). */
export async function downloadResponse(downloads: readonly Download[], name: string): Promise<Response> {
	const download = downloads.find((d) => d.name === name);
	if (!download) throw new Error(`no download named ${name}`);
	return new Response(wholeBody(await download.body()), {
		headers: { 'Content-Type': download.type },
	});
}
