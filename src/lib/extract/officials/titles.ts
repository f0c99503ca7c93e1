/**
 * The grammar of Vietnamese official titles (chức danh), read token by token: a post is
 * [prefix] head [modifier] [body …] [level word] [place name], as in "Phó | Chủ tịch | Thường
 * trực | UBND | tỉnh | Lai Châu"; a chain of concurrent posts is posts joined by commas or
 * "kiêm". The title is rendered as written with "Ủy ban nhân dân" → "UBND", "Hội đồng nhân
 * dân" → "HĐND" and place names left out.
 */
import type { Level } from '../../../schemas/briefing.ts';
import { findProvince } from '../../places/gazetteer.ts';
import { findPlaceMentions } from '../../places/mentions.ts';
import { canonicalTones } from '../../text/normalize.ts';
import { type PhraseSet, WordList } from '../../text/phrases.ts';
import { nameRunEnd, nameScore } from './names.ts';
import { phraseSet, type Tok, tokenizeText } from './tokens.ts';

/** Tier a word names; "city" (thành phố, Thành ủy) is a province or a district depending on the city. */
type Scope = Level | 'city';

interface Head {
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

const HEADS: PhraseSet<Head> = phraseSet<Head>([
	['chủ tịch', head(true)],
	['chủ tịch nước', head(false, { scope: 'national' })],
	['bí thư', head(true)],
	['tổng bí thư', head(false, { scope: 'national' })],
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
]);

const PREFIX_WORDS = ['phó', 'quyền', 'tân'];
const PREFIXES = new WordList(PREFIX_WORDS);
/** Words before a title that make it a past office: "nguyên Chủ tịch", "cựu Bí thư", "cố Thủ tướng". */
const FORMER_WORDS = ['nguyên', 'cựu', 'cố'];
const FORMER = new WordList(FORMER_WORDS);
const MODIFIERS: PhraseSet<true> = phraseSet<true>([
	['thường trực', true],
	['chuyên trách', true],
	['phụ trách', true],
]);

interface Org {
	/** How the title writes it, when not as the article does ("Ủy ban nhân dân" → "UBND"). */
	readonly render: string | null;
	readonly scope: Scope | null;
	readonly membership: boolean;
	/** Takes a level word or a place after it ("UBND tỉnh"): "UBND Hà Nội" is rendered "UBND TP". */
	readonly needsLevel: boolean;
}

const org = (extra: Partial<Org> = {}): Org => ({
	render: null,
	scope: null,
	membership: false,
	needsLevel: false,
	...extra,
});
const local = org({ needsLevel: true });
const member = org({ membership: true });
const national = org({ scope: 'national' });

/** Bodies with fixed names. */
const ORGS: PhraseSet<Org> = phraseSet<Org>([
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
const AGENCIES: PhraseSet<Scope | null> = phraseSet<Scope | null>([
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
const DEPARTMENTS: PhraseSet<true> = phraseSet<true>(
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
const NAME_WORDS: PhraseSet<true> = phraseSet<true>(
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
const LEVEL_WORDS: PhraseSet<Scope> = phraseSet<Scope>([
	['tỉnh', 'province'],
	['huyện', 'district'],
	['quận', 'district'],
	['thị xã', 'district'],
	['TX', 'district'],
	['thành phố', 'city'],
	['TP', 'city'],
	['xã', 'commune'],
	['phường', 'commune'],
	['thị trấn', 'commune'],
]);

/** Lower-case words a title can start with: its first word is one of these. */
export const TITLE_STARTS: ReadonlySet<string> = new Set([...HEADS.firstWords(), ...PREFIX_WORDS, ...FORMER_WORDS]);

/** A gazetteer place whose name covers a token. */
export interface PlaceAt {
	/** Index of the first token past the name. */
	readonly end: number;
	readonly kind: 'province' | 'district';
	/** A centrally-run city (Hà Nội, Hồ Chí Minh …). */
	readonly city: boolean;
}

/** What the title grammar needs to know beyond the tokens. */
export interface TitleEnv {
	/** The article's province is a centrally-run city: "Thành ủy", "UBND TP" are then provincial. */
	readonly cityProvince: boolean;
	/** The gazetteer place whose name covers token `k`, if any. */
	placeAt(k: number): PlaceAt | null;
}

/** One post of a title. */
export interface Post {
	/** As written, normalised ("Phó Chủ tịch UBND tỉnh"). */
	readonly text: string;
	readonly level: Level | null;
	/** A seat on a party committee ("Ủy viên Ban Thường vụ Tỉnh ủy"), not an office of its own. */
	readonly membership: boolean;
	/** Has a body, a level word, or a head that stands alone ("Thủ tướng"); "Bí thư" alone does not. */
	readonly complete: boolean;
	/** Written as a past office ("nguyên Chủ tịch UBND huyện"). */
	readonly former: boolean;
	/** The office without its body, lower case ("phó chủ tịch", "bí thư"). */
	readonly head: string;
	/** Names a body ("UBND", "Sở Tài chính"), not only a level ("Chủ tịch tỉnh"). */
	readonly hasBody: boolean;
}

/** A title found in a token list. */
export interface TitleMatch {
	/** Token index of the first word (a "nguyên" before it included). */
	readonly start: number;
	/** Token index just past the title and any place name it carries. */
	readonly end: number;
	readonly posts: readonly Post[];
	/** The posts joined with ", ". */
	readonly text: string;
	/** The tier of the principal post (see `chainLevel`), null when no word says it. */
	readonly level: Level | null;
	/** At least one post is complete: the title names an office. */
	readonly valid: boolean;
	/** Some post is a past office. */
	readonly former: boolean;
	/** Ends with a level word and no gazetteer place: a place name may follow ("xã Nà Khoa"). */
	readonly openLevel: Scope | null;
}

/**
 * The gazetteer place covering a token, read from `text` (tone-canonical) and its tokens. Each
 * lookup reads a few words around the token only (the type word before a name decides what it
 * is), so a sentence costs nothing until a title or name asks; answers are cached.
 */
export function placeIndex(text: string, toks: readonly Tok[]): (k: number) => PlaceAt | null {
	let cache: Map<number, PlaceAt | null> | null = null;
	return (k: number) => {
		const t = toks[k];
		if (!t?.word || !t.cap) return null;
		cache ??= new Map();
		let hit = cache.get(k);
		if (hit !== undefined) return hit;
		// Two words before for the type word ("Huyện ủy", "thị xã"), up to six after for the longest name.
		const from = (toks[Math.max(0, k - 2)] as Tok).start;
		const lastIndex = Math.min(toks.length - 1, k + 6);
		hit = placeIn(text, toks, k, from, (toks[lastIndex] as Tok).end);
		// Without a type word, a name right before a person's ("Sở Xây dựng Hà Nội Lê Văn Dục") reads
		// to the gazetteer as part of a longer name: a window that stops before the person's finds it.
		for (let last = Math.min(lastIndex, k + 5); hit === null && last > k; last--) {
			if (toks[last + 1]?.cap) hit = placeIn(text, toks, k, from, (toks[last] as Tok).end);
		}
		cache.set(k, hit);
		return hit;
	};
}

function placeIn(text: string, toks: readonly Tok[], k: number, from: number, to: number): PlaceAt | null {
	const at = (toks[k] as Tok).start;
	for (const m of findPlaceMentions(text.slice(from, to))) {
		const start = m.start + from;
		const end = m.end + from;
		if (start > at || end <= at) continue;
		const province = m.provinces[0];
		let e = k;
		while (e < toks.length && (toks[e] as Tok).start < end) e++;
		return { end: e, kind: province ? 'province' : 'district', city: province?.type === 'thanh-pho' };
	}
	return null;
}

interface Parsed {
	post: Post;
	end: number;
	openLevel: Scope | null;
}

/**
 * The title starting at token `i`, or null when no title head is there. Reads one post, then
 * more after "," or "kiêm" as long as each parses; stops before anything else. The caller
 * decides what a title without a name means.
 */
export function parseTitle(toks: readonly Tok[], i: number, env: TitleEnv): TitleMatch | null {
	let former = false;
	let k = i;
	if (FORMER.holds(toks[k])) {
		former = true;
		k++;
	}
	const first = parsePost(toks, k, env, former);
	if (!first) return null;
	const posts: Post[] = [first.post];
	let end = first.end;
	let openLevel = first.openLevel;
	for (;;) {
		const sep = toks[end];
		if (!sep || (sep.key !== ',' && sep.key !== 'kiêm')) break;
		let j = end + 1;
		const wasFormer = FORMER.holds(toks[j]);
		if (wasFormer) j++;
		const next = parsePost(toks, j, env, wasFormer);
		if (!next) break;
		posts.push(next.post);
		end = next.end;
		openLevel = next.openLevel;
	}
	const valid = posts.some((p) => p.complete);
	return {
		start: i,
		end,
		posts,
		text: posts.map((p) => p.text).join(', '),
		level: chainLevel(posts),
		valid,
		former: posts.some((p) => p.former),
		openLevel,
	};
}

/**
 * The tier of a chain of posts: that of the first post, unless it is a bare committee seat
 * ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh" is read from the office that follows);
 * a post that names no tier takes the next one's.
 */
export function chainLevel(posts: readonly Post[]): Level | null {
	const offices = posts.filter((p) => !p.membership);
	for (const p of offices) if (p.level) return p.level;
	for (const p of posts) if (p.level) return p.level;
	return null;
}

function parsePost(toks: readonly Tok[], i: number, env: TitleEnv, former: boolean): Parsed | null {
	let k = i;
	while (PREFIXES.holds(toks[k]) && toks[k + 1]?.word && !HEADS.matchAt(toks, k)) k++;
	const h = HEADS.matchAt(toks, k);
	// Most words a title could start with start none: nothing is built for them.
	if (!h) return null;
	const hd = h.value;
	const parts: string[] = [];
	pushTokens(parts, toks, i, h.end);
	// The prefixes and head words, lower case: their keys (none holds a letter that lowers by context).
	const head = keysOf(toks, i, h.end);
	k = h.end;
	const mod = MODIFIERS.matchAt(toks, k);
	if (mod) {
		pushTokens(parts, toks, k, mod.end);
		k = mod.end;
	}
	// Bodies: one or more, the sub-body first ("Ban Tuyên giáo Tỉnh ủy", "Văn phòng UBND").
	let bodies = 0;
	let scope: Scope | null = null;
	let membership = hd.membership;
	let needsLevel = false;
	for (;;) {
		const o = orgAt(toks, k);
		if (o) {
			if (o.value.render) parts.push(o.value.render);
			else pushTokens(parts, toks, k, o.end);
			k = o.end;
			bodies++;
			scope = o.value.scope ?? scope;
			membership ||= o.value.membership;
			needsLevel = o.value.needsLevel;
			// "Văn phòng Đoàn ĐBQH và HĐND tỉnh".
			if (toks[k]?.key === 'và' && orgAt(toks, k + 1)) {
				parts.push('và');
				k++;
			}
			continue;
		}
		const a = AGENCIES.matchAt(toks, k);
		const name = a ? agencyName(toks, a.end, env) : hd.agency && bodies === 0 ? agencyName(toks, k, env) : null;
		if (name === null) break;
		const from = k;
		k = name;
		pushTokens(parts, toks, from, k);
		bodies++;
		if (a && a.value !== null) scope = a.value;
		needsLevel = false;
	}
	// The level word and the place name after it.
	let levelScope: Scope | null = null;
	let openLevel: Scope | null = null;
	const lv = matchLevel(toks, k);
	if (lv) {
		levelScope = lv.value;
		pushTokens(parts, toks, k, lv.end);
		k = lv.end;
		// "TP. Hồ Chí Minh".
		if (toks[k]?.key === '.' && (lv.value === 'city' || toks[k - 1]?.key === 'tx')) k++;
	}
	const place = env.placeAt(k);
	if (place) {
		k = place.end;
		// "UBND Hà Nội": the level word the place name stands for.
		if (!lv && needsLevel && place.kind === 'province') parts.push(place.city ? 'TP' : 'tỉnh');
	} else if (lv) {
		openLevel = lv.value;
	}
	const complete = !hd.needsBody || bodies > 0 || (lv !== null && hd.levelOk);
	const level = resolveScope(levelScope, place, scope, hd.scope, env);
	return {
		post: {
			text: tidy(parts.join(' ')),
			level,
			membership,
			complete,
			former,
			head,
			hasBody: bodies > 0,
		},
		end: k,
		openLevel,
	};
}

/**
 * The fixed body at token `k`. A body named with a level word ("Tỉnh ủy", "tỉnh đoàn") does not
 * match a level word followed by a capitalised name: "HĐND tỉnh Đoàn Văn Phi" is a person.
 */
function orgAt(toks: readonly Tok[], k: number): { value: Org; end: number } | null {
	const o = ORGS.matchAt(toks, k);
	if (!o) return null;
	const first = toks[k] as Tok;
	if (!first.cap && LEVEL_LED.holds(first) && toks[k + 1]?.cap) return null;
	return o;
}

// First words of bodies named with a level word.
const LEVEL_LED = new WordList(['tỉnh', 'huyện', 'thị', 'quận', 'thành']);

function resolveScope(
	levelWord: Scope | null,
	place: PlaceAt | null,
	body: Scope | null,
	headScope: Scope | null,
	env: TitleEnv,
): Level | null {
	const s = levelWord ?? (place ? place.kind : null) ?? body ?? headScope;
	if (s !== 'city') return s;
	if (place) return place.kind;
	return env.cityProvince ? 'province' : 'district';
}

function matchLevel(toks: readonly Tok[], k: number): { value: Scope; end: number } | null {
	const lv = LEVEL_WORDS.matchAt(toks, k);
	// "xã hội" is society, not a commune.
	if (lv && lv.value === 'commune' && toks[k]?.key === 'xã' && toks[k + 1]?.key === 'hội') return null;
	return lv;
}

/**
 * The end of an agency's name starting at `k` ("Tài chính", "Quản lý dự án … quỹ đất"), or null.
 * A name in lower case must open with a word agency names use ("Ban điều phối dự án").
 */
function agencyName(toks: readonly Tok[], k: number, env: TitleEnv): number | null {
	// A known name, which may go on ("Sở Nông nghiệp và PTNT").
	const known = DEPARTMENTS.matchAt(toks, k);
	const first = toks[k];
	if (!known) {
		if (!first?.word || /^\d/.test(first.key)) return null;
		if (!first.cap && !NAME_WORDS.matchAt(toks, k)) return null;
	}
	let j = known ? known.end : k;
	while (j < toks.length && j - k < 14) {
		const t = toks[j] as Tok;
		if (j > k && (matchLevel(toks, j) || orgAt(toks, j) || env.placeAt(j) || opensPost(toks, j))) break;
		const w = NAME_WORDS.matchAt(toks, j);
		if (w) {
			j = w.end;
			continue;
		}
		if (t.word && t.cap) {
			// A personal name after the agency ends it ("Sở Công an Nguyễn Văn A").
			if (j > k && looksLikeNameAt(toks, j)) break;
			j++;
			continue;
		}
		if (t.key === '-' && toks[j + 1]?.cap) {
			j++;
			continue;
		}
		break;
	}
	// A dangling "và" or "-" belongs to what follows.
	while (j > k && /^(?:và|-)$/.test((toks[j - 1] as Tok).key)) j--;
	return j > k ? j : null;
}

/** A new post starts at `j`: "… và Phó Giám đốc …". */
function opensPost(toks: readonly Tok[], j: number): boolean {
	return PREFIXES.holds(toks[j]) || FORMER.holds(toks[j]) || HEADS.matchAt(toks, j) !== null;
}

function looksLikeNameAt(toks: readonly Tok[], j: number): boolean {
	const run = nameRunEnd(toks, j, 5);
	return run - j >= 2 && nameScore(toks, j, Math.min(run, j + 4)) >= 3;
}

function pushTokens(parts: string[], toks: readonly Tok[], from: number, to: number): void {
	for (let k = from; k < to; k++) parts.push((toks[k] as Tok).text);
}

function keysOf(toks: readonly Tok[], from: number, to: number): string {
	let s = (toks[from] as Tok).key;
	for (let k = from + 1; k < to; k++) s += ` ${(toks[k] as Tok).key}`;
	return s;
}

/** Words joined with spaces, with no space before a comma or a closing bracket ("Lao động, Thương binh …"). */
function tidy(joined: string): string {
	// Few titles hold either: the regex runs only for those.
	return joined.includes(' ,') || joined.includes(' )') ? joined.replace(/ ([,)])/g, '$1') : joined;
}

/** The parsed title at the start of `text`, for tests and tools ("Chủ tịch UBND tỉnh Lai Châu" → "Chủ tịch UBND tỉnh"). */
export function recognizeTitle(
	text: string,
	options: { province?: string | null } = {},
): { title: string; level: Level | null; valid: boolean; former: boolean; rest: string } | null {
	const canon = canonicalTones(text.normalize('NFC'));
	const toks = tokenizeText(canon);
	const env: TitleEnv = {
		cityProvince: isCityProvince(options.province ?? null),
		placeAt: placeIndex(canon, toks),
	};
	const m = parseTitle(toks, 0, env);
	if (!m) return null;
	const restAt = toks[m.end]?.start ?? text.length;
	return { title: m.text, level: m.level, valid: m.valid, former: m.former, rest: text.slice(restAt) };
}

/** True for the five centrally-run cities (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ). */
export function isCityProvince(province: string | null): boolean {
	if (province === null) return false;
	let city = cities.get(province);
	if (city === undefined) {
		city = findProvince(province)?.type === 'thanh-pho';
		cities.set(province, city);
	}
	return city;
}

// Answers of `isCityProvince` by name: extraction asks once per article.
const cities = new Map<string, boolean>();
