/**
 * The vocabulary of Vietnamese official titles (chức danh): the heads of posts ("Chủ tịch", "Bí
 * thư"), their prefixes ("Phó", "nguyên"), the bodies with fixed names ("UBND", "Tỉnh ủy"), the
 * words that open agencies ("Sở", "Ban") and the agencies' names, and the level words. Data only:
 * the grammar that reads them is `titles.ts`.
 */
import type { Level } from '../../../schemas/briefing.ts';
import { type PhraseSet, WordList } from '../../text/phrases.ts';
import { phraseSet } from './tokens.ts';

/** Tier a word names; "city" (thành phố, Thành ủy) is a province or a district depending on the city. */
export type Scope = Level | 'city';

export interface Head {
	/** Needs a body or a level word after it ("Chủ tịch UBND tỉnh", "Chủ tịch tỉnh"); "Thủ tướng" does not. */
	readonly needsBody: boolean;
	/** A level word alone completes it ("Chánh Thanh tra tỉnh"), not for "Trưởng", "Ủy viên", "Đại biểu". */
	readonly levelOk: boolean;
	/** Names its own agency: the agency's name follows ("Trưởng ban Tuyên giáo", "Trưởng phòng Nội vụ"). */
	readonly agency: boolean;
	readonly scope: Scope | null;
	/** A seat on a party committee rather than an office ("Tỉnh ủy viên"). */
	readonly membership: boolean;
}

const head = (needsBody: boolean, extra: Partial<Head> = {}): Head => ({
	needsBody,
	levelOk: true,
	agency: false,
	scope: null,
	membership: false,
	...extra,
});

export const HEADS: PhraseSet<Head> = phraseSet<Head>([
	['chủ tịch', head(true)],
	['chủ tịch nước', head(false, { scope: 'national' })],
	['bí thư', head(true)],
	['tổng bí thư', head(false, { scope: 'national' })],
	// The Secretariat's standing member: a post named by its body alone.
	['thường trực ban bí thư', head(false, { scope: 'national' })],
	['giám đốc', head(true)],
	['trưởng', head(true, { levelOk: false })],
	['trưởng ban', head(true, { levelOk: false, agency: true })],
	['trưởng phòng', head(true, { levelOk: false, agency: true })],
	// Deputies named by the agency alone: "Phó Ban Tuyên giáo", "Phó phòng Nội vụ".
	['phó ban', head(true, { levelOk: false, agency: true })],
	['phó phòng', head(true, { levelOk: false, agency: true })],
	['trưởng đoàn', head(true, { levelOk: false })],
	['tổ trưởng', head(true, { levelOk: false })],
	['chánh văn phòng', head(true)],
	['chánh thanh tra', head(true)],
	['chánh án', head(true)],
	['viện trưởng', head(true)],
	['chủ nhiệm', head(true, { levelOk: false })],
	['chỉ huy trưởng', head(true)],
	['tư lệnh', head(true)],
	['tổng thư ký', head(true)],
	['chính ủy', head(true)],
	['chính trị viên', head(true)],
	['cục trưởng', head(true, { levelOk: false })],
	['chi cục trưởng', head(true, { levelOk: false })],
	['vụ trưởng', head(true, { levelOk: false })],
	['tổng cục trưởng', head(true, { levelOk: false })],
	['đồn trưởng', head(true, { levelOk: false })],
	['hạt trưởng', head(true, { levelOk: false })],
	['thủ tướng', head(false, { scope: 'national' })],
	['bộ trưởng', head(false, { scope: 'national' })],
	['thứ trưởng', head(false, { scope: 'national' })],
	['ủy viên', head(true, { levelOk: false })],
	['tỉnh ủy viên', head(false, { scope: 'province', membership: true })],
	['huyện ủy viên', head(false, { scope: 'district', membership: true })],
	['thị ủy viên', head(false, { scope: 'district', membership: true })],
	['quận ủy viên', head(false, { scope: 'district', membership: true })],
	['thành ủy viên', head(false, { scope: 'city', membership: true })],
	['đảng ủy viên', head(false, { membership: true })],
	// "Ủy viên Ban Thường vụ", abbreviated.
	['UVBTV', head(false, { membership: true })],
	['UV BTV', head(false, { membership: true })],
	['UVTV', head(false, { membership: true })],
	['đại biểu', head(true, { levelOk: false })],
	['tham mưu trưởng', head(true)],
	// Abbreviated seats and posts: "TUV, Phó Chủ tịch UBND tỉnh", "P.CT HĐND tỉnh", "PCT UBND huyện".
	['TUV', head(false, { scope: 'province', membership: true })],
	['HUV', head(false, { scope: 'district', membership: true })],
	['UVTW', head(false, { scope: 'national', membership: true })],
	['UVTƯ', head(false, { scope: 'national', membership: true })],
	['PCT', head(true)],
	['P.CT', head(true)],
	['PBT', head(true)],
	['P.BT', head(true)],
	['PGĐ', head(true)],
	['P.GĐ', head(true)],
	// "P." glued to the head: "P.Chủ tịch UBND huyện", "P.Giám đốc Sở Y tế".
	['P.Chủ tịch', head(true)],
	['P.Bí thư', head(true)],
	['P.Giám đốc', head(true)],
	['P.Trưởng ban', head(true, { levelOk: false, agency: true })],
	['P.Trưởng phòng', head(true, { levelOk: false, agency: true })],
]);

