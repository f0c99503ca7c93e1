/**
 * The people one sentence mentions, with or without a title: "Phó Chủ tịch UBND tỉnh Vừ A Bằng",
 * "đồng chí Tống Thanh Hải - Quyền Chủ tịch UBND tỉnh", "Lê Kim Toàn - Phó Bí thư …", "ông
 * Hải", "Chủ tịch UBND tỉnh Lai Châu nhấn mạnh", each with the role the words around it give.
 */

import { type PhraseSet, WordList } from '../../text/phrases.ts';
import { delegationTitle } from './delegation.ts';
import { type RoleEvidence, roleAfter, roleBefore, strongerRole } from './event-roles.ts';
import { capitalRunEnd, type NameContext, nameRunEnd, pickName } from './names.ts';
import { TITLE_STARTS } from './title-words.ts';
import { chainLevel, parseTitle, type TitleEnv, type TitleMatch } from './titles.ts';
import { phraseSet, type Tok } from './tokens.ts';

interface MentionBase {
	/** Token index where the mention starts (its honorific included). */
	readonly start: number;
	/** Object of "với", "gửi" …: the person is spoken to or of, not acting ("trao đổi với Chủ tịch …"). */
	readonly weak: boolean;
	/** After "theo": the person's view is reported ("Theo ông …, Chủ tịch UBND huyện, …"), not shown at the event. */
	readonly reported: boolean;
	/** After "của": the person owns something named ("chỉ đạo của Chủ tịch …"), which shows no part in the event. */
	readonly possessive: boolean;
	/** Token index just past the mention. */
	readonly end: number;
	/** What the words around the mention say the person does. */
	readonly evidence: RoleEvidence | null;
}

/** A person named in full, with a title ("titled") or with an honorific only ("named"). */
export interface NamedMention extends MentionBase {
	readonly kind: 'titled' | 'named';
	/** Character offsets of the name in the sentence. */
	readonly nameStart: number;
	readonly nameEnd: number;
	/** The title, for "titled". */
	readonly title: TitleMatch | null;
	/** The title is a post the person is appointed to in the sentence ("… được chỉ định giữ chức vụ Phó Bí thư Huyện ủy"). */
	readonly appointed?: true;
}

/** A person called by the last syllable of the name: "ông Hải", "Bí thư Hải". */
export interface GivenMention extends MentionBase {
	readonly kind: 'given';
	/** Lower-case syllable. */
	readonly given: string;
}

/** A title standing for its holder: "Chủ tịch UBND tỉnh Lai Châu nhấn mạnh". */
export interface TitleOnlyMention extends MentionBase {
	readonly kind: 'title-only';
	readonly title: TitleMatch;
}

/** Any mention of a person a sentence holds. */
export type Mention = NamedMention | GivenMention | TitleOnlyMention;

/** Words that introduce a person by name. */
const HONORIFICS: PhraseSet<true> = phraseSet<true>(
	[
		'đồng chí',
		'đ/c',
		'ông',
		'bà',
		'anh',
		'chị',
		'đại tá',
		'thượng tá',
		'trung tá',
		'thiếu tá',
		'đại úy',
		'thiếu tướng',
		'trung tướng',
		'thượng tướng',
		'đại tướng',
		'PGS.TS',
		'GS.TS',
		'TS',
		'ThS',
		'tiến sĩ',
		'thạc sĩ',
		'bác sĩ',
		'BS',
		'BSCKII',
		'BSCKI',
		'kỹ sư',
		'KS',
	].map((w) => [w, true] as const),
);

// Lower-case words a mention can start with; any other starts with a capital.
const STARTS = new WordList([...HONORIFICS.firstWords(), ...TITLE_STARTS]);

// Between a name and its title: "Tống Thanh Hải - Quyền Chủ tịch", "Lê Văn Lương, Chủ tịch", "(Phó bí thư …)".
const SEPARATORS = new WordList([',', '-', '–', '—', '(']);
const DASHES = new WordList(['-', '–', '—']);
// How far after a person's title an appointment to a new post is looked for, in tokens.
const APPOINTMENT_REACH = 20;
// "bổ nhiệm làm", "bầu làm", "chỉ định làm": "làm" after them opens the new post.
const APPOINTED = new WordList(['nhiệm', 'bầu', 'định', 'cử']);
// Offices a person is named with even when the article leaves their body out ("Phó Giám đốc").
const BARE_OFFICES: ReadonlySet<string> = new Set([
	'giám đốc',
	'phó giám đốc',
	'chủ tịch',
	'phó chủ tịch',
	'bí thư',
	'phó bí thư',
	'trưởng phòng',
	'phó trưởng phòng',
	'chỉ huy trưởng',
	'phó chỉ huy trưởng',
	'chánh văn phòng',
	'phó chánh văn phòng',
]);

