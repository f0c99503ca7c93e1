/**
 * The whole site computed once from the collection: briefings with their places and officials
 * resolved, and every grouping the pages show (provinces, districts, officials, years and
 * months), each with its URL path. Pages only read this model.
 */
import {
	provinces as allProvinces,
	type District,
	districtByCode,
	districtsOf,
	type Province,
	provinceOf,
} from '../../places/gazetteer.ts';
import { matchKey } from '../../text/fold.ts';
import { paths } from '../paths.ts';
import { buildCalendar, timeline } from './archive.ts';
import { compareDistricts, historyTable, indicatorSeries } from './indicator-series.ts';
import { chronological, collator, groupBy, newestFirst } from './order.ts';
import { assignOfficialSlugs, districtRef, provinceRef } from './refs.ts';
import type {
	Appearance,
	Briefing,
	CollectionItem,
	DateSpan,
	DistrictCoverage,
	DistrictPage,
	DistrictRef,
	Neighbours,
	OfficialPage,
	OfficialRef,
	ProvincePage,
	ProvinceRef,
	ReportRow,
	SiteModel,
} from './types.ts';

export type * from './types.ts';

/** Report status of every entry; the first file (in path order) of a set of identical texts is the original. */
export function reportRows(items: readonly CollectionItem[]): ReportRow[] {
	const sorted = [...items].sort((a, b) => a.data.file.localeCompare(b.data.file));
	const firstByText = new Map<string, string>();
	return sorted.map((item) => {
		const fp = item.data.fingerprint;
		const original = fp ? firstByText.get(fp) : undefined;
		if (fp && !original && item.data.status !== 'quarantined') firstByText.set(fp, item.id);
		if (original) return { id: item.id, entry: item.data, status: 'duplicate', duplicateOf: original };
		return { id: item.id, entry: item.data, status: item.data.status, duplicateOf: null };
	});
}

/** Identity of an official: province code and the name's match key. */
function officialKey(provinceCode: string, name: string): string {
	return `${provinceCode}:${matchKey(name)}`;
}

/** Builds the site model from the collection. Pure: the same entries give the same model. */
export function buildSite(items: readonly CollectionItem[]): SiteModel {
	const report = reportRows(items);
	const published = report.filter((r) => r.status === 'published' || r.status === 'warning');

	const officialKeys = new Map<string, { name: string; province: Province }>();
	for (const { entry } of published) {
		if (!entry.codes.province) continue;
		const province = provinceOf(entry.codes.province);
		for (const o of entry.officials) {
			const key = officialKey(province.code, o.name);
			if (!officialKeys.has(key)) officialKeys.set(key, { name: o.name, province });
		}
	}
	const officialRefs = assignOfficialSlugs(officialKeys);

	const briefings: Briefing[] = published.map(({ id, entry }) => {
		const province = entry.codes.province ? provinceRef(provinceOf(entry.codes.province)) : null;
		const mainDistrict = entry.codes.district ? districtByCode(entry.codes.district) : undefined;
		const districts = [
			...new Set(
				entry.districts
					.map((name) => resolveDistrictName(name, entry.codes.province, mainDistrict))
					.filter((d): d is District => d !== undefined),
			),
		].map(districtRef);
		return {
			id,
			path: paths.briefing(id),
			entry,
			month: entry.date ? entry.date.slice(0, 7) : null,
			province,
			district: mainDistrict ? districtRef(mainDistrict) : null,
			districts,
			officials: entry.officials.map((o) => ({
				...o,
				ref: province ? (officialRefs.get(officialKey(province.code, o.name)) ?? null) : null,
			})),
		};
	});
	briefings.sort(newestFirst);
	const briefingById = new Map(briefings.map((b) => [b.id, b]));
	const chrono = briefings.filter((b) => b.entry.date).sort(chronological);

	const officials = buildOfficials(briefings, officialRefs);
	const officialByKey = new Map(officials.map((p) => [p.ref.key, p]));
	const districts = buildDistricts(briefings);
	const districtByCodeMap = new Map(districts.map((d) => [d.ref.code, d]));
	const provinces = buildProvinces(briefings, districtByCodeMap, officials);
	const provinceByCode = new Map(provinces.map((p) => [p.ref.code, p]));
	const { years, months } = buildCalendar(chrono);
	const monthIndex = new Map(months.map((m) => [m.key, m]));

	const position = new Map<string, Map<Briefing, number>>();
	const neighboursIn = (scope: string, list: readonly Briefing[], b: Briefing): Neighbours => {
		let index = position.get(scope);
		if (!index) {
			index = new Map(list.map((x, i) => [x, i]));
			position.set(scope, index);
		}
		const i = index.get(b);
		return i === undefined ? { prev: null, next: null } : { prev: list[i - 1] ?? null, next: list[i + 1] ?? null };
	};
	const chronoByDistrict = groupBy(chrono, (b) => b.district?.code ?? null);
	const chronoByProvince = groupBy(chrono, (b) => b.province?.code ?? null);

	return {
		briefings,
		byId: new Map(briefings.map((b) => [b.id, b])),
		totals: {
			briefings: briefings.length,
			provinces: provinces.length,
			districts: districts.length,
			officials: officials.length,
		},
		provinces,
		provinceIndex: allProvinces.map((province) => {
			const page = provinceByCode.get(province.code) ?? null;
			return { province, page, count: page?.briefings.length ?? 0 };
		}),
		districts,
		districtIndex: provinces
			.map((p) => ({ province: p.ref, districts: districts.filter((d) => d.ref.province.code === p.ref.code) }))
			.filter((g) => g.districts.length > 0),
		officials,
		officialIndex: provinces
			.map((p) => ({ province: p.ref, officials: p.officials }))
			.filter((g) => g.officials.length > 0),
		years,
		months,
		undated: briefings.filter((b) => !b.entry.date),
		report,
		copies: report.flatMap((r) => {
			const original = r.duplicateOf ? briefingById.get(r.duplicateOf) : undefined;
			return original ? [{ id: r.id, original }] : [];
		}),
		neighbours: (b) => ({
			district: b.district
				? neighboursIn(`d:${b.district.code}`, chronoByDistrict.get(b.district.code) ?? [], b)
				: { prev: null, next: null },
			province: b.province
				? neighboursIn(`p:${b.province.code}`, chronoByProvince.get(b.province.code) ?? [], b)
				: { prev: null, next: null },
			all: neighboursIn('all', chrono, b),
		}),
		sameMonth: (b) => (b.month ? monthIndex.get(b.month)?.briefings : undefined)?.filter((x) => x !== b) ?? [],
		officialPage: (ref) => officialByKey.get(ref.key),
		districtPage: (code) => districtByCodeMap.get(code),
		provincePage: (code) => provinceByCode.get(code),
		monthPage: (key) => monthIndex.get(key),
	};
}

