/**
 * The officials of an article: people holding public office who act in the event it reports,
 * each with the title the article gives them, the tier of that office and what they do there.
 */
import type { Level, Official, Role } from '../../../schemas/briefing.ts';
import type { ArticleDocument, Sentence } from '../document.ts';
import { delegationBody } from './delegation.ts';
import { ROLE_RANK, type RoleEvidence, strongerRole } from './event-roles.ts';
import { findMentions, type Mention, type MentionEnv, type NamedMention } from './find-mentions.ts';
import { HISTORIC_NAMES } from './name-words.ts';
import { quoteDepthAt, quotedTokens } from './quotes.ts';
import { isCityProvince, placeIndex } from './title-places.ts';
import type { TitleMatch } from './titles.ts';
import { type Tok, tokenizeText } from './tokens.ts';
import { findTriggers } from './triggers.ts';

/** Where the article is: the province decides how "Thành ủy" and "UBND TP" read. */
export interface OfficialsContext {
	/** Province name as in the gazetteer ("Hà Nội"), if known. */
	readonly province: string | null;
	/** District name as in the gazetteer, if known. */
	readonly district: string | null;
}

// Zones where a mention shows the person takes part: the headline, lede and photo captions.
const PROMINENT: ReadonlySet<string> = new Set(['headline', 'lede', 'caption']);

interface Person {
	readonly key: string;
	readonly name: string;
	title: TitleMatch;
	sentence: string;
	/** Order of the first titled mention. */
	readonly order: number;
	role: Role | null;
	/** Named, not as an object, in the headline, lede or a caption. */
	prominent: boolean;
	/** Named in the headline. */
	headline: boolean;
	/** Some mention shows the person presiding, speaking or attending in person. */
	present: boolean;
	/** Mentions by name, other than as the object of "với", "gửi", "trình". */
	mentions: number;
	/** The title is a post the article appoints the person to: no other mention's title replaces it. */
	appointed: boolean;
}

interface Located {
	readonly mention: Mention;
	readonly sentence: Sentence;
	readonly order: number;
}

/**
 * The officials of the event, leads first, then speakers, then participants, each group in
 * order of first appearance. A person counts when named with a title (not a past one, not in a
 * quotation) and shown taking part: named in the headline, lede or a caption (not as the owner
 * of a directive cited), given something to do ("phát biểu", "dự", "làm trưởng đoàn"), or named
 * more than once. National leaders count only when present in person (an act at the event, or
 * the headline). Mentions of one person (same name, ignoring case and tone placement) are
 * merged: the post the article appoints them to, else the longest title, the strongest role, the first sentence with a title (display text,
 * at most 2,000 characters). Pure; never throws.
 */
export function extractOfficials(doc: ArticleDocument, context: OfficialsContext): Official[] {
	const cityProvince = isCityProvince(context.province);
	const { words, quotes: marks } = findTriggers(doc.canon);
	const triggered = triggeredSentences(doc, words);
	const located: Located[] = [];
	doc.sentences.forEach((sentence, index) => {
		if (!triggered[index]) return;
		const toks = tokenizeText(sentence.canon, sentence.lower);
		const env: MentionEnv = {
			cityProvince,
			placeAt: placeIndex(sentence.canon, toks),
			delegationBody: (k) => {
				const at = (toks[k] as Tok).start;
				return delegationBody(sentence.lower.slice(0, at), sentence.canon.slice(0, at));
			},
		};
		// Quotations run across the sentences of a paragraph, not beyond it.
		const block = doc.blocks[sentence.blockIndex];
		const depth = block ? quoteDepthAt(doc.canon, marks, block.start, sentence.start) : 0;
		const quoted = depth > 0 || hasMark(marks, sentence) ? quotedTokens(toks, depth) : [];
		for (const mention of findMentions(toks, quoted, env)) {
			located.push({ mention, sentence, order: index * 10_000 + mention.start });
		}
	});

	const people = new Map<string, Person>();
	const former = new Set<string>();
	for (const { mention, sentence, order } of located) {
		if (mention.kind !== 'titled' || !mention.title) continue;
		const name = nameOf(doc, sentence, mention);
		const key = keyOf(sentence, mention);
		if (mention.title.former) {
			former.add(key);
			continue;
		}
		let p = people.get(key);
		if (!p) {
			p = {
				key,
				name,
				title: mention.title,
				sentence: doc.text.slice(sentence.start, sentence.end),
				order,
				role: null,
				prominent: false,
				headline: false,
				present: false,
				mentions: 0,
				appointed: mention.appointed === true,
			};
			people.set(key, p);
		} else if (mention.appointed === true && !p.appointed) {
			p.title = mention.title;
			p.appointed = true;
		} else if (!p.appointed && longer(mention.title, p.title)) {
			p.title = mention.title;
		}
		note(p, mention, sentence);
	}
	for (const { mention, sentence } of located) {
		if (mention.kind === 'titled') continue;
		const p = referent(sentence, mention, people);
		if (p) note(p, mention, sentence);
	}

	const fallback: Level = context.district ? 'district' : 'province';
	const chosen = [...people.values()].filter((p) => {
		if (former.has(p.key) || HISTORIC_NAMES.has(p.key)) return false;
		// A national leader in a local story is usually cited, not present: only their own acts count.
		if (p.title.level === 'national') return p.present || p.headline;
		return p.prominent || p.role !== null || p.mentions >= 2;
	});
	chosen.sort((a, b) => rank(b.role) - rank(a.role) || a.order - b.order);
	return chosen.map((p) => ({
		name: p.name,
		// The schema's bounds: a run-on "sentence" of a badly scraped page can be longer.
		title: p.title.text.slice(0, 300),
		level: p.title.level ?? fallback,
		role: p.role ?? 'participant',
		sentence: p.sentence.slice(0, 2000),
	}));
}