/** Past a bracketed note of place in a photo ("(giữa)", "(thứ hai từ trái)") at `k`, or `k`. */
function positionNoteEnd(toks: readonly Tok[], k: number): number {
	if (toks[k]?.key !== '(') return k;
	for (let j = k + 1; j < toks.length && j - k <= 8; j++) {
		const t = toks[j] as Tok;
		if (t.key === ')') return j > k + 1 ? j + 1 : k;
		if (!t.word || t.cap) return k;
	}
	return k;
}
// Words that follow "có", "gồm" in a list of who was there.
const INTRODUCED: ReadonlySet<string> = new Set(['đồng', 'ông', 'bà', 'đại', 'lãnh']);
// Prepositions that make the person the object of someone else's act.
const WEAK_BEFORE = new WordList(['với', 'gửi', 'trình']);
// Words of mourning right before a person: the one mourned ("quốc tang Tổng Bí thư …", "lễ viếng",
// "tưởng niệm", "truy điệu", "tang lễ") is not acting at the event.
const MOURNED_BEFORE = new WordList(['tang', 'viếng', 'niệm', 'điệu']);

const attends: RoleEvidence = { role: 'participant', present: true };
const reports: RoleEvidence = { role: 'speaker', present: false };

/** What the scanner needs beyond the tokens: the title grammar's, and the sentence's delegations. */
export interface MentionEnv extends TitleEnv {
	/**
	 * The body of the delegation whose lead is named from token `k` on ("Đoàn giám sát của HĐND
	 * tỉnh do đồng chí …": "HĐND tỉnh"), or null (see `delegation.ts`).
	 */
	delegationBody?(k: number): string | null;
}

/**
 * Every mention in one sentence. `toks` are the sentence's tokens (tone-canonical); `quoted[k]`
 * is true for tokens inside a quotation, which are skipped: people quoted are not acting.
 */
export function findMentions(toks: readonly Tok[], quoted: readonly boolean[], env: MentionEnv): Mention[] {
	const out: Mention[] = [];
	const scanner = new Scanner(toks, env, out);
	for (let i = 0; i < toks.length; ) {
		if (quoted[i]) {
			i++;
			continue;
		}
		const next = scanner.at(i);
		i = next > i ? next : i + 1;
	}
	shareVerbs(toks, out);
	return out;
}

/** "A và B cùng dự", "A, B; C cùng tham dự": people joined by "và", a comma or a semicolon share the verb after the last. */
function shareVerbs(toks: readonly Tok[], mentions: Mention[]): void {
	for (let n = mentions.length - 2; n >= 0; n--) {
		const m = mentions[n] as Mention;
		const next = mentions[n + 1] as Mention;
		if (m.evidence || m.weak || !next.evidence) continue;
		const gap = next.start - m.end;
		const joint = toks[m.end];
		const joined = joint?.key === 'và' || joint?.key === ',' || joint?.key === ';';
		// "A và các B": a plural title may follow the joint.
		if (joined && (gap === 1 || (gap === 2 && toks[m.end + 1]?.key === 'các'))) {
			mentions[n] = { ...m, evidence: next.evidence };
		}
	}
}

/** Index of the first word of an attendance phrase ("Dự hội nghị có …", "tham dự", "có mặt"), or the length. */
function attendanceStart(toks: readonly Tok[]): number {
	for (let k = 0; k < toks.length; k++) {
		const key = (toks[k] as Tok).key;
		const next = toks[k + 1]?.key;
		if ((key === 'tham' || key === 'cùng' || key === 'đến' || key === 'tới') && next === 'dự') return k;
		if (key === 'dự' && (k === 0 || toks[k - 1]?.key === ',')) return k;
		if (key === 'có' && next === 'mặt') return k;
		// "Làm việc với đoàn có đồng chí …", "Cùng đi có các đồng chí …", "gồm ông …".
		if ((key === 'có' || key === 'gồm') && INTRODUCED.has(next === 'các' ? (toks[k + 2]?.key ?? '') : (next ?? ''))) {
			return k;
		}
	}
	return toks.length;
}

/**
 * A post a person is given: a whole title of a tier, not a past one. A seat that names no tier
 * ("giữ chức vụ Ủy viên Đảng đoàn") adds to the office, not replaces it.
 */