function resolveDistrictName(
	name: string,
	provinceCode: string | null,
	main: District | undefined,
): District | undefined {
	if (main && matchKey(main.name) === matchKey(name)) return main;
	if (!provinceCode) return undefined;
	return districtsOf(provinceCode).find((d) => matchKey(d.name) === matchKey(name));
}

/** First and last day of the dated briefings among a list. */
export function dateSpan(briefings: readonly Briefing[]): DateSpan | null {
	const days = briefings.flatMap((b) => (b.entry.date ? [b.entry.date] : [])).sort();
	const first = days[0];
	const last = days.at(-1);
	return first && last ? { first, last } : null;
}

function countBy<T>(list: readonly T[], key: (t: T) => string): Map<string, { item: T; count: number }> {
	const out = new Map<string, { item: T; count: number }>();
	for (const t of list) {
		const k = key(t);
		const c = out.get(k);
		if (c) c.count++;
		else out.set(k, { item: t, count: 1 });
	}
	return out;
}

function buildOfficials(briefings: readonly Briefing[], refs: ReadonlyMap<string, OfficialRef>): OfficialPage[] {
	const appearances = new Map<string, Appearance[]>();
	const companions = new Map<string, OfficialRef[]>();
	for (const b of [...briefings].sort(chronological)) {
		const present = [...new Map(b.officials.flatMap((o) => (o.ref ? [[o.ref.key, o] as const] : []))).values()];
		for (const o of present) {
			const ref = o.ref as OfficialRef;
			const list = appearances.get(ref.key) ?? [];
			list.push({ briefing: b, title: o.title, role: o.role, level: o.level });
			appearances.set(ref.key, list);
			const others = companions.get(ref.key) ?? [];
			for (const other of present) if (other !== o) others.push(other.ref as OfficialRef);
			companions.set(ref.key, others);
		}
	}
	const pages: OfficialPage[] = [];
	for (const [key, ref] of refs) {
		const oldest = appearances.get(key) ?? [];
		const titles: { title: string; first: string | null; last: string | null }[] = [];
		for (const a of oldest) {
			if (!a.title) continue;
			const t = titles.find((x) => matchKey(x.title) === matchKey(a.title));
			if (t) t.last = a.briefing.entry.date ?? t.last;
			else titles.push({ title: a.title, first: a.briefing.entry.date, last: a.briefing.entry.date });
		}
		pages.push({
			ref,
			titles,
			appearances: [...oldest].reverse(),
			dates: dateSpan(oldest.map((a) => a.briefing)),
			companions: [...countBy(companions.get(key) ?? [], (r) => r.key).values()]
				.map(({ item, count }) => ({ ref: item, count }))
				.sort((a, b) => b.count - a.count || collator.compare(a.ref.name, b.ref.name)),
			districts: [
				...countBy(
					oldest.flatMap((a) => a.briefing.districts),
					(d) => d.code,
				).values(),
			]
				.map(({ item, count }) => ({ ref: item, count }))
				.sort((a, b) => b.count - a.count || collator.compare(a.ref.name, b.ref.name)),
		});
	}
	return pages.sort((a, b) => collator.compare(a.ref.name, b.ref.name) || a.ref.key.localeCompare(b.ref.key));
}

