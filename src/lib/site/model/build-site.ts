/**
 * The whole site computed once from the collection: briefings with their places and officials
 * resolved, and every grouping the pages show (provinces, districts, officials, years and
 * months), each with its URL path. Pages only read this model.
 *
 * `buildSite` runs in named stages, each in its own file: what became of each file
 * (report-rows.ts), the briefings (briefings.ts), the pages of officials, districts and
 * provinces (officials.ts, districts.ts, provinces.ts), the archive (archive.ts), then the
 * indexes and look-ups of the model (below).
 */
import { provinces as allProvinces } from '../../places/gazetteer.ts';
import { buildCalendar } from './archive.ts';
import { briefingOf, officialRefs } from './briefings.ts';
import { buildDistricts } from './districts.ts';
import { buildIndicators } from './indicators.ts';
import { nearestInMonth, neighbourFinder } from './neighbours.ts';
import { buildOfficials } from './officials.ts';
import { chronological, newestFirst } from './order.ts';
import { buildProvinces } from './provinces.ts';
import { publishedRows, reportRows } from './report-rows.ts';
import type {
	Briefing,
	CollectionItem,
	DistrictPage,
	MonthPage,
	OfficialPage,
	ProvincePage,
	ReportRow,
	SiteModel,
} from './types.ts';

/** Builds the site model from the collection. Pure: the same entries give the same model. */
export function buildSite(items: readonly CollectionItem[]): SiteModel {
	const report = reportRows(items);
	const published = publishedRows(report);
	const refs = officialRefs(published);
	const briefings = published.map((row) => briefingOf(row, refs)).sort(newestFirst);
	const chrono = briefings.filter((b) => b.entry.date).sort(chronological);
	const officials = buildOfficials(briefings, refs);
	const districts = buildDistricts(briefings);
	const provinces = buildProvinces(briefings, new Map(districts.map((d) => [d.ref.code, d])), officials);
	const { years, months } = buildCalendar(chrono);
	return {
		briefings,
		byId: new Map(briefings.map((b) => [b.id, b])),
		totals: {
			briefings: briefings.length,
			provinces: provinces.length,
			districts: districts.length,
			officials: officials.length,
		},
		...indexes(provinces, districts, officials),
		years,
		months,
		indicators: buildIndicators(briefings, districts),
		undated: briefings.filter((b) => !b.entry.date),
		report,
		copies: copiesOf(report, briefings),
		...lookups(chrono, provinces, districts, officials, months),
	};
}

/** The copies of published briefings: each copy's id with the briefing it repeats. */
function copiesOf(report: readonly ReportRow[], briefings: readonly Briefing[]): SiteModel['copies'] {
	const byId = new Map(briefings.map((b) => [b.id, b]));
	return report.flatMap((r) => {
		const original = r.duplicateOf ? byId.get(r.duplicateOf) : undefined;
		return original ? [{ id: r.id, original }] : [];
	});
}

/** The index pages' lists: every province of the gazetteer, districts and officials by province. */
function indexes(
	provinces: readonly ProvincePage[],
	districts: readonly DistrictPage[],
	officials: readonly OfficialPage[],
): Pick<SiteModel, 'provinces' | 'provinceIndex' | 'districts' | 'districtIndex' | 'officials' | 'officialIndex'> {
	const provinceByCode = new Map(provinces.map((p) => [p.ref.code, p]));
	return {
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
	};
}

/** What a page asks of the model about one briefing, official, district, province or month. */
function lookups(
	chrono: readonly Briefing[],
	provinces: readonly ProvincePage[],
	districts: readonly DistrictPage[],
	officials: readonly OfficialPage[],
	months: readonly MonthPage[],
): Pick<SiteModel, 'neighbours' | 'sameMonth' | 'officialPage' | 'districtPage' | 'provincePage' | 'monthPage'> {
	const officialByKey = new Map(officials.map((p) => [p.ref.key, p]));
	const districtByCode = new Map(districts.map((d) => [d.ref.code, d]));
	const provinceByCode = new Map(provinces.map((p) => [p.ref.code, p]));
	const monthIndex = new Map(months.map((m) => [m.key, m]));
	return {
		neighbours: neighbourFinder(chrono),
		sameMonth: (b) => nearestInMonth((b.month && monthIndex.get(b.month)?.briefings) || [], b),
		officialPage: (ref) => officialByKey.get(ref.key),
		districtPage: (code) => districtByCode.get(code),
		provincePage: (code) => provinceByCode.get(code),
		monthPage: (key) => monthIndex.get(key),
	};
}
