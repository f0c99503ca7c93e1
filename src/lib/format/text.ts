/**
 * Pieces of sentences and list lines: a name inside a sentence, parts joined with a middle dot,
 * the first few of a list, where a briefing is.
 */

/** A name inside a sentence: "Huyện Nậm Pồ" → "huyện Nậm Pồ", "Tỉnh Điện Biên" → "tỉnh Điện Biên". */
export function inSentence(fullName: string): string {
	return fullName.charAt(0).toLocaleLowerCase('vi') + fullName.slice(1);
}

/** The parts that are present, joined with a middle dot: dotJoin(['Hội nghị', null, 'năm 2024']) → "Hội nghị · năm 2024". */
export function dotJoin(parts: readonly (string | null | undefined | false)[]): string {
	return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

/** "a, b, c và 2 huyện khác": the first `n` of a list, and how many `others` are left out. */
export function firstOf(names: readonly string[], n: number, others: string): string {
	const shown = names.slice(0, n).join(', ');
	return names.length > n ? `${shown} và ${names.length - n} ${others} khác` : shown;
}

/** The places of a briefing, as `placeLabel` reads them. */
export interface BriefingPlaces {
	readonly district: { readonly fullName: string } | null;
	readonly districts: readonly unknown[];
	readonly province: { readonly name: string } | null;
}

/**
 * Where a briefing is, as a list line says it: "Huyện Nậm Pồ, Điện Biên" (`full`), "Huyện
 * Nậm Pồ" (`district`, inside a province's list), nothing (`none`, on the district's own page).
 * A round-up names how many districts it covers.
 */
export function placeLabel(b: BriefingPlaces, place: 'none' | 'district' | 'full'): string | null {
	if (place === 'none') return null;
	const district = b.district?.fullName ?? (b.districts.length > 1 ? `${b.districts.length} huyện` : null);
	if (place === 'district') return district;
	return [district, b.province?.name].filter(Boolean).join(', ') || null;
}

/**
 * A headline cut to about `max` characters at a word's end, with "…" when cut: what names an
 * undated briefing where a date would ("Hoài Ân đầu tư hạ tầng để tạo đà…").
 */
export function shortTitle(title: string, max = 40): string {
	const t = title.replace(/\s+/g, ' ').trim();
	if (t.length <= max) return t;
	const cut = t.slice(0, max + 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,.:;–-]+$/, '')}…`;
}