function givenPost(post: TitleMatch | null): TitleMatch | null {
	return post?.valid && !post.former && post.level !== null ? post : null;
}

class Scanner {
	private readonly toks: readonly Tok[];
	private readonly env: MentionEnv;
	private readonly out: Mention[];
	// Where the sentence's list of attendees starts; read when first needed.
	private attendAt = -1;

	constructor(toks: readonly Tok[], env: MentionEnv, out: Mention[]) {
		this.toks = toks;
		this.env = env;
		this.out = out;
	}

	/** Reads the mention starting at token `i`; returns the index past it, or `i` when none starts there. */
	at(i: number): number {
		const toks = this.toks;
		const t = toks[i] as Tok;
		if (!t.word) return i;
		const starts = STARTS.holds(t);
		if (!starts && !t.cap) return i;
		// Honorifics and titles open with a word of STARTS: other capitalised words can only open a name.
		const hon = starts ? HONORIFICS.matchAt(toks, i) : null;
		let h = hon ? hon.end : i;
		if (hon && toks[h]?.key === '.') h++;
		const named = this.nameFirst(i, h, hon !== null);
		if (named > i) return named;
		return starts ? this.titleFirst(i, h) : i;
	}

	/** "đồng chí Tống Thanh Hải - Quyền Chủ tịch UBND tỉnh", "Lê Kim Toàn - Phó Bí thư …", "ông Lê Văn Hùng". */
	private nameFirst(i: number, h: number, honored: boolean): number {
		const toks = this.toks;
		const run = nameRunEnd(toks, h);
		if (run === h) return i;
		const name = pickName(toks, h, run, honored ? 'after-honorific' : 'bare');
		// "Hà Nội - …" is a place, not a person.
		if (name && !honored && this.env.placeAt(h)) return i;
		if (!name) {
			if (honored && run - h === 1) {
				this.push({ kind: 'given', given: (toks[h] as Tok).key, ...this.base(i, run) });
				return run;
			}
			return i;
		}
		// "Bà Nguyễn Thị Mai (giữa), Phó Chủ tịch …": a caption's note of where the person stands.
		const at = positionNoteEnd(toks, name.end);
		const sep = toks[at];
		if (sep && SEPARATORS.holds(sep)) {
			const written = parseTitle(toks, at + 1, this.env);
			// "Đoàn giám sát của HĐND tỉnh do đồng chí …, Phó Chủ tịch": the office of the delegation's body.
			const body = written && !written.valid ? (this.env.delegationBody?.(i) ?? null) : null;
			const title = (written && body !== null ? delegationTitle(written, body, this.env) : null) ?? written;
			if (title?.valid || (title && honored && this.bareOffice(title))) {
				let end = this.skipPlaceName(title.end, title);
				if (sep.key === '(' && toks[end]?.key === ')') end++;
				// "ông A, Phó Giám đốc Sở X, được điều động, chỉ định giữ chức vụ Phó Bí thư Huyện ủy": the new post.
				const post = this.appointment(end);
				if (post !== null) {
					this.push({ kind: 'titled', ...this.nameOffsets(name), title: post, appointed: true, ...this.base(i, end) });
				} else this.push({ kind: 'titled', ...this.nameOffsets(name), title, ...this.base(i, end) });
				return end;
			}
		}
		// "Đồng chí Lưu Bá Mạc được bầu giữ chức Bí thư Huyện ủy", "bầu ông A giữ chức Chủ tịch UBND
		// huyện": named with no office but the one the event gives.
		const post = this.appointment(name.end) ?? this.electedAs(i, name.end);
		if (post !== null) {
			this.push({ kind: 'titled', ...this.nameOffsets(name), title: post, appointed: true, ...this.base(i, post.end) });
			return post.end;
		}
		if (!honored) return i;
		this.push({ kind: 'named', ...this.nameOffsets(name), title: null, ...this.base(i, name.end) });
		return name.end;
	}

