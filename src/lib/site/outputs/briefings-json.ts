/**
 * briefings.json: published briefings' facts, as the extraction contract names them, with their
 * id and the absolute URLs of their page, places and officials. The record's shape and its JSON
 * Schema are `BriefingRecordSchema` (src/schemas/record.ts).
 */
import type { BriefingRecord } from '../../../schemas/record.ts';
import type { Briefing } from '../model/types.ts';
import { jsonForWeb } from './json-for-web.ts';

export type { BriefingRecord };

/** The record of each briefing, in the given order; `url` turns a site path into an absolute URL. */
export function briefingRecords(briefings: readonly Briefing[], url: (path: string) => string): BriefingRecord[] {
	return briefings.map((b) => {
		const e = b.entry;
		return {
			id: b.id,
			url: url(b.path),
			title: e.title,
			date: e.date,
			province: b.province ? { name: b.province.name, url: url(b.province.path) } : null,
			district: b.district ? { name: b.district.name, url: url(b.district.path) } : null,
			districts: e.districts,
			kind: e.kind,
			period: e.period,
			officials: b.officials.map((o) => ({
				name: o.name,
				title: o.title,
				level: o.level,
				role: o.role,
				url: o.ref ? url(o.ref.path) : null,
			})),
			indicators: e.indicators,
			source: e.source,
		};
	});
}

/** A briefings.json file: the records, tab-indented, markup characters escaped (see `jsonForWeb`). */
export function briefingsJson(briefings: readonly Briefing[], url: (path: string) => string): string {
	if (briefings.length === 0) return jsonForWeb([]);
	// `jsonForWeb` of the array, put together from each record's text: a briefing is in several
	// files (its own, its district's, its province's, the site's), its record is written once.
	return `[\n\t${briefings.map((b) => recordText(b, url)).join(',\n\t')}\n]\n`;
}

// Record texts by URL maker (one per build's site), then by briefing: the model is not changed
// during a build, and another URL maker is another cache.
const recordTexts = new WeakMap<(path: string) => string, WeakMap<Briefing, string>>();

/** A record as an element of the file's array: `jsonForWeb` of it, each line after the first indented once more. */
function recordText(b: Briefing, url: (path: string) => string): string {
	let texts = recordTexts.get(url);
	if (!texts) {
		texts = new WeakMap();
		recordTexts.set(url, texts);
	}
	let text = texts.get(b);
	if (text === undefined) {
		const [record] = briefingRecords([b], url);
		// No line break is ever inside a JSON string (it is escaped): every one is the layout's.
		text = jsonForWeb(record).slice(0, -1).replace(/\n/g, '\n\t');
		texts.set(b, text);
	}
	return text;
}