const PREFIX_WORDS = ['phó', 'quyền', 'tân'];
export const PREFIXES = new WordList(PREFIX_WORDS);
/** Words before a title that make it a past office: "nguyên Chủ tịch", "cựu Bí thư", "cố Thủ tướng". */
export const FORMER_WORDS = ['nguyên', 'cựu', 'cố'];
export const FORMER = new WordList(FORMER_WORDS);
export const MODIFIERS: PhraseSet<true> = phraseSet<true>([
	['thường trực', true],
	['chuyên trách', true],
	['phụ trách', true],
	// "Ủy viên dự khuyết Trung ương Đảng".
	['dự khuyết', true],
]);

export interface Org {
	/** How the title writes it, when not as the article does ("Ủy ban nhân dân" → "UBND"). */
	readonly render: string | null;
	readonly scope: Scope | null;
	readonly membership: boolean;
	/** Takes a level word or a place after it ("UBND tỉnh"): "UBND Hà Nội" is rendered "UBND TP". */
	readonly needsLevel: boolean;
	/** Named by a number after it, part of the body ("Quân khu 2"). */
	readonly numbered: boolean;
}

const org = (extra: Partial<Org> = {}): Org => ({
	render: null,
	scope: null,
	membership: false,
	needsLevel: false,
	numbered: false,
	...extra,
});
const local = org({ needsLevel: true });
const member = org({ membership: true });
const national = org({ scope: 'national' });