	/** "Phó Chủ tịch UBND tỉnh Vừ A Bằng", "Bí thư Hải", "Chủ tịch UBND tỉnh Lai Châu nhấn mạnh". */
	private titleFirst(i: number, h: number): number {
		const toks = this.toks;
		const title = parseTitle(toks, h, this.env);
		if (!title) return i;
		const end = title.end;
		const run = capitalRunEnd(toks, end);
		const context: NameContext = title.openLevel === 'commune' ? 'after-commune' : 'after-title';
		const name = run > end ? pickName(toks, end, run, context) : title.valid ? this.dashedName(end) : null;
		if (name) {
			if (!title.valid) {
				// "Bí thư Hoàng Trung Hải": a known person's short title.
				this.push({ kind: 'named', ...this.nameOffsets(name), title: null, ...this.base(i, name.end) });
				return name.end;
			}
			const ext = this.extension(name.end);
			const full = ext ? merge(title, ext) : title;
			const after = ext ? ext.end : name.end;
			this.push({ kind: 'titled', ...this.nameOffsets(name), title: full, ...this.base(i, after) });
			// "các Phó Chủ tịch HĐND tỉnh Đoàn Văn Phi, Huỳnh Thúy Vân": one title for several names.
			return toks[i - 1]?.key === 'các' && !ext ? this.sharedTitle(after, title) : after;
		}
		if (run - end === 1 && !title.valid) {
			this.push({ kind: 'given', given: (toks[end] as Tok).key, ...this.base(i, run) });
			return run;
		}
		if (!title.valid) return end;
		// "Chủ tịch UBND huyện, ông Nguyễn Văn A", "Chủ tịch UBND huyện - ông Nguyễn Văn A".
		if (toks[end]?.key === ',' || DASHES.holds(toks[end])) {
			const hon = HONORIFICS.matchAt(toks, end + 1);
			if (hon) {
				const r = nameRunEnd(toks, hon.end);
				const n = pickName(toks, hon.end, r, 'after-honorific');
				if (n) {
					this.push({ kind: 'titled', ...this.nameOffsets(n), title, ...this.base(i, n.end) });
					return n.end;
				}
			}
		}
		const past = this.skipPlaceName(end, title);
		// "Các đồng chí Phó Chủ tịch UBND huyện: Lò Văn Tiến, Nguyễn Thị Hoa": one title, then those who hold it.
		if (toks[past]?.key === ':' && toks[i - 1]?.key === 'các') {
			const n = pickName(toks, past + 1, nameRunEnd(toks, past + 1), 'bare');
			if (n) {
				this.push({ kind: 'titled', ...this.nameOffsets(n), title, ...this.base(i, n.end) });
				return this.sharedTitle(n.end, title);
			}
		}
		this.push({ kind: 'title-only', title, ...this.base(i, past) });
		return past;
	}

	/**
	 * "Thượng tá Trần Văn Bình, Phó Giám đốc, cho biết": an office written without its body, which
	 * the article named before ("Công an thành phố"). Kept as written when a comma or a verb closes
	 * it, never for a bare seat ("Ủy viên") or a delegate.
	 */
	private bareOffice(title: TitleMatch): boolean {
		const [post] = title.posts;
		if (title.posts.length !== 1 || !post || post.membership || !BARE_OFFICES.has(post.head)) return false;
		const next = this.toks[title.end];
		return next === undefined || next.key === ',' || roleAfter(this.toks, title.end) !== null;
	}

	/**
	 * The post a person named just before `from` is appointed to in the same clause ("được bổ
	 * nhiệm giữ chức Chủ tịch UBND huyện", "được bầu làm Bí thư Huyện ủy"), or null.
	 */
	private appointment(from: number): TitleMatch | null {
		const toks = this.toks;
		const last = Math.min(toks.length, from + APPOINTMENT_REACH);
		for (let k = from; k < last; k++) {
			const t = toks[k] as Tok;
			if (t.key === ';' || t.key === '.' || t.key === ':') return null;
			let j = -1;
			// "từng giữ chức" is a past post, "thôi giữ chức" one left.
			if (t.key === 'giữ' && toks[k + 1]?.key === 'chức' && toks[k - 1]?.key !== 'từng' && toks[k - 1]?.key !== 'thôi')
				j = toks[k + 2]?.key === 'vụ' ? k + 3 : k + 2;
			else if (t.key === 'làm' && APPOINTED.holds(toks[k - 1])) j = k + 1;
			if (j < 0) continue;
			return givenPost(parseTitle(toks, j, this.env));
		}
		return null;
	}

	/** "bầu ông A làm Chủ tịch UBND huyện": the post after "làm" when the mention from `i` follows the verb. */
	private electedAs(i: number, end: number): TitleMatch | null {
		const toks = this.toks;
		if (!APPOINTED.holds(toks[i - 1]) || toks[end]?.key !== 'làm') return null;
		return givenPost(parseTitle(toks, end + 1, this.env));
	}

