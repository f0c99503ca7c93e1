/**
 * What sort of event an article reports: a working visit by higher-level leaders, a meeting of
 * a Party committee, a session of a People's Council, or something else (a ceremony, a press
 * conference, a voters' meeting, a feature story, a ranking).
 */
import type { Kind } from '../../schemas/briefing.ts';
import type { ArticleDocument, Sentence } from './document.ts';

export interface KindFinding {
	readonly kind: Kind;
	/** The sentence the kind was read from; null when nothing marked it (kind "other" by default). */
	readonly sentence: string | null;
}

// Ceremonies, press conferences, inaugurations, gift visits: never forced into a working visit.
const CEREMONY =
	/(?<![\p{L}])(?:lễ(?!\s+(?:nghĩa|phép))|kỷ niệm|khánh thành|khởi công|gắn biển|họp báo|mít tinh|hội thi|hội thao|liên hoan|tuyên dương|trao (?:tặng|bằng|quyết định|giải|quà)|tặng quà|chúc tết|đón nhận|ra mắt|động thổ)(?![\p{L}])/iu;
// A visit: leaders or a working group of a higher level working with, inspecting or visiting the district.
const VISIT =
	/(?:làm việc (?:với|tại)|buổi làm việc|(?:đoàn|tổ) công tác|kiểm tra (?:tình hình|thực địa|tiến độ|công tác|việc)|thăm và làm việc|khảo sát|giám sát tại|đoàn giám sát|thị sát)/iu;
// A trip to the district's farms, cooperatives or plants: a working visit when a higher level makes it.
const FIELD_TRIP =
	/(?<![\p{L}])(?:thăm|tham quan|kiểm tra|khảo sát)(?![\p{L}])[^.;]{0,40}(?<![\p{L}])(?:mô hình|hợp tác xã|htx|trang trại|nông trại|vùng (?:trồng|nguyên liệu)|cánh đồng|cơ sở sản xuất)(?![\p{L}])/iu;
// A trip to the place to direct the work there ("về Mường Nhé chỉ đạo khắc phục hậu quả mưa lũ",
// "xuống hiện trường kiểm tra, chỉ đạo"): a working visit when a higher level makes it. The place
// is a name in capitals or the scene, so that "đến nay, tỉnh chỉ đạo" is no trip.
const DIRECTING_TRIP =
	/(?<![\p{L}])(?:[Vv]ề|[Xx]uống|[Đđ]ến|[Tt]ới)\s+(?:(?:huyện|thị xã|thành phố|quận|xã)\s+)?(?:\p{Lu}[\p{L}\p{M}'’]*(?:\s+\p{Lu}[\p{L}\p{M}'’]*){0,3}|hiện trường|địa bàn|cơ sở)\s+(?:(?:kiểm tra|thị sát),?\s+)?chỉ đạo(?![\p{L}])/u;
// Leaders of a higher level than a district: the province's, a centrally-run city's, the nation's.
const HIGHER =
	/(?<![\p{L}])(?:tỉnh ủy|(?:ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|lãnh đạo|đoàn công tác|đoàn đại biểu) (?:của )?tỉnh|(?:bí thư|chủ tịch|phó chủ tịch|phó bí thư)(?: ubnd| hđnd)? tỉnh|bộ trưởng|thứ trưởng|thủ tướng|chủ tịch nước|tổng bí thư|chủ tịch quốc hội|trung ương|(?:thành ủy|ubnd thành phố|ubnd tp\.?|lãnh đạo thành phố|lãnh đạo tp\.?)\s*(?:hà nội|hồ chí minh|hcm|đà nẵng|hải phòng|cần thơ|huế))(?![\p{L}])/iu;
// The place's own leaders: a city's, town's or district's.
const OWN =
	/(?<![\p{L}])(?:thành ủy|thị ủy|huyện ủy|(?:ubnd|hđnd|lãnh đạo|ủy ban nhân dân) (?:thành phố|tp|thị xã|huyện))(?![\p{L}])/iu;
// A working session proper, or a working group sent: what makes a tour by the place's own leaders a visit after all.
const WORKING_WITH = /làm việc (?:với|tại)|(?:đoàn|tổ) công tác/iu;
// A working session with or at the place.
const SESSION = /làm việc (?:với|tại)|buổi làm việc|thăm và làm việc/iu;
// A Party committee's own meeting: conference or session of the executive committee or standing board.
const PARTY =
	/(?:(?:hội nghị|kỳ họp|phiên họp)[^.;]{0,60}(?:ban chấp hành|ban thường vụ|bch|btv)|(?:ban chấp hành|ban thường vụ)[^.;]{0,80}(?:hội nghị|kỳ họp|họp|phiên họp)|đại hội (?:đại biểu )?đảng bộ|hội nghị (?:huyện|tỉnh|thành|thị) ủy|hội nghị giao ban (?:cấp ủy|(?:huyện|tỉnh|thành|thị|đảng) ủy|ban thường vụ))/iu;
