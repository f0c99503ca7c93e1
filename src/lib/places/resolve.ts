/**
 * From the place names an article mentions to the province and district it reports on.
 */
import type { District, Province } from './gazetteer.ts';
import { provinceOf, provinces } from './gazetteer.ts';
import type { PlaceMention } from './mentions.ts';

/** Where in the article a mention stands, which says how much it weighs. */
export type Zone = 'headline' | 'lede' | 'paragraph' | 'heading' | 'caption';

export interface PlaceEvidence {
	readonly mention: PlaceMention;
	readonly zone: Zone;
}

export interface ResolvedPlaces {
	readonly province: Province | null;
	/** The one district the article is about; null for a round-up of several or none. */
	readonly district: District | null;
	/** Every district the article reports on, the main one first. */
	readonly districts: readonly District[];
	/**
	 * The mention the district was read from (the weightiest, the first of equals): its offsets
	 * and zone let a caller show editors the sentence, like `sentence` for figures. Null without
	 * a district.
	 */
	readonly districtEvidence: PlaceEvidence | null;
	/** How the province was found. */
	readonly provinceFrom: 'text' | 'district' | 'outlet' | null;
	/** Names that fit districts of several provinces with nothing in the article to choose between them. */
	readonly unresolved: readonly string[];
}

const WEIGHT: Readonly<Record<Zone, number>> = { headline: 4, lede: 3, heading: 1.5, paragraph: 1, caption: 0.5 };

interface Tally {
	readonly district: District;
	/** The weightiest mention. */
	evidence: PlaceEvidence;
	best: number;
	score: number;
	/** Named in the headline or the lede. */
	prominent: boolean;
	/** How many mentions. */
	count: number;
}

/**
 * Chooses province and district from the mentions. A district name shared by several provinces
 * ("Châu Thành", "Phú Tân") is read in the province the text names right after it ("huyện An Lão,
 * thành phố Hải Phòng"), else in the province the article names most, the outlet's province or
 * that of the other districts it names. The main district is the one the headline or lede names, when it clearly outweighs the
 * others.
 */
export function resolvePlaces(
	evidence: readonly PlaceEvidence[],
	hints: {
		/** The province the outlet (or an editor) names. */
		readonly outletProvince?: Province | null;
		/** How much that province weighs against mentions (a headline mention weighs 4). */
		readonly provinceWeight?: number;
		/** The province is an editor's: it holds even where the text places a shared name elsewhere. */
		readonly firm?: boolean;
		/** How to print a mention in `unresolved`. */
		readonly names?: (m: PlaceMention) => string;
	} = {},
): ResolvedPlaces {
	const provinceScore = new Map<string, number>();
	const add = (code: string, w: number) => provinceScore.set(code, (provinceScore.get(code) ?? 0) + w);
	for (const { mention, zone } of evidence) {
		const w = WEIGHT[zone] * (mention.prefix ? 1.5 : 1);
		for (const p of mention.provinces) add(p.code, w);
		if (mention.districts.length === 1) add((mention.districts[0] as District).provinceCode, w / 2);
	}
	// "UBND thành phố", "Thành ủy" with no name: a centrally-run city's article. Only a tie-breaker
	// between districts of one name (Phong Điền of Cần Thơ or of Thừa Thiên Huế); it names no province.
	if (evidence.some((e) => e.mention.cityWide)) {
		for (const p of provinces) if (p.type === 'thanh-pho') add(p.code, 1);
	}
	if (hints.outletProvince) add(hints.outletProvince.code, hints.provinceWeight ?? 3);

	// Units a type word named ("thị xã Cai Lậy"): a bare "Cai Lậy" of the same province is that one,
	// not the huyện of the same name.
	const typed = new Set<string>();
	for (const { mention } of evidence) {
		if (mention.prefix && mention.districts.length === 1) typed.add((mention.districts[0] as District).code);
	}
	const placed = placedInText(evidence);
	const tallies = new Map<string, Tally>();
	const unresolved = new Set<string>();
	for (const { mention, zone } of evidence) {
		if (mention.districts.length === 0) continue;
		const district =
			(hints.firm ? undefined : placed.get(nameKey(mention))) ?? pick(mention.districts, provinceScore, typed);
		if (!district) {
			unresolved.add(hints.names?.(mention) ?? mention.districts[0]?.name ?? '');
			continue;
		}
		const w = WEIGHT[zone] * (mention.prefix ? 1.25 : 1);
		const e = { mention, zone };
		const t = tallies.get(district.code) ?? { district, evidence: e, best: w, score: 0, prominent: false, count: 0 };
		t.score += w;
		if (w > t.best) {
			t.best = w;
			t.evidence = e;
		}
		t.count++;
		t.prominent ||= zone === 'headline' || zone === 'lede';
		tallies.set(district.code, t);
	}
	const ranked = [...tallies.values()].sort((a, b) => b.score - a.score);
	// The province the text names most is the article's: its districts outrank those of other
	// provinces named in passing (a former post, a birthplace, a visiting delegation's home).
	const home = [...provinceScore.entries()]
		.filter(([code]) => evidence.some((e) => e.mention.provinces.some((p) => p.code === code)))
		.sort((a, b) => b[1] - a[1])[0]?.[0];
	// Only a district the article comes back to (or names up front) displaces the others.
	const local = ranked.filter((t) => t.district.provinceCode === home);
	const settled = local[0] !== undefined && (local[0].count >= 2 || local[0].prominent);
	const main = mainDistrict(settled ? local : ranked);
	const districts = main
		? [main.district, ...ranked.filter((t) => t !== main && t.score >= main.score * 0.4).map((t) => t.district)]
		: ranked.map((t) => t.district);

	if (main) {
		return {
			province: provinceOf(main.district.provinceCode),
			district: main.district,
			districts,
			districtEvidence: main.evidence,
			provinceFrom: 'district',
			unresolved: [...unresolved],
		};
	}
	const named = [...provinceScore.entries()]
		.filter(([code]) => evidence.some((e) => e.mention.provinces.some((p) => p.code === code)))
		.sort((a, b) => b[1] - a[1])[0];
	if (named) {
		return {
			province: provinceOf(named[0]),
			district: null,
			districts,
			districtEvidence: null,
			provinceFrom: 'text',
			unresolved: [...unresolved],
		};
	}
	const shared = new Set(districts.map((d) => d.provinceCode));
	if (shared.size === 1) {
		return {
			province: provinceOf([...shared][0] as string),
			district: null,
			districts,
			districtEvidence: null,
			provinceFrom: 'district',
			unresolved: [...unresolved],
		};
	}
	return {
		province: hints.outletProvince ?? null,
		district: null,
		districts,
		districtEvidence: null,
		provinceFrom: hints.outletProvince ? 'outlet' : null,
		unresolved: [...unresolved],
	};
}

