/**
 * All the facts of one article's text: the extraction engine's entry point.
 */
import type { Facts, Indicator } from '../../schemas/briefing.ts';
import type { Province } from '../places/gazetteer.ts';
import { findPlaceMentions } from '../places/mentions.ts';
import { provinceOfCode } from '../places/outlet-province.ts';
import { type PlaceEvidence, type ResolvedPlaces, resolvePlaces, type Zone } from '../places/resolve.ts';
import { canonicalTones } from '../text/normalize.ts';
import { type DateWarning, extractDate } from './dates.ts';
import { type ArticleDocument, readDocument } from './document.ts';
import { extractIndicators } from './indicators/extract-indicators.ts';
import { extractKindFinding } from './kind.ts';
import { extractOfficials, withVisitLead } from './officials/extract-officials.ts';
import { extractPeriod } from './period.ts';
import { extractSource } from './source.ts';
import { headlineOf, titleFromFacts, titleFromLede } from './title.ts';

export interface ExtractionHints {
	/** A province the editor set: districts are read in it. */
	readonly province?: Province;
	/** A year the editor fixed (through `date`): periods without a year take it. */
	readonly year?: number;
}

export interface Extraction {
	readonly facts: Facts;
	/** The article had a headline line (else the title was made from the facts). */
	readonly hasHeadline: boolean;
	/** Publication time from the dateline, Vietnam time ("15:55"). */
	readonly time: string | null;
	/** The sentence each single-valued fact came from, for people checking the extraction. */
	readonly evidence: Readonly<Record<'date' | 'period' | 'kind' | 'district', string | null>>;
	/** Why the date is missing, if it is. */
	readonly dateWarning: DateWarning | null;
	readonly places: ResolvedPlaces;
	readonly document: ArticleDocument;
}

/**
 * Gives each ranking entry's figure the gazetteer name of its district, read in the article's
 * province ("TP Quy Nhơn" → "Quy Nhơn"). A place that is not one district of the province (a
 * commune, a name of several) goes back into the label, as the article wrote it.
 */
function placeIndicators(indicators: readonly Indicator[], province: Province | null): Indicator[] {
	return indicators.map((i) => {
		if (i.district === undefined) return i;
		const { district: written, ...rest } = i;
		const candidates = findPlaceMentions(canonicalTones(written)).flatMap((m) =>
			m.districts.filter((d) => province === null || d.provinceCode === province.code),
		);
		const only = candidates.length === 1 ? candidates[0] : undefined;
		return only ? { ...rest, district: only.name } : { ...rest, label: `${i.label} (${written})` };
	});
}

// An aggregator cuts at a word's end and leaves " ..." (a writer's "bừa bãi…" is not a cut).
const SPACED_CUT = /\s(?:\.{3}|…)$/u;
const CUT_DOWN: Readonly<Record<string, Zone>> = { headline: 'lede', lede: 'paragraph' };
const ZONES: ReadonlySet<string> = new Set(['headline', 'lede', 'paragraph', 'heading', 'caption']);

/** Every place the document's blocks name, with the zone of its block; `loose` as `findPlaceMentions`'s. */
function placeEvidence(doc: ArticleDocument, loose: boolean): PlaceEvidence[] {
	const evidence: PlaceEvidence[] = [];
	for (const b of doc.blocks) {
		if (!ZONES.has(b.type)) continue;
		// A headline or lede an aggregator cut may have lost the words that tell its places apart
		// ("… cử tri TP ..."): it weighs one zone less.
		const cut = CUT_DOWN[b.type] !== undefined && SPACED_CUT.test(doc.text.slice(b.start, b.end));
		const zone = cut ? (CUT_DOWN[b.type] as Zone) : (b.type as Zone);
		for (const mention of findPlaceMentions(doc.canon.slice(b.start, b.end), loose)) {
			evidence.push({
				mention: { ...mention, start: mention.start + b.start, end: mention.end + b.start },
				zone,
			});
		}
	}
	return evidence;
}

/** Extracts the facts of cleaned article text (see `normalizeText`). Pure; never throws on any string. */
export function extractFacts(text: string, hints: ExtractionHints = {}): Extraction {
	const doc = readDocument(text);
	const { source, outletProvince } = extractSource(doc);
	const lede = doc.blocks.find((b) => b.type === 'lede');
	// A code the lede opens with that the document's marker does not hold ("(LA34) - ").
	const codeProvince = lede ? provinceOfCode(doc.text.slice(lede.start, lede.end)) : null;
	const resolve = (loose: boolean) =>
		resolvePlaces(placeEvidence(doc, loose), {
			outletProvince: hints.province ?? outletProvince ?? codeProvince,
			...(hints.province ? { provinceWeight: 20, firm: true } : {}),
			names: (m) => doc.text.slice(m.start, m.end),
		});
	// Names spelled without their marks are read only when those as written place no district.
	const strict = resolve(false);
	const places = strict.district === null ? resolve(true) : strict;
	const date = extractDate(doc);
	const year = hints.year ?? (date.date ? Number(date.date.slice(0, 4)) : null);
	const period = extractPeriod(doc, year, date.date ? Number(date.date.slice(5, 7)) : null);
	const kindFinding = extractKindFinding(doc);
	const kind = kindFinding.kind;
	const province = places.province?.name ?? null;
	const district = places.district?.name ?? null;
	const named = extractOfficials(doc, { province, district });
	const officials = kind === 'working-visit' ? withVisitLead(named) : named;
	const indicators = placeIndicators(extractIndicators(doc), places.province);
	const headline = headlineOf(doc);
	// A made title says what happened: a visit or a meeting from its facts, anything else as its lede tells it.
	const title =
		headline ??
		(kind === 'other' ? titleFromLede(doc) : null) ??
		titleFromFacts({ kind, district: places.district, province, officials, period: period.period });
	return {
		facts: {
			title,
			date: date.date,
			province,
			district,
			districts: places.districts.map((d) => d.name),
			kind,
			period: period.period,
			officials,
			indicators,
			source,
		},
		hasHeadline: headline !== null,
		time: date.time,
		evidence: {
			date: date.sentence,
			period: period.sentence,
			kind: kindFinding.sentence,
			district: sentenceAt(doc, places.districtEvidence?.mention.start),
		},
		dateWarning: date.warning,
		places,
		document: doc,
	};
}

/** The sentence of `doc` holding offset `at`, as written; null when there is none. */
function sentenceAt(doc: ArticleDocument, at: number | undefined): string | null {
	if (at === undefined) return null;
	const s = doc.sentences.find((x) => x.start <= at && at < x.end);
	return s ? doc.text.slice(s.start, s.end) : null;
}
