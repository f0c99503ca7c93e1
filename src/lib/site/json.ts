/**
 * /data/briefings.json: every published briefing's facts, as the extraction contract names
 * them, with its id and the absolute URLs of its page, places and officials.
 */
import type { Facts } from '../../schemas/briefing.ts';
import type { Briefing } from './types.ts';

export interface BriefingRecord extends Omit<Facts, 'district' | 'province' | 'officials'> {
	readonly id: string;
	readonly url: string;
	readonly district: { readonly name: string; readonly url: string } | null;
	readonly province: { readonly name: string; readonly url: string } | null;
	readonly officials: readonly {
		readonly name: string;
		readonly title: string;
		readonly level: Facts['officials'][number]['level'];
		readonly role: Facts['officials'][number]['role'];
		readonly url: string | null;
	}[];
}

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
