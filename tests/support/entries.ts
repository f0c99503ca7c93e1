/**
 * Synthetic collection entries for unit tests of the site model: a briefing's facts with the
 * rest of the entry filled in, places given by name and resolved through the gazetteer.
 */
import { findDistricts, findProvince } from '../../src/lib/places/gazetteer.ts';
import type { CollectionItem } from '../../src/lib/site/model/types.ts';
import type { Indicator, Official } from '../../src/schemas/briefing.ts';
import type { Entry } from '../../src/schemas/entry.ts';

export interface ItemSpec extends Partial<Omit<Entry, 'officials' | 'indicators'>> {
	readonly officials?: readonly (Partial<Official> & { name: string })[];
	readonly indicators?: readonly (Partial<Indicator> & Pick<Indicator, 'key'>)[];
}

/** A collection item whose codes match its province and district names. */
export function item(id: string, spec: ItemSpec = {}): CollectionItem {
	const province = spec.province === undefined ? 'Điện Biên' : spec.province;
	const district = spec.district === undefined ? 'Nậm Pồ' : spec.district;
	const p = province ? findProvince(province) : undefined;
	const d = district ? findDistricts(district).find((x) => !p || x.provinceCode === p.code) : undefined;
	const data: Entry = {
		title: `Bài ${id}`,
		date: '2024-11-19',
		kind: 'working-visit',
		period: null,
		source: { outlet: null, url: null, author: null },
		file: `content/articles/${id}.txt`,
		status: 'published',
		time: null,
		summary: '',
		body: [],
		overridden: [],
		messages: [],
		fingerprint: `fp-${id}`,
		encoding: 'utf-8',
		...spec,
		province,
		district,
		districts: spec.districts ?? (district ? [district] : []),
		codes: spec.codes ?? { province: p?.code ?? null, district: d?.code ?? null },
		officials: (spec.officials ?? []).map((o) => ({
			title: 'Chủ tịch UBND tỉnh',
			level: 'province',
			role: 'lead',
			...o,
		})),
		indicators: (spec.indicators ?? []).map((i) => ({ label: i.key, ...i })),
	};
	return { id, data };
}