/** Bodies with fixed names. */
export const ORGS: PhraseSet<Org> = phraseSet<Org>([
	['UBND', local],
	['Ủy ban nhân dân', org({ render: 'UBND', needsLevel: true })],
	['HĐND', local],
	['Hội đồng nhân dân', org({ render: 'HĐND', needsLevel: true })],
	['Tỉnh ủy', org({ scope: 'province' })],
	['Huyện ủy', org({ scope: 'district' })],
	['Thị ủy', org({ scope: 'district' })],
	['Quận ủy', org({ scope: 'district' })],
	['Thành ủy', org({ scope: 'city' })],
	['Đảng ủy', org()],
	['Đảng ủy khối', org()],
	['Chi bộ', org({ scope: 'commune' })],
	['Ban Thường vụ', member],
	['BTV', member],
	['Thường vụ', member],
	['Ban Chấp hành', member],
	['Ban Chấp hành Đảng bộ', member],
	['BCH', member],
	['BCH Đảng bộ', member],
	['Ủy ban Kiểm tra', org()],
	['UBKT', org()],
	['Ủy ban MTTQ', local],
	['Ủy ban MTTQ Việt Nam', local],
	['Ủy ban Mặt trận Tổ quốc', local],
	['Ủy ban Mặt trận Tổ quốc Việt Nam', local],
	['Ủy ban Mặt trận', local],
	['UBMTTQ', local],
	['UBMTTQ Việt Nam', local],
	['MTTQ', local],
	['MTTQ Việt Nam', local],
	['Mặt trận Tổ quốc', local],
	['Mặt trận Tổ quốc Việt Nam', local],
	['Ban Cán sự đảng', org()],
	['Đảng đoàn', org()],
	['Công an', local],
	['Bộ CHQS', local],
	['Bộ Chỉ huy Quân sự', local],
	['Ban CHQS', local],
	['Ban Chỉ huy Quân sự', local],
	['Bộ Chỉ huy Bộ đội Biên phòng', local],
	['Bộ đội Biên phòng', local],
	['BĐBP', local],
	// A military region ("Tư lệnh Quân khu 2"): the Ministry of Defence's command over several provinces.
	['Quân khu', org({ scope: 'national', numbered: true })],
	['Đoàn ĐBQH', org()],
	// After "Trưởng đoàn": "Trưởng đoàn ĐBQH tỉnh".
	['ĐBQH', org()],
	['Đại biểu Quốc hội', org()],
	['Đoàn Đại biểu Quốc hội', org()],
	['Đoàn công tác', org()],
	['Đoàn kiểm tra', org()],
	['Đoàn giám sát', org()],
	['Tổ công tác', org()],
	['Quốc hội', national],
	['Chính phủ', national],
	['Trung ương', national],
	['TƯ', national],
	['T.Ư', national],
	['TW', national],
	['Trung ương Đảng', org({ scope: 'national', membership: true })],
	['Ban Chấp hành Trung ương', org({ scope: 'national', membership: true })],
	['Ban Bí thư', national],
	['Bộ Chính trị', org({ scope: 'national', membership: true })],
	['Tỉnh đoàn', org({ scope: 'province' })],
	['Huyện đoàn', org({ scope: 'district' })],
	['Thành đoàn', org({ scope: 'city' })],
	['Đoàn Thanh niên', local],
	['Đoàn TNCS Hồ Chí Minh', local],
	['Hội Nông dân', local],
	['Hội LHPN', local],
	['Hội Liên hiệp Phụ nữ', local],
	['Hội Liên hiệp Phụ nữ Việt Nam', local],
	['Hội Cựu chiến binh', local],
	['Hội CCB', local],
	['Hội Chữ thập đỏ', local],
	['Hội Người cao tuổi', local],
	['Hội Khuyến học', local],
	['Hội Luật gia', local],
	['Liên đoàn Lao động', local],
	['LĐLĐ', local],
	['Công đoàn', local],
	['Viện Kiểm sát nhân dân', local],
	['VKSND', local],
	['Tòa án nhân dân', local],
	['TAND', local],
	['Kho bạc Nhà nước', local],
	['KBNN', local],
	['Cục Thuế', local],
	['Chi cục Thuế', local],
	['Cục Thống kê', local],
	['Chi cục Thống kê', local],
	['Bảo hiểm xã hội', local],
	['BHXH', local],
	['Thanh tra', local],
	['Đồn Biên phòng', org()],
	['Hạt Kiểm lâm', local],
	['Văn phòng', org()],
	['Ban Tiếp công dân', local],
]);

/** Words that open an agency whose own name follows, and the tier the word alone says. */
export const AGENCIES: PhraseSet<Scope | null> = phraseSet<Scope | null>([
	['Sở', 'province'],
	['Phòng', 'district'],
	['Ban', null],
	['Ban Quản lý', null],
	['Bộ', 'national'],
	['Cục', null],
	['Chi cục', 'province'],
	['Tổng cục', 'national'],
	['Vụ', 'national'],
	['Trung tâm', null],
	['Ủy ban', null],
	['Hội', null],
	['Viện', null],
]);

