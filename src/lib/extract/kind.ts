/**
 * What sort of event an article reports: a working visit by higher-level leaders, a meeting of
 * a Party committee, a session of a People's Council, or something else (a ceremony, a press
 * conference, a feature story, a ranking).
 */
import type { Kind } from '../../schemas/briefing.ts';
import type { ArticleDocument } from './document.ts';

// Ceremonies, press conferences, inaugurations: never forced into a working visit.
const CEREMONY =
	/(?<![\p{L}])(?:lễ(?!\s+(?:nghĩa|phép))|kỷ niệm|khánh thành|khởi công|gắn biển|họp báo|mít tinh|hội thi|hội thao|liên hoan|tuyên dương|trao (?:tặng|bằng|quyết định|giải)|đón nhận|ra mắt|động thổ)(?![\p{L}])/iu;
// A visit: leaders or a working group of a higher level working with, inspecting or visiting the district.
const VISIT =
	/(?:làm việc (?:với|tại)|buổi làm việc|(?:đoàn|tổ) công tác|kiểm tra (?:tình hình|thực địa|tiến độ|công tác|việc)|thăm và làm việc|khảo sát|giám sát tại|thị sát)/iu;
// A Party committee's own meeting: conference or session of the executive committee or standing board.
const PARTY =
	/(?:(?:hội nghị|kỳ họp|phiên họp)[^.;]{0,60}(?:ban chấp hành|ban thường vụ|bch|btv)|(?:ban chấp hành|ban thường vụ)[^.;]{0,80}(?:hội nghị|kỳ họp|họp|phiên họp)|đại hội (?:đại biểu )?đảng bộ|hội nghị (?:huyện|tỉnh|thành|thị) ủy)/iu;
// A People's Council session.
const COUNCIL =
	/(?:kỳ họp[^.;]{0,60}(?:hđnd|hội đồng nhân dân)|(?:hđnd|hội đồng nhân dân)[^.;]{0,60}(?:kỳ họp|khai mạc|bế mạc|chất vấn))/iu;

/**
 * Classifies from the headline and lede (where the event is announced), falling back on the
 * first paragraphs. Ceremonies win over visits (leaders attend ceremonies); a visit by a
 * higher level to a Party committee is still a visit.
 */
export function extractKind(doc: ArticleDocument): Kind {
	const opening = doc.sentences
		.filter((s) => s.block === 'headline' || s.block === 'lede')
		.map((s) => s.canon)
		.join(' ');
	const early = doc.sentences
		.slice(0, 8)
		.filter((s) => s.block !== 'caption')
		.map((s) => s.canon)
		.join(' ');
	const headline = doc.sentences.find((s) => s.block === 'headline')?.canon ?? '';
	if (CEREMONY.test(headline)) return 'other';
	for (const text of [opening, early]) {
		if (!text) continue;
		if (CEREMONY.test(text) && !VISIT.test(text)) return 'other';
		if (COUNCIL.test(text)) return 'council-meeting';
		if (VISIT.test(text)) return 'working-visit';
		if (PARTY.test(text)) return 'party-meeting';
		if (CEREMONY.test(text)) return 'other';
	}
	return 'other';
}