function buildDistricts(briefings: readonly Briefing[]): DistrictPage[] {
	const main = groupBy(
		briefings.filter((b) => b.district),
		(b) => (b.district as DistrictRef).code,
	);
	const mentioned = new Map<string, Briefing[]>();
	for (const b of briefings) {
		for (const d of b.districts) {
			if (d.code === b.district?.code) continue;
			const list = mentioned.get(d.code) ?? [];
			list.push(b);
			mentioned.set(d.code, list);
		}
	}
	const pages: DistrictPage[] = [];
	for (const code of new Set([...main.keys(), ...mentioned.keys()])) {
		const d = districtByCode(code);
		if (!d) continue;
		const own = (main.get(code) ?? []).sort(newestFirst);
		const appearances = new Map<string, { ref: OfficialRef; appearances: Appearance[] }>();
		for (const b of own) {
			for (const o of b.officials) {
				if (!o.ref) continue;
				const a = appearances.get(o.ref.key) ?? { ref: o.ref, appearances: [] };
				if (a.appearances.at(-1)?.briefing !== b) {
					a.appearances.push({ briefing: b, title: o.title, role: o.role, level: o.level });
				}
				appearances.set(o.ref.key, a);
			}
		}
		const alsoIn = (mentioned.get(code) ?? []).sort(newestFirst);
		// A figure is the district's when the article is about it and names no other district
		// for it, or when a round-up gives it for this district.
		const history = indicatorSeries([...own, ...alsoIn], (b, i) =>
			i.district ? i.district === d.name && b.province?.code === d.provinceCode : b.district?.code === code,
		);
		pages.push({
			ref: districtRef(d),
			briefings: own,
			timeline: timeline(own),
			dates: dateSpan(own),
			alsoIn,
			officials: [...appearances.values()].sort(
				(a, b) => b.appearances.length - a.appearances.length || collator.compare(a.ref.name, b.ref.name),
			),
			history,
			table: historyTable(history),
		});
	}
	return pages.sort(
		(a, b) => collator.compare(a.ref.province.name, b.ref.province.name) || collator.compare(a.ref.name, b.ref.name),
	);
}

function buildProvinces(
	briefings: readonly Briefing[],
	districtPages: ReadonlyMap<string, DistrictPage>,
	officials: readonly OfficialPage[],
): ProvincePage[] {
	const byProvince = groupBy(
		briefings.filter((b) => b.province),
		(b) => (b.province as ProvinceRef).code,
	);
	const pages: ProvincePage[] = [];
	for (const [code, list] of byProvince) {
		const province = provinceOf(code);
		const coverage: DistrictCoverage[] = districtsOf(code)
			.map((district) => {
				const page = districtPages.get(district.code) ?? null;
				const latest = page?.briefings.find((b) => b.entry.date)?.entry.date ?? null;
				return {
					district,
					ref: districtRef(district),
					page,
					count: page?.briefings.length ?? 0,
					mentions: page?.alsoIn.length ?? 0,
					latest,
				};
			})
			.sort(
				(a, b) => collator.compare(a.district.name, b.district.name) || a.district.code.localeCompare(b.district.code),
			);
		const sorted = [...list].sort(newestFirst);
		pages.push({
			ref: provinceRef(province),
			province,
			districts: coverage,
			covered: coverage.filter((c) => c.count > 0).length,
			mentionedOnly: coverage.filter((c) => c.count === 0 && c.mentions > 0).length,
			briefings: sorted,
			timeline: timeline(sorted),
			officials: officials.filter((o) => o.ref.province.code === code),
			comparisons: compareDistricts(coverage),
		});
	}
	return pages.sort((a, b) => collator.compare(a.ref.name, b.ref.name));
}