	/** "Phó Chủ tịch UBND huyện - Trần Văn A": the name after a dash that follows a title, if one is there. */
	private dashedName(end: number): { start: number; end: number } | null {
		const toks = this.toks;
		if (!DASHES.holds(toks[end]) || this.env.placeAt(end + 1)) return null;
		const run = capitalRunEnd(toks, end + 1);
		return run > end + 1 ? pickName(toks, end + 1, run, 'after-title') : null;
	}

	/** Further names after "các TITLE NAME", joined by commas or "và", that take the same title. */
	private sharedTitle(from: number, title: TitleMatch): number {
		const toks = this.toks;
		let k = from;
		for (;;) {
			const joint = toks[k];
			if (!joint || (joint.key !== ',' && joint.key !== 'và')) return k;
			const run = nameRunEnd(toks, k + 1);
			const name = pickName(toks, k + 1, run, 'bare');
			if (!name) return k;
			// A name with a title of its own is read as such.
			const sep = toks[name.end];
			if (sep && SEPARATORS.holds(sep) && parseTitle(toks, name.end + 1, this.env)?.valid) return k;
			this.push({ kind: 'titled', ...this.nameOffsets(name), title, ...this.base(k + 1, name.end) });
			k = name.end;
		}
	}

	/** A further post after the name that belongs to the same person: "Lương Thị Hoa, Chủ tịch HĐND huyện phát biểu". */
	private extension(j: number): TitleMatch | null {
		const toks = this.toks;
		const sep = toks[j];
		if (!sep || (sep.key !== ',' && sep.key !== '-' && sep.key !== '–')) return null;
		const t = parseTitle(toks, j + 1, this.env);
		if (!t?.valid) return null;
		// Another person's title when a name follows it.
		if (nameRunEnd(toks, t.end) - t.end >= 2 && !t.openLevel) return null;
		const end = this.skipPlaceName(t.end, t);
		const next = toks[end];
		if (next?.word && !roleAfter(toks, end)) return null;
		return { ...t, end };
	}

	/** Past the name of a place not in the gazetteer after a level word ("xã Ân Hữu"), when no person's name follows. */
	private skipPlaceName(end: number, title: TitleMatch): number {
		if (!title.openLevel) return end;
		const toks = this.toks;
		let k = end;
		while (k < toks.length && (toks[k] as Tok).cap && k - end < 4) k++;
		// Numbered units: "phường 3", "Quận 1".
		if (k === end && /^\d+$/.test(toks[k]?.key ?? '')) k++;
		return k;
	}

	private nameOffsets(name: { start: number; end: number }): { nameStart: number; nameEnd: number } {
		return { nameStart: (this.toks[name.start] as Tok).start, nameEnd: (this.toks[name.end - 1] as Tok).end };
	}

	private base(start: number, end: number): MentionBase {
		const toks = this.toks;
		const before = toks[start - 1]?.key ?? '';
		// "làm việc với Chủ tịch …" is still a meeting with the person.
		const weak =
			(WEAK_BEFORE.holds(toks[start - 1]) && !(before === 'với' && toks[start - 2]?.key === 'việc')) ||
			MOURNED_BEFORE.holds(toks[start - 1]) ||
			(before === 'lễ' && toks[start - 2]?.key === 'tang');
		const reported = before === 'theo';
		const possessive = before === 'của';
		if (weak) return { start, end, weak, reported, possessive, evidence: null };
		if (reported) return { start, end, weak, reported, possessive, evidence: reports };
		const after = roleAfter(toks, end);
		const prior = roleBefore(toks, start);
		// "Phát biểu kết luận, đồng chí … đề nghị": the clause before may say more than the verb after.
		let evidence = after && prior ? stronger(after, prior) : (after ?? prior);
		if (!evidence) {
			if (this.attendAt < 0) this.attendAt = attendanceStart(toks);
			if (start > this.attendAt) evidence = attends;
		}
		return { start, end, weak, reported, possessive, evidence };
	}

	private push(m: Mention): void {
		this.out.push(m);
	}
}

function stronger(a: RoleEvidence, b: RoleEvidence): RoleEvidence {
	const role = strongerRole(a.role, b.role) ?? a.role;
	return { role, present: a.present || b.present };
}

function merge(a: TitleMatch, b: TitleMatch): TitleMatch {
	const posts = [...a.posts, ...b.posts];
	return {
		start: a.start,
		end: b.end,
		posts,
		text: `${a.text}, ${b.text}`,
		level: chainLevel(posts),
		valid: true,
		former: a.former || b.former,
		openLevel: b.openLevel,
	};
}
