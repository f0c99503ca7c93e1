/**
 * briefings.json: published briefings' facts, as the extraction contract names them, with their
 * id and the absolute URLs of their page, places and officials. The record's shape and its JSON
 * Schema are `BriefingRecordSchema` (src/schemas/record.ts).
 */
import type { BriefingRecord } from '../../../schemas/record.ts';
import type { Briefing } from '../model/types.ts';
import { jsonArrayForWeb } from './json-for-web.ts';

export type { BriefingRecord };

/** The record of each briefing, in the given order; `url` turns a site path into an absolute URL. */
export function briefingRecords(briefings: readonly Briefing[], url: (path: string) => string): BriefingRecord[] {
	return briefings.map((b) => briefingRecord(b, url));
}

/** The record of one briefing (see `briefingRecords`). */
function briefingRecord(b: Briefing, url: (path: string) => string): BriefingRecord {
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
}

/**
 * A briefings.json file, as UTF-8: the records, tab-indented, markup characters escaped (see
 * `jsonForWeb`), each record made and written in turn (the site's file holds every briefing).
 */
export function briefingsJson(briefings: readonly Briefing[], url: (path: string) => string): Uint8Array<ArrayBuffer> {
	return jsonArrayForWeb(
		(function* () {
			for (const b of briefings) yield briefingRecord(b, url);
		})(),
	);
}
