/**
 * The headline of an article, or one made from its facts when it has none.
 */
import type { Kind, Official, Period } from '../../schemas/briefing.ts';
import { formatPeriod } from '../format/dates.ts';
import type { District } from '../places/gazetteer.ts';
import { districtTypeLabel } from '../places/gazetteer.ts';
import type { ArticleDocument } from './document.ts';

/** The headline line as written, without a closing period; null when the article has none. */
export function headlineOf(doc: ArticleDocument): string | null {
	const b = doc.blocks.find((x) => x.type === 'headline');
	return b ? doc.text.slice(b.start, b.end).replace(/\s*\.$/, '') : null;
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