/** Names of departments, boards and party commissions, as they follow "Sở", "Phòng", "Ban", "Bộ". */
export const DEPARTMENTS: PhraseSet<true> = phraseSet<true>(
	[
		'Tài chính',
		'Xây dựng',
		'Kế hoạch và Đầu tư',
		'KH&ĐT',
		'KHĐT',
		'Nông nghiệp và Phát triển nông thôn',
		'NN&PTNT',
		'NNPTNT',
		'Nông nghiệp và Môi trường',
		'NN&MT',
		'Nông nghiệp',
		'Nội vụ',
		'Tư pháp',
		'Công Thương',
		'Giao thông vận tải',
		'Giao thông - Vận tải',
		'GTVT',
		'Tài nguyên và Môi trường',
		'Tài nguyên - Môi trường',
		'TN&MT',
		'TNMT',
		'Thông tin và Truyền thông',
		'TT&TT',
		'Lao động - Thương binh và Xã hội',
		'Lao động, Thương binh và Xã hội',
		'LĐ-TB&XH',
		'LĐTB&XH',
		'Văn hóa, Thể thao và Du lịch',
		'Văn hóa - Thể thao và Du lịch',
		'VH-TT&DL',
		'VH-TT-DL',
		'VHTT&DL',
		'Văn hóa và Thông tin',
		'Văn hóa - Thông tin',
		'Văn hóa - Xã hội',
		'VH&TT',
		'Khoa học và Công nghệ',
		'KH&CN',
		'Giáo dục và Đào tạo',
		'GD&ĐT',
		'Y tế',
		'Ngoại vụ',
		'Du lịch',
		'Dân tộc',
		'Dân tộc và Tôn giáo',
		'Quy hoạch - Kiến trúc',
		'Tài chính - Kế hoạch',
		'TC-KH',
		'Kinh tế - Hạ tầng',
		'Kinh tế và Hạ tầng',
		'KT-HT',
		'Kinh tế',
		'Kinh tế - Ngân sách',
		'Kinh tế - Xã hội',
		'Quản lý đô thị',
		'Tổ chức',
		'Tuyên giáo',
		'Tuyên giáo và Dân vận',
		'Dân vận',
		'Nội chính',
		'Pháp chế',
		'Thi đua - Khen thưởng',
	].map((d) => [d, true] as const),
);

/** Lower-case words that continue an agency's name ("Ban Quản lý dự án đầu tư xây dựng và Phát triển quỹ đất"). */
export const NAME_WORDS: PhraseSet<true> = phraseSet<true>(
	(
		'và|nông thôn|phát triển|dự án|đầu tư|xây dựng|quỹ đất|công nghiệp|kinh tế|hạ tầng|đô thị|giao thông|vận tải|' +
		'môi trường|tài nguyên|nước sạch|vệ sinh|y tế|dân số|giáo dục|đào tạo|thể thao|du lịch|văn hóa|thông tin|' +
		'truyền thông|xã hội|lao động|việc làm|nhà nước|khoa học|công nghệ|quy hoạch|kiến trúc|dịch vụ|công ích|' +
		'chính sách|an ninh|quốc phòng|thương mại|hành chính|công|khu|các|bảo vệ|rừng|phòng hộ|thủy lợi|nông nghiệp|' +
		'thủy sản|chăn nuôi|thú y|trồng trọt|kiểm lâm|bảo tồn|di tích|dân tộc|tôn giáo|tiếp công dân|pháp chế|' +
		'chuyên ngành|kiểm soát|bệnh tật|phòng chống|điều phối|nông thôn mới|giống|cây trồng|vật nuôi|tư pháp|' +
		'khuyến nông|phát thanh|truyền hình|quản lý|đất đai|bồi thường|giải phóng mặt bằng|tái định cư|thị trường|' +
		'phòng cháy|chữa cháy|cứu nạn|cứu hộ|giao dịch|một cửa|hỗ trợ|doanh nghiệp|xúc tiến|điều phối|chỉ đạo|quản lý dự án'
	)
		.split('|')
		.map((w) => [w, true] as const),
);

/** Level words: the tier of the body they follow. */
export const LEVEL_WORDS: PhraseSet<Scope> = phraseSet<Scope>([
	['tỉnh', 'province'],
	['huyện', 'district'],
	['quận', 'district'],
	['thị xã', 'district'],
	['TX', 'district'],
	// "UBND H.Bạch Long Vĩ", "UBND Q.Tân Bình" (the tokenizer cuts "H." from the name): written out.
	['H', 'district'],
	['Q', 'district'],
	['thành phố', 'city'],
	['TP', 'city'],
	['xã', 'commune'],
	['phường', 'commune'],
	['thị trấn', 'commune'],
]);

/** Lower-case words a title can start with: its first word is one of these. */
export const TITLE_STARTS: ReadonlySet<string> = new Set([...HEADS.firstWords(), ...PREFIX_WORDS, ...FORMER_WORDS]);

/** First words of bodies named with a level word ("Tỉnh ủy", "huyện đoàn"). */
export const LEVEL_LED = new WordList(['tỉnh', 'huyện', 'thị', 'quận', 'thành']);