/** One key for the mentions of one shared name: its candidates. */
const nameKey = (m: PlaceMention): string => m.districts.map((d) => d.code).join(' ');

// Room for ", thành phố ", " (", " - ", ", tỉnh " between a district and its province.
const PLACING_GAP = 13;

/**
 * Shared district names the text places itself, with the province right after them ("huyện An
 * Lão, thành phố Hải Phòng", "Châu Thành (Long An)"): every mention of that name is that
 * province's. This outweighs the outlet: a paper reports from other provinces too.
 */
function placedInText(evidence: readonly PlaceEvidence[]): Map<string, District> {
	const placed = new Map<string, District>();
	const byStart = [...evidence].sort((a, b) => a.mention.start - b.mention.start);
	for (let i = 0; i + 1 < byStart.length; i++) {
		const m = (byStart[i] as PlaceEvidence).mention;
		const next = (byStart[i + 1] as PlaceEvidence).mention;
		if (m.districts.length < 2 || next.start - m.end > PLACING_GAP) continue;
		const d = m.districts.find((x) => next.provinces.some((p) => p.code === x.provinceCode));
		if (d && !placed.has(nameKey(m))) placed.set(nameKey(m), d);
	}
	return placed;
}

function pick(
	candidates: readonly District[],
	provinceScore: ReadonlyMap<string, number>,
	typed: ReadonlySet<string>,
): District | undefined {
	if (candidates.length === 1) return candidates[0];
	const named = candidates.filter((d) => typed.has(d.code));
	if (named.length === 1) return named[0];
	let best: District | undefined;
	let bestScore = 0;
	let tie = false;
	for (const d of candidates) {
		const s = provinceScore.get(d.provinceCode) ?? 0;
		if (s > bestScore) {
			best = d;
			bestScore = s;
			tie = false;
		} else if (s === bestScore && s > 0 && best?.provinceCode !== d.provinceCode) {
			tie = true;
		}
	}
	return tie ? undefined : best;
}

function mainDistrict(ranked: readonly Tally[]): Tally | undefined {
	const [top, second] = ranked;
	if (!top) return undefined;
	if (!second) return top;
	const prominent = ranked.filter((t) => t.prominent);
	if (prominent.length >= 1) {
		const [p1, p2] = prominent;
		if (p1 && (!p2 || p1.score >= p2.score * 1.5) && p1.score >= top.score * 0.75) return p1;
		return undefined;
	}
	return top.score >= second.score * 3 ? top : undefined;
}