// A Party committee holding its own conference: "Huyện ủy Mộc Châu, tỉnh Sơn La tổ chức hội nghị
// tổng kết công tác năm 2024", "Huyện ủy Cần Giờ (TPHCM) tổ chức hội nghị", "Ban Thường vụ Thị ủy
// Mường Lay họp", "Đảng bộ huyện Tuần Giáo tổ chức hội nghị", "Huyện ủy Tam Đường tổng kết năm
// 2024", "Hội nghị sơ kết 6 tháng của Huyện ủy Nậm Pồ". The committee is the subject (its place
// named right before the verb, or in brackets after it) or the conference's owner ("Huyện ủy chỉ
// đạo các xã tổ chức hội nghị" is not its own), so the pattern is matched with its capitals as
// written.
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’]*(?: \\p{Lu}[\\p{L}\\p{M}'’]*){0,3}";
const COMMITTEE =
	'(?:(?:[Hh]uyện|[Tt]hị|[Tt]hành|[Tt]ỉnh|[Qq]uận|HUYỆN|THỊ|THÀNH|TỈNH|QUẬN) (?:ủy|Ủy|ỦY)|Đảng bộ (?:huyện|thị xã|thành phố|tỉnh|quận))';
const PARTY_HOST = new RegExp(
	[
		`(?<![\\p{L}])${COMMITTEE}(?: ${NAME})?(?:,? (?:tỉnh|thành phố) ${NAME}| \\([^()]{2,30}\\))?,?(?: (?:đã|vừa))? `,
		'(?:(?:tổ chức|tiến hành) (?:[Hh]ội nghị|[Pp]hiên họp|[Kk]ỳ họp|buổi họp|cuộc họp)|họp(?![\\p{L}])(?! báo)|(?:sơ|tổng) kết(?![\\p{L}]))',
		`|(?<![\\p{L}])[Hh]ội nghị[^.;:]{0,60}? của (?:Ban Thường vụ |Ban Chấp hành |Thường trực )?${COMMITTEE}`,
	].join(''),
	'u',
);
// A People's Council session.
const COUNCIL =
	/(?:kỳ họp[^.;]{0,60}(?:hđnd|hội đồng nhân dân)|(?:hđnd|hội đồng nhân dân)[^.;]{0,60}(?:kỳ họp|khai mạc|bế mạc|chất vấn))/iu;
// Deputies meeting their voters, before or after a session: not the session itself.
const VOTERS = /tiếp xúc (?:với )?cử tri/iu;

/** Classifies the article; see `extractKindFinding`. */
export function extractKind(doc: ArticleDocument): Kind {
	return extractKindFinding(doc).kind;
}

/**
 * Classifies from the headline and lede (where the event is announced), falling back on the
 * first paragraphs, and gives the sentence that decided. Ceremonies and gift visits win over
 * visits (leaders attend ceremonies); a voters' meeting is not a council session; a higher
 * level's trip to farms or cooperatives, or to the place to direct the work there, is a visit
 * without "làm việc với"; a city's or district's own leaders touring it are not a visit by a
 * higher level, nor is an agency's group inspecting a task with no higher-level leader named and
 * no working session; a visit by a higher level to a Party committee is still a visit.
 */
export function extractKindFinding(doc: ArticleDocument): KindFinding {
	const openingSentences = doc.sentences.filter((s) => s.block === 'headline' || s.block === 'lede');
	const earlySentences = doc.sentences.slice(0, 8).filter((s) => s.block !== 'caption');
	const headline = doc.sentences.find((s) => s.block === 'headline');
	const said = (kind: Kind, re: RegExp | null, scope: readonly Sentence[]): KindFinding => {
		const s = re ? scope.find((x) => re.test(x.canon)) : undefined;
		const at = s ?? scope[0];
		return { kind, sentence: at ? doc.text.slice(at.start, at.end) : null };
	};
	if (headline && CEREMONY.test(headline.canon)) return said('other', CEREMONY, [headline]);
	for (const scope of [openingSentences, earlySentences]) {
		const text = scope.map((s) => s.canon).join(' ');
		if (!text) continue;
		// The higher-level test is the dearest: asked only when a visit hangs on it.
		const direct = VISIT.test(text);
		const trip = direct ? null : FIELD_TRIP.test(text) ? FIELD_TRIP : DIRECTING_TRIP.test(text) ? DIRECTING_TRIP : null;
		const visit = direct || (trip !== null && HIGHER.test(text));
		const visitRe = direct ? VISIT : (trip ?? FIELD_TRIP);
		if (CEREMONY.test(text) && !visit) return said('other', CEREMONY, scope);
		if (VOTERS.test(text)) return said('other', VOTERS, scope);
		if (COUNCIL.test(text)) return said('council-meeting', COUNCIL, scope);
		if (visit) {
			// The place's own leaders touring it, with no higher level and no working session.
			if (!WORKING_WITH.test(text) && OWN.test(text) && !HIGHER.test(text)) return said('other', visitRe, scope);
			// An agency's group inspecting a task ("đoàn công tác của Bộ CHQS tỉnh kiểm tra công tác
			// chuẩn bị …"), with no higher-level leader named and no working session: not a visit.
			if (!SESSION.test(text) && !HIGHER.test(text)) return said('other', visitRe, scope);
			return said('working-visit', visitRe, scope);
		}
		if (PARTY.test(text)) return said('party-meeting', PARTY, scope);
		if (PARTY_HOST.test(text)) return said('party-meeting', PARTY_HOST, scope);
		if (CEREMONY.test(text)) return said('other', CEREMONY, scope);
	}
	return { kind: 'other', sentence: null };
}
