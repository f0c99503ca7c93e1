/**
 * The headline of an article, or one made from its facts when it has none.
 */
import type { Kind, Official, Period } from '../../schemas/briefing.ts';
import { formatPeriod } from '../format/dates.ts';
import type { District } from '../places/gazetteer.ts';
import { districtTypeLabel } from '../places/gazetteer.ts';
import { type ArticleDocument, CUT_MARK } from './document.ts';

// The outlet an aggregator appends to a headline, cut or whole: " - Báo Tây ...", " - VTV.vn".
const OUTLET_SUFFIX =
	/\s+[-–|]\s+(?:báo|đài|cổng|tạp chí|truyền hình|ttxvn|vov|vtv|vnexpress|tuổi trẻ|thanh niên|dân trí|[\p{L}\p{N}-]+\.(?:vn|com|net))(?![\p{L}])[^-–|]{0,40}$/iu;

/**
 * The headline line as written, without a closing period; null when the article has none. A
 * headline an aggregator cut keeps its words, without the cut mark and the cut outlet's name.
 */
export function headlineOf(doc: ArticleDocument): string | null {
	const b = doc.blocks.find((x) => x.type === 'headline');
	if (!b) return null;
	const line = doc.text.slice(b.start, b.end);
	const cut = CUT_MARK.exec(line);
	if (!cut) return line.replace(/\s*\.$/, '');
	const kept = line.slice(0, cut.index);
	return kept.replace(OUTLET_SUFFIX, '') || kept;
}

// What opens a lede before its story: an outlet's marker, a place and time ("Sáng 3/12, ").
const LEDE_OPENING =
	/^(?:\([^()]{1,40}\)\s*[-–—]\s*|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s*[-–—]\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:(?:ngày|hôm nay|nay|hôm qua)\s+)?(?:\(?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\)?\s*,?\s*)?/iu;

/**
 * A title from the lede's first sentence, for an article with no headline: who did what where,
 * as the lede says it, without its outlet marker and time, cut at a clause (at most 140
 * characters) or else at a word near 110.
 * Null when the lede says too little.
 */
export function titleFromLede(doc: ArticleDocument): string | null {
	const first = doc.sentences.find((s) => s.block === 'lede');
	if (!first) return null;
	const sentence = doc.text.slice(first.start, first.end);
	let body = sentence.slice(LEDE_OPENING.exec(sentence)?.[0].length ?? 0).replace(/[\s.…:;]+$/u, '');
	if (body.length > 110) {
		const clause = body.lastIndexOf(',', 140);
		const space = body.lastIndexOf(' ', 110);
		body = body.slice(0, clause >= 50 ? clause : space > 0 ? space : 110);
	}
	body = body.replace(/[\s,;:–—-]+$/u, '');
	if (body.split(/\s+/).length < 5) return null;
	return body.charAt(0).toUpperCase() + body.slice(1);
}

/**
 * A headline made from the facts, for an article that has none: "Chủ tịch UBND tỉnh Lê Văn
 * Lương làm việc với huyện Mường Tè", "Huyện ủy Như Xuân họp đánh giá 9 tháng năm 2024".
 */
export function titleFromFacts(facts: {
	kind: Kind;
	district: District | null;
	province: string | null;
	officials: readonly Official[];
	period: Period | null;
}): string {
	const place = facts.district
		? `${districtTypeLabel(facts.district.type)} ${facts.district.name}`
		: facts.province
			? `tỉnh ${facts.province}`
			: null;
	const Place = place ? place.charAt(0).toUpperCase() + place.slice(1) : 'Địa phương';
	const lead = facts.officials.find((o) => o.role === 'lead') ?? facts.officials[0];
	const period = facts.period ? ` ${formatPeriod(facts.period)}` : '';
	switch (facts.kind) {
		case 'working-visit':
			if (lead) return `${lead.title} ${lead.name} làm việc với ${place ?? 'địa phương'}`.trim();
			return `Đoàn công tác làm việc với ${place ?? 'địa phương'}`;
		case 'party-meeting':
			return `Ban Chấp hành Đảng bộ ${place ?? ''} họp đánh giá${period || ' tình hình'}`.replace(/\s+/g, ' ');
		case 'council-meeting':
			return `HĐND ${place ?? ''} họp${period ? ` đánh giá${period}` : ''}`.replace(/\s+/g, ' ');
		default:
			return `${Place}: tin${period ? ` kết quả${period}` : ' địa phương'}`;
	}
}