/**
 * A working visit's officials with its lead: when no mention says who leads ("làm trưởng đoàn",
 * "chủ trì", "làm việc với"), the visitor of the highest level (national, then province) first
 * in `officials`' order leads, as the one who "kiểm tra", "khảo sát" or "thăm" alone does. The
 * same list when a lead is named or no visitor is.
 */
export function withVisitLead(officials: Official[]): Official[] {
	if (officials.some((o) => o.role === 'lead')) return officials;
	const visitor =
		officials.find((o) => o.level === 'national') ?? officials.find((o) => o.level === 'province') ?? null;
	if (visitor === null) return officials;
	return [{ ...visitor, role: 'lead' }, ...officials.filter((o) => o !== visitor)];
}

/** For each sentence, whether it holds a word that may open a title or introduce a person. */
function triggeredSentences(doc: ArticleDocument, triggers: readonly number[]): boolean[] {
	const out = new Array<boolean>(doc.sentences.length).fill(false);
	let s = 0;
	for (const at of triggers) {
		while (s < doc.sentences.length && (doc.sentences[s] as Sentence).end <= at) s++;
		const sentence = doc.sentences[s];
		if (sentence && sentence.start <= at) out[s] = true;
	}
	return out;
}

function hasMark(marks: readonly number[], sentence: Sentence): boolean {
	return marks.some((at) => at >= sentence.start && at < sentence.end);
}

function rank(role: Role | null): number {
	return role ? ROLE_RANK[role] : 0;
}

function nameOf(doc: ArticleDocument, sentence: Sentence, m: NamedMention): string {
	return doc.text.slice(sentence.start + m.nameStart, sentence.start + m.nameEnd);
}

/** The name's `matchKey`: the tone-canonical text (normalised already) in lower case. */
function keyOf(sentence: Sentence, m: NamedMention): string {
	return sentence.canon.slice(m.nameStart, m.nameEnd).toLowerCase();
}

/** A title with more posts, or the same number written longer, says more. */
function longer(a: TitleMatch, b: TitleMatch): boolean {
	return a.posts.length > b.posts.length || (a.posts.length === b.posts.length && a.text.length > b.text.length);
}

function note(p: Person, m: Mention, sentence: Sentence): void {
	if (m.weak) return;
	if (m.kind !== 'title-only' && m.kind !== 'given') p.mentions++;
	if (PROMINENT.has(sentence.block) && !m.reported && !m.possessive) p.prominent = true;
	if (sentence.block === 'headline' && !m.reported && !m.possessive) p.headline = true;
	const e: RoleEvidence | null = m.evidence;
	if (e) {
		p.role = strongerRole(p.role, e.role);
		if (e.present) p.present = true;
	}
}

/** The person a mention without a title refers to: same full name, same given name, or a post of their title. */
function referent(sentence: Sentence, m: Mention, people: ReadonlyMap<string, Person>): Person | null {
	if (m.kind === 'named') return people.get(keyOf(sentence, m)) ?? null;
	let found: Person | null = null;
	for (const p of people.values()) {
		const fits =
			m.kind === 'given'
				? p.key.slice(p.key.lastIndexOf(' ') + 1) === m.given
				: m.kind === 'title-only' && holds(p.title, m.title);
		if (!fits) continue;
		// Two people fit: the mention is ambiguous.
		if (found) return null;
		found = p;
	}
	return found;
}

/**
 * The title-only mention names posts of the person's title: the same post ("Chủ tịch UBND tỉnh"
 * for "…, Chủ tịch UBND tỉnh"), or the same office at the same tier with the body left out
 * ("Chủ tịch tỉnh" for "Chủ tịch UBND tỉnh").
 */
function holds(title: TitleMatch, mention: TitleMatch): boolean {
	return mention.posts.every((m) =>
		title.posts.some(
			(p) =>
				p.text.toLowerCase() === m.text.toLowerCase() ||
				(!m.hasBody && m.level !== null && p.head === m.head && p.level === m.level),
		),
	);
}
