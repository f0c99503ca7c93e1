/**
 * briefings.json: published briefings' facts, as the extraction contract names them, with their
 * id and the absolute URLs of their page, places and officials. The record's shape and its JSON
 * Schema are `BriefingRecordSchema` (src/schemas/record.ts).
 */
import type { BriefingRecord } from '../../../schemas/record.ts';
import type { Briefing } from '../model/types.ts';
import { jsonArrayBytes, jsonArrayChunks, jsonElementForWeb } from './json-for-web.ts';
import { scopedMemo } from './scoped-memo.ts';

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
 * `jsonForWeb`), put together from each record's bytes: a briefing is in several files (its own,
 * its district's, its province's, the site's), its record is written once a build, and the site's
 * file is never one string.
 */
export function briefingsJson(briefings: readonly Briefing[], url: (path: string) => string): Uint8Array<ArrayBuffer> {
	return jsonArrayBytes(briefings.map((b) => recordBytes(url, b)));
}

/**
 * `briefingsJson(briefings, url)` piece by piece, each record made as it comes and not kept: the
 * site's file, written as a stream, holds no more than one record at a time.
 */
export function briefingsJsonChunks(
	briefings: readonly Briefing[],
	url: (path: string) => string,
): Generator<Uint8Array> {
	return jsonArrayChunks(
		(function* () {
			for (const b of briefings) yield encodedRecord(b, url);
		})(),
	);
}

const encoder = new TextEncoder();

/** A record as an element of the file's array (`jsonElementForWeb`), in UTF-8. */
function encodedRecord(b: Briefing, url: (path: string) => string): Uint8Array {
	return encoder.encode(jsonElementForWeb(briefingRecord(b, url)));
}

// Made once per URL maker and briefing (`scopedMemo`): a briefing is in several files. UTF-8
// bytes, half the memory of strings.
const recordBytes = scopedMemo(encodedRecord);
