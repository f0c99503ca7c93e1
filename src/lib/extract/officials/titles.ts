/**
 * The grammar of Vietnamese official titles (chức danh), read token by token: a post is
 * [prefix] head [modifier] [body …] [level word] [place name], as in "Phó | Chủ tịch | Thường
 * trực | UBND | tỉnh | Lai Châu"; a chain of concurrent posts is posts joined by commas or
 * "kiêm" (kept as written; a dash reads as a comma). The title is rendered as written with "Ủy ban nhân dân" → "UBND", "Hội đồng nhân
 * dân" → "HĐND" and place names left out. The words themselves are `title-words.ts`; the
 * gazetteer lookups `title-places.ts`.
 */
import type { Level } from '../../../schemas/briefing.ts';
import { canonicalTones } from '../../text/normalize.ts';
import { nameRunEnd, nameScore } from './names.ts';
import { isCityProvince, type PlaceAt, placeIndex } from './title-places.ts';
import {
	AGENCIES,
	DEPARTMENTS,
	FORMER,
	HEADS,
	LEVEL_LED,
	LEVEL_WORDS,
	MODIFIERS,
	NAME_WORDS,
	ORGS,
	type Org,
	PREFIXES,
	type Scope,
} from './title-words.ts';
import { keysOf, type Tok, tokenizeText } from './tokens.ts';

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
	/** The posts joined with ", " (with "kiêm" where the article joins two posts with it). */
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

interface Parsed {
	post: Post;
	end: number;
	openLevel: Scope | null;
}

/**
 * The title starting at token `i`, or null when no title head is there. Reads one post, then
 * more after ",", "kiêm" or a dash (before a complete post) as long as each parses; stops before anything else. The caller
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
	// The title as written: posts joined by ", ", or by "kiêm" where the article says so.
	let text = first.post.text;
	let end = first.end;
	let openLevel = first.openLevel;
	for (;;) {
		const sep = toks[end];
		// "Phó Bí thư Huyện ủy - Chủ tịch UBND huyện": a dash joins two complete posts.
		const dash = sep?.key === '-' || sep?.key === '–';
		if (!sep || (sep.key !== ',' && sep.key !== 'kiêm' && !dash)) break;
		let j = end + 1;
		const wasFormer = FORMER.holds(toks[j]);
		if (wasFormer) j++;
		const next = parsePost(toks, j, env, wasFormer);
		if (!next || (dash && !next.post.complete)) break;
		posts.push(next.post);
		text += sep.key === 'kiêm' ? ` kiêm ${next.post.text}` : `, ${next.post.text}`;
		end = next.end;
		openLevel = next.openLevel;
	}
	const valid = posts.some((p) => p.complete);
	return {
		start: i,
		end,
		posts,
		text,
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
	const mod = MODIFIERS.matchAt(toks, k) ?? standingAbbreviation(toks, k, head);
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
		// "Ủy ban Kinh tế của Quốc hội": the body the agency belongs to.
		if (bodies > 0 && toks[k]?.key === 'của' && orgAt(toks, k + 1)) {
			parts.push('của');
			k++;
			continue;
		}
		const o = orgAt(toks, k);
		if (o) {
			if (o.value.render) parts.push(o.value.render);
			else pushTokens(parts, toks, k, o.end);
			k = o.end;
			bodies++;
			scope = o.value.scope ?? scope;
			membership ||= o.value.membership;
			needsLevel = o.value.needsLevel;
			// "Quân khu 2": the number names the body.
			if (o.value.numbered && /^\d{1,3}$/.test(toks[k]?.key ?? '')) {
				pushTokens(parts, toks, k, k + 1);
				k++;
			}
			// "Đại biểu Quốc hội (ĐBQH)": the body's abbreviation in brackets stays.
			const abbr = bracketedAbbreviation(toks, k);
			if (abbr) {
				parts.push(abbr);
				k += 3;
			}
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
	// "Đoàn ĐBQH đơn vị tỉnh": the constituency a delegation is elected in.
	if (bodies > 0 && toks[k]?.key === 'đơn' && toks[k + 1]?.key === 'vị' && matchLevel(toks, k + 2)) {
		pushTokens(parts, toks, k, k + 2);
		k += 2;
	}
	// The level word and the place name after it.
	let levelScope: Scope | null = null;
	let openLevel: Scope | null = null;
	const lv = matchLevel(toks, k);
	if (lv) {
		levelScope = lv.value;
		const abbr = ABBREVIATED_LEVELS[toks[k]?.key ?? ''];
		if (abbr) parts.push(abbr);
		else pushTokens(parts, toks, k, lv.end);
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
/**
 * "TT" for "Thường trực" after a deputy's head, before the body ("PBT TT Huyện ủy", "PCT TT UBND
 * huyện"): elsewhere "TT" is a centre or a town ("Giám đốc TT Y tế").
 */
function standingAbbreviation(toks: readonly Tok[], k: number, head: string): { end: number } | null {
	const t = toks[k];
	if (t?.key !== 'tt' || t.text !== 'TT' || !DEPUTY_HEAD.test(head) || !orgAt(toks, k + 1)) return null;
	return { end: k + 1 };
}

// The heads a standing deputy holds: "Phó Bí thư", "PBT", "P.CT", "Phó Chủ tịch".
const DEPUTY_HEAD = /^(?:phó (?:bí thư|chủ tịch)|pbt|p\.bt|pct|p\.ct|p\.bí thư|p\.chủ tịch)$/u;

function orgAt(toks: readonly Tok[], k: number): { value: Org; end: number } | null {
	const o = ORGS.matchAt(toks, k);
	if (!o) return null;
	const first = toks[k] as Tok;
	if (!first.cap && LEVEL_LED.holds(first) && toks[k + 1]?.cap) return null;
	return o;
}

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

/** "(ĐBQH)" at token `k`: an abbreviation in capitals between brackets, as the title writes it. */
function bracketedAbbreviation(toks: readonly Tok[], k: number): string | null {
	if (toks[k]?.key !== '(' || toks[k + 2]?.key !== ')') return null;
	const t = toks[k + 1];
	if (!t?.word || t.text.length < 2 || t.text.length > 10 || t.text !== t.text.toUpperCase()) return null;
	return `(${t.text})`;
}

/** Level words written as one letter glued to the name, and how a title writes them. */
const ABBREVIATED_LEVELS: Readonly<Record<string, string>> = { h: 'huyện', q: 'quận' };

/** Token `k` is cut from the capitalised word after it ("H.Bạch" → "H", "Bạch"). */
function glued(toks: readonly Tok[], k: number): boolean {
	const t = toks[k] as Tok;
	const next = toks[k + 1];
	return next?.cap === true && next.start === t.end + 1;
}

function matchLevel(toks: readonly Tok[], k: number): { value: Scope; end: number } | null {
	const lv = LEVEL_WORDS.matchAt(toks, k);
	// "H." and "Q." only glued to a name ("H.Bạch Long Vĩ"), never a lone letter.
	if (lv && ABBREVIATED_LEVELS[toks[k]?.key ?? ''] !== undefined && !glued(toks, k)) return null;
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
