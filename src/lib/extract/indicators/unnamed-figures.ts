/**
 * Labels for figures that no indicator phrase names ("trao 2.000 phần quà", "với tổng kinh phí
 * 600 triệu đồng", "diện tích đất có rừng trên 4.000 ha"): such a figure is still a reported
 * quantity, shown as key "other" with the article's words for what it counts. Only a figure with
 * a unit is one; a per-item amount ("mỗi suất trị giá 500.000 đồng"), a rate, and a bare count of
 * the district's own communes or villages ("huyện có 8 xã") are not.
 */
import { collapseSpaces } from '../../text/spaces.ts';
import type { Reading } from './figure-roles.ts';
import type { Figure } from './figures.ts';
import {
	ACTION,
	ACTION_VERBS,
	actedOn,
	amountNoun,
	amountOf,
	EVENT_UNIT,
	GENERIC_AMOUNT,
	HAD_MEASURE,
	isBare,
	isHollow,
	reorder,
	uncounted,
} from './label-phrases.ts';
import { alternation, OTHER_MEASURES, SCALE_WORDS, type UnitClass, unitClass } from './vocabulary.ts';
import { ownerless, type SentenceText, sentenceCase } from './written-labels.ts';

// How far before and after a figure its label is looked for.
const REACH = 90;
// A label read back from before its figure runs from a clause start: longer ones are clauses.
const MAX_WORDS_BEFORE = 9;
const MAX_WORDS = 11;
const TAIL_WORDS = 9;
// How far back an amount's action is looked for ("trao 30 suất quà cho … với tổng trị giá …").
const ACTION_REACH = 200;

const MEASURES: ReadonlySet<string> = new Set(OTHER_MEASURES);
const SCALE = new RegExp(`^(?:${alternation(SCALE_WORDS)})\\s+`, 'u');
// Places and structures a district is made of: counted only when the count says what they reached.
const PARTS = /^(?:xã|phường|thị trấn|thôn|bản|ấp|tổ dân phố|khu phố|huyện|đơn vị)$/u;
const PARTS_PREDICATE = /^\s*(?:đã\s+)?(?:được\s+)?(?:công\s+nhận|đạt|hoàn\s+thành|về\s+đích)/u;
// An amount or count of each item, not a total: "mỗi suất trị giá", "bình quân mỗi hộ".
const EACH = /(?:^|[^\p{L}\p{M}])(?:mỗi|mức\s+hỗ\s+trợ)(?![\p{L}\p{M}])/u;
const FLOORS: ReadonlySet<string> = new Set(['ít nhất', 'tối thiểu', 'tối đa', 'từ … trở lên']);
const CHANGE_BEFORE = /(?<![\p{L}\p{M}])(?:tăng|giảm)(?:\s+(?:được|thêm|đi))+\s*$/u;
const NEGATED = /^(?:chưa|không|còn\s+thiếu)(?![\p{L}\p{M}])/iu;
// "(" opening an aside, or the end of a range ("1 đến 2", "3 - 5").
const ASIDE_OR_RANGE = /(?:\(\s*|\d\s*(?:đến|tới|-|–)\s*)$/u;
// Words that say an amount is money spent, raised or given.
const MONEY_WORDS =
	/(?:^|\s)(?:kinh\s+phí|số\s+tiền|tiền|trị\s+giá|giá\s+trị|vốn|đầu\s+tư|ngân\s+sách|thu|chi|nợ|hỗ\s+trợ|quỹ|doanh\s+thu|lợi\s+nhuận|bhxh|bhyt|bhtn|bảo\s+hiểm|tài\s+trợ|ủng\s+hộ|quyên\s+góp|vận\s+động|giải\s+ngân|cho\s+vay|dư\s+nợ|thưởng|thiệt\s+hại|tổn\s+thất)(?![\p{L}\p{M}])/iu;
// Verbs that state the figure is its noun phrase's value ("… là 151.937 người", "… đạt 43 tỷ").
const COPULA: ReadonlySet<string> = new Set([
	'là',
	'đạt',
	'đạt được',
	'ước đạt',
	'ước tính',
	'ước thực hiện',
	'thực hiện được',
	'ước',
]);
// Words that end a label's tail after a counted noun ("công trình chào mừng Đại hội, …").
const TAIL_STOP =
	/^(?:cho|tại|với|của|trong|trên|để|nhằm|và|từ|như|gồm|theo|nhân|vào|thuộc|ở|bằng|tăng|giảm|là|mỗi|đối|về|cùng|nhiều|các|những|so|trị|tổng|hiện|góp|qua|sau|trước|năm|nhưng|mà|thì|song|còn|nên|vì|do|khi|nếu|hay|hoặc|xảy)$/u;
const VERBS = new RegExp(`(?:^|\\s)(${alternation(ACTION_VERBS)})$`, 'u');
// One item of an enumeration of counts: a number and the words of what it counts.
const COUNT_ITEM = /^\s*\d[\d.,]*\s*[\p{L}\p{M}][\p{L}\p{M}\s]*$/u;
// "của" before a count: what the counted have ("Sai phạm của 3 cán bộ").
const OWNED = /(?:^|\s)của\s*$/u;
// Where a tail turns into a clause of its own ("hộ | bị ngập sâu").
const CLAUSE_START = /\s*(?<![\p{L}\p{M}])(?:bị|được|đã|đang|có|là)(?![\p{L}\p{M}])/u;
// "cho" before a count: those it was given to ("trao 30 suất quà cho 30 gia đình").
const TO = /(?:^|\s)cho\s*$/u;
const RECIPIENT_AFTER = /^\s*cho\s+(?:(?:các|những|khoảng|hơn|gần|trên)\s+)*(?:\d[\d.,]*\s+)?/u;
// A count or measure opening an object: the number, and a measure's unit ("8 km đường" is "đường").
const NUMBER_FIRST =
	/^\s*(?:(?:khoảng|hơn|gần|trên|các|những)\s+)*\d[\d.,/]*\s*(?:(?:km|m|ha|tấn|m2|m3)(?![\p{L}\p{M}\d])\s*)?/u;
const MONEY_FIGURE = /\d\s*(?:nghìn|ngàn|triệu|tỷ|tỉ|đồng|usd)(?![\p{L}\p{M}])/u;
const HEDGES = '(?:(?:ít\\s+nhất|tối\\s+thiểu|khoảng|hơn|gần|trên|là|đạt|có)\\s+)*';
// What opens a noun phrase without being part of it.
const LEADING =
	/^(?:(?:ước\s+tính|ước|trong\s+đó|bao\s+gồm|gồm|cụ\s+thể|riêng|và|với|còn|mới|chỉ|cũng|vẫn|lũy\s+kế|tính\s+đến\s+nay|đến\s+nay|hiện\s+nay|hiện|trong\s+(?:tháng|quý|năm|kỳ)(?:\s+(?:này|qua))?|năm\s+(?:nay|qua)|năm\s+\d{4}|(?:ubnd\s+)?(?:toàn\s+)?(?:huyện|tỉnh|thị\s+xã|thành\s+phố|xã|phường)|đoàn(?:\s+công\s+tác)?|ban\s+tổ\s+chức|đơn\s+vị|các\s+cấp|ngành)[\s,]+)+/iu;
// What closes a noun phrase before its figure without being part of it.
const TRAILING =
	/(?:\s+(?:từ\s+đầu\s+năm(?:\s+đến\s+nay)?|đến\s+nay|lũy\s+kế|hiện\s+nay|(?<!thực\s)hiện|đã|được|đã\s+được|vừa|chỉ|cũng|vẫn|đều|ước|có|là|đạt|với|gồm|khoảng|gần|hơn|trên|dưới|năm\s+\d{4}|\d+\s+tháng(?:\s+đầu\s+năm)?))+$/iu;
const COLON_AT_END = /:\s*$/u;
// A list item's mark ("- ", "+ ", "• ") or punctuation left at the start.
const BULLET = /^[\s\-–+*•,;.]+/u;
// A word that hands the figure to the words after it ("… chế độ với số tiền 1 tỷ đồng").
const LINKS = /(?:^|\s)(?:với|là|gồm|đạt|đã|được|vừa)\s+(?=\S)/giu;
// "Dự án có tổng diện tích 120 ha, tổng vốn …": the owner of a list of measures, the next one to come.
const MEASURES_OWNER = new RegExp(
	`(?:^|[,;:]\\s*)((?:[\\p{L}\\p{M}]+\\s+){0,3}[\\p{L}\\p{M}]+)\\s+có\\s+${HAD_MEASURE}[^,;:()]*\\d[^,;:()]*(?:,\\s*(?:và\\s+)?|\\s+và\\s+)$`,
	'u',
);
// A proper name ("Mù Cang Chải trị giá", "hỗ trợ cho Phước Long"): a label that names a place
// or a person is about them, not a measure to show.
const NAME = /^\p{Lu}[\p{L}\p{M}]*\s+\p{Lu}|\s\p{Lu}\p{Ll}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// A crop's season, written with capitals ("lúa vụ Đông Xuân", "cây vụ Đông", "lúa Hè Thu"): no
// name, but part of what is counted, after "vụ" or as a pair of seasons.
const SEASON = /^(?:Đông|Xuân|Hè|Thu|Mùa|Chiêm)$/u;
const SEASON_NEXT = /^\s+(?:Đông|Xuân|Hè|Thu|Mùa|Chiêm)(?![\p{L}\p{M}])/u;
// Words a tail cannot end with: a verb whose object, or a season word ("vụ") whose name, was cut off.
const DANGLING = /(?:^|\s+)(?:đạt|là|có|được|đã|gồm|lên|xuống|còn|vụ)$/u;
const ADMIN = /(?:^|(?<!liên)\s+)(?:huyện|tỉnh|xã|phường|quận|thị\s+xã|thị\s+trấn|thành\s+phố)$/u;
// A place, not what is measured: "trên địa bàn huyện …", "tại xã …", "(nằm) cách trung tâm …".
const PLACE = /^(?:trên\s+địa\s+bàn|địa\s+bàn|tại|ở|toàn|(?:nằm\s+)?cách)(?![\p{L}\p{M}])/iu;

/** Where a figure no phrase names sits in its sentence. */
export interface Place {
	/** Where its hard clause starts (after the last ";"). */
	readonly hard: number;
	/** Where the words that may name it start: its hard clause, after the figure before it. */
	readonly from: number;
}

/**
 * The label of figure `f`, which no phrase names, from the words around it in its clause; null
 * when the figure is none to report or its words do not say what it counts.
 */
export function unnamedLabel(text: SentenceText, f: Figure, r: Reading, { hard, from }: Place): string | null {
	if (r.role !== 'value' || f.unit === null) return null;
	// "có ít nhất 1 mô hình", "tối thiểu 56 lượt": a floor to reach, not a count reached.
	if (f.qualifier !== null && FLOORS.has(f.qualifier)) return null;
	const cls = unitClass(f.unit);
	if (cls === 'percent' || cls === 'none') return null;
	const t = text.t;
	const head = t.slice(Math.max(hard, f.lead - REACH), f.lead);
	// Both words of an each-item amount start with "m": the pattern runs only when one is there.
	if (head.includes('m') && EACH.test(head)) return null;
	// "(350 hộ)" restates the figure before it; "1 đến 2 tuyến" is a range.
	if (ASIDE_OR_RANGE.test(t.slice(Math.max(hard, f.lead - 12), f.lead))) return null;
	// "giảm được 1 chi bộ": a change, whatever word comes between.
	if (CHANGE_BEFORE.test(t.slice(Math.max(hard, f.lead - 24), f.lead))) return null;
	const start = Math.max(from, f.lead - REACH);
	// The words right after the figure before it are that figure's ("18 vụ vi phạm, phạt tiền …").
	const tailFirst = start === from && from > hard;
	const window = Math.max(hard, f.lead - REACH);
	const clause = Math.max(hard, f.lead - ACTION_REACH);
	// A rate ("7,8 tấn/ha", "18,5 tiêu chí/xã") is only the noun phrase right before it
	// ("năng suất bình quân 7,8 tấn/ha"): its unit is no count, mass or area to name it by.
	if (f.unit.includes('/')) {
		return r.verb === null && tail(text, f.end) === '' ? rateLabel(text, start, f, tailFirst) : null;
	}
	const named = r.verb !== null && COPULA.has(r.verb) ? nounBefore(text, start, r.verbStart, tailFirst) : null;
	if (named !== null) {
		const m = money(cls, named);
		return m === null ? null : amount(text, clause, f.lead, m);
	}
	const after = tail(text, f.end);
	if (after === null) return null;
	if (cls === 'count' && !MEASURES.has(f.unit)) {
		const noun = text.display.slice(f.unitStart, f.unitEnd).replace(SCALE, '');
		if (PARTS.test(noun.toLowerCase()) && !PARTS_PREDICATE.test(t.slice(f.end, f.end + 40))) return null;
		// "5 chỉ tiêu chưa đạt": what is counted is denied, nothing reported.
		if (NEGATED.test(after)) return null;
		const phrase = uncounted(join(noun, after));
		if (TO.test(t.slice(window, f.lead))) return recipients(text, window, f, phrase, after === '');
		// "Sai phạm của 3 cán bộ …", "với sự tham gia của 150 đảng viên": those counted have what
		// comes before; a clause after them is that thing's ("Nhà của 40 hộ bị ngập": "hộ có nhà bị ngập").
		if (OWNED.test(t.slice(window, f.lead))) {
			const owned = nounBefore(text, start, f.lead, tailFirst);
			const cut = CLAUSE_START.exec(after)?.index ?? after.length;
			const who = uncounted(join(noun, after.slice(0, cut)));
			if (owned === null || wordCount(owned) > 3) return null;
			return fit(join(ownersOf(who, owned), after.slice(cut).trim()));
		}
		// "khai thác lâm sản trái phép 03 vụ": the words before say what was counted (no verb
		// between); a verb before it ("kiểm tra được 20 hộ", "hỗ trợ xây dựng 350 căn nhà") says
		// what befell it ("hộ được kiểm tra").
		const verb = predicate(text, start, f.lead) || sharedVerb(t.slice(window, f.lead));
		if (after === '' && verb === '') {
			const before = r.verb === null ? nounBefore(text, start, f.lead, tailFirst) : null;
			if (before !== null && wordCount(before) > 2) return before;
		}
		if (verb === '' || isHollow(verb)) {
			// "số tiếp công dân … 56 lượt, mới tiến hành được 19 lượt": the "số …" phrase names them.
			if (after === '' && EVENT_UNIT.test(noun.toLowerCase())) {
				const what = numberedBefore(t.slice(window, f.lead), noun.toLowerCase());
				return what === null ? null : fit(what.startsWith(`${noun.toLowerCase()} `) ? what : `${noun} ${what}`);
			}
			// The noun alone ("40 đảng viên", "700 hộ dân") says nothing the unit does not.
			return after === '' || isBare(phrase) ? null : fit(phrase);
		}
		const to = recipientAfter(text, f.end);
		return fit(actedOn(noun, after, verb, to !== null && wordCount(to) <= 4 ? to : ''));
	}
	const before = nounBefore(text, start, f.lead, tailFirst);
	if (cls === 'money') {
		const m = before === null ? null : money(cls, before);
		return m === null ? null : amount(text, clause, f.lead, m);
	}
	// "gieo cấy 4.000 ha lúa", "diện tích rừng 3.000 ha", "thu hoạch 500 tấn chè", "20 km đường".
	// "tịch thu 17 m3 gỗ", "hỗ trợ 50 ha giống lúa": the thing measured, then what befell it.
	const verb = after === '' ? '' : predicate(text, start, f.lead);
	const what = before === null || verb !== '' ? null : amount(text, clause, f.lead, before);
	if (what === null && after === '') return null;
	const label = verb === '' || isHollow(verb) ? join(what ?? '', after) : actedOn(after, '', verb, '');
	if (cls === 'area' && !/diện tích|quy mô/u.test(label)) return fit(join('diện tích', label));
	if (cls === 'mass' && !/sản lượng|khối lượng/u.test(label)) return fit(join('sản lượng', label));
	return fit(label);
}

/**
 * `label` of an amount, a generic one ("kinh phí", "tổng trị giá", "quy mô") completed by the
 * action before it in `[from, to)` that it pays for or measures; null when none does.
 */
function amount(text: SentenceText, from: number, to: number, label: string): string | null {
	if (!GENERIC_AMOUNT.test(label.toLowerCase())) return label;
	const at = text.t.lastIndexOf(label.toLowerCase(), to);
	const end = at < from ? to : at;
	const act = lastAction(text, from, end);
	if (act === null || act.object === '') {
		// One more measure of what "có" the one before ("…, tổng vốn đầu tư 2.300 tỷ đồng").
		const m = MEASURES_OWNER.exec(text.t.slice(from, end));
		if (m === null) return null;
		const owner = m[1] as string;
		const ownerAt = from + m.index + m[0].indexOf(owner);
		return fit(`${text.display.slice(ownerAt, ownerAt + owner.length)} có ${label}`);
	}
	// "tổng kinh phí thực hiện": the action named, "thực hiện" says nothing more.
	return fit(amountOf(label.replace(/\s+thực\s+hiện$/u, ''), act.verb, act.object));
}

interface Action {
	readonly verb: string;
	readonly object: string;
}

/** The last action verb in `s`, or null. */
function lastVerb(s: string): RegExpExecArray | null {
	let last: RegExpExecArray | null = null;
	for (const m of s.matchAll(ACTION)) last = m;
	return last;
}

/** The last action verb in `[from, to)` with its object, unless an amount of money follows it (that amount is its own). */
function lastAction(text: SentenceText, from: number, to: number): Action | null {
	const s = text.t.slice(from, to);
	const last = lastVerb(s);
	if (last === null) return null;
	const end = last.index + last[0].length;
	if (MONEY_FIGURE.test(s.slice(end))) return null;
	const num = NUMBER_FIRST.exec(s.slice(end));
	const at = from + end + (num === null ? 0 : num[0].length);
	const words = tail(text, at);
	if (words === null) return null;
	const object = uncounted(words);
	if (at + object.length > to) return null;
	return { verb: last[1] as string, object };
}

/**
 * The label of a count of those something was given to ("cho 30 gia đình"): none when it is
 * the count of what was given ("30 suất quà cho 30 gia đình": one quantity, reported once), or
 * when no verb says what they got and `alone`, the counted noun has no words after it.
 */
function recipients(text: SentenceText, from: number, f: Figure, phrase: string, alone: boolean): string | null {
	const numeral = /^\d[\d.,]*/u.exec(text.t.slice(f.start))?.[0] ?? '';
	const head = text.t.slice(from, f.lead);
	if (new RegExp(`(?<![\\d.,])${numeral.replace(/\./g, '\\.')}(?![\\d.,])`, 'u').test(head)) return null;
	const act = lastAction(text, from, f.lead);
	// "tổ chức tuyên truyền cho 3.500 học sinh": what was done is the object of the hollow verb.
	const done = act === null ? '' : isHollow(act.verb) ? act.object : join(act.verb, act.object);
	// With no verb to say what they got, the unit alone ("cho 9 đảng viên") says nothing.
	if (done === '') return alone || isBare(phrase) ? null : fit(phrase);
	return fit(`${phrase} được ${done}`);
}

/** Those counted with what they have: "cán bộ có sai phạm"; "sự tham gia của …" reads "… tham gia". */
function ownersOf(phrase: string, what: string): string {
	return what.startsWith('sự ') ? `${phrase} ${what.slice(3)}` : `${phrase} có ${what}`;
}

/** Those a count after `at` was given to ("… cho hộ nghèo"), or null. */
function recipientAfter(text: SentenceText, at: number): string | null {
	const m = RECIPIENT_AFTER.exec(text.t.slice(at, at + 40));
	if (m === null) return null;
	const who = tail(text, at + m[0].length);
	return who === '' ? null : who;
}

/** What a "số …" phrase before a figure of the same unit names ("số tiếp công dân ít nhất 56 lượt" → "tiếp công dân"). */
function numberedBefore(s: string, unit: string): string | null {
	const re = new RegExp(
		`(?<![\\p{L}\\p{M}])số\\s+((?:[\\p{L}\\p{M}]+\\s+){1,5}?)${HEDGES}\\d[\\d.,]*\\s*${unit}(?![\\p{L}\\p{M}])`,
		'u',
	);
	const m = re.exec(s);
	return m === null ? null : (m[1] as string).trim();
}

/**
 * `label` for an amount of money when its words name money ("kinh phí", "trị giá", "thu"), a
 * bare verb made a noun ("số tiền hỗ trợ"), else null; any other label as it is.
 */
function money(cls: UnitClass, label: string): string | null {
	if (cls !== 'money') return label;
	return MONEY_WORDS.test(label) ? amountNoun(label) : null;
}

/**
 * The label of a rate no phrase names: the noun phrase right before it ("năng suất bình quân");
 * none when an action names it ("hỗ trợ các hộ 2 triệu đồng/hộ" is what each got, not a measure)
 * or a name does.
 */
function rateLabel(text: SentenceText, start: number, f: Figure, tailFirst: boolean): string | null {
	const before = nounBefore(text, start, f.lead, tailFirst);
	if (before === null || lastVerb(before.toLowerCase()) !== null) return null;
	return NAME.test(before) ? null : fit(before);
}

function join(a: string, b: string): string {
	return a === '' ? b : b === '' ? a : `${a} ${b}`;
}

/** The label with its first letter lower-cased, or null when it is empty or too long to be one. */
function fit(label: string, most = MAX_WORDS): string | null {
	const s = reorder(collapseSpaces(label).replace(BULLET, '').trim());
	if (!/\p{L}/u.test(s) || s.split(' ').length > most) return null;
	return sentenceCase(s);
}

/**
 * The noun phrase between `start` and `end` that the figure after it measures: from the last
 * hand-over word ("với", "là", "đã") or the start of its comma part (a short enumeration, "thu
 * BHXH, BHYT, BHTN", stays whole, unless its first part is the tail of a figure before, when
 * `tailFirst`), openers and period words left out.
 */
function nounBefore(text: SentenceText, start: number, end: number, tailFirst: boolean): string | null {
	const chunk = text.display
		.slice(start, end)
		.trimEnd()
		.replace(TRAILING, '')
		.split(/[;:()"“”]/u);
	// "Sản lượng lúa: 45.000 tấn": a label and its figure, a colon between.
	let last = chunk[chunk.length - 1] as string;
	const labelled = last.trim() === '' && chunk.length > 1 && COLON_AT_END.test(text.display.slice(start, end));
	if (labelled) last = chunk[chunk.length - 2] as string;
	// Comma parts from the end: an earlier part joins while the ones after it are one or two words.
	const parts = last.split(',');
	let i = parts.length - 1;
	const first = tailFirst && chunk.length === 1 ? 1 : 0;
	while (i > first && wordCount(parts[i] as string) <= 2 && wordCount(parts[i - 1] as string) > 0) i--;
	let s = parts.slice(i).join(',');
	let cut = 0;
	// A label before a colon is whole ("Số lao động được đào tạo nghề: …").
	if (!labelled) for (const m of s.matchAll(LINKS)) cut = m.index + m[0].length;
	s = `${ownerless(s.slice(cut).replace(TRAILING, '').replace(BULLET, '').trim())} `.replace(LEADING, '');
	if (/\d/u.test(s) || PLACE.test(s) || NAME.test(s)) return null;
	return fit(s, MAX_WORDS_BEFORE);
}

function wordCount(s: string): number {
	const t = s.trim();
	return t === '' ? 0 : t.split(/\s+/u).length;
}

/** The verb right before a count ("trao", "kiểm tra được"), as a prefix of its label; "" when none. */
function predicate(text: SentenceText, start: number, end: number): string {
	const before = text.t
		.slice(start, end)
		.trimEnd()
		.replace(/\s+(?:được|đã)$/u, '');
	return VERBS.exec(before)?.[1] ?? '';
}

/** Whether word `w`, followed by `rest`, ends a tail ("trị" only as "trị giá": "lý luận chính trị" goes on). */
function stops(w: string, rest: string): boolean {
	return TAIL_STOP.test(w) && (w !== 'trị' || /^\s*giá/u.test(rest));
}

/**
 * The verb an enumeration of counts shares, when `s` (the words before a count) ends with it and
 * the counts after it ("xây dựng 3 nhà học tập, 1 nhà văn hóa"), else "".
 */
function sharedVerb(s: string): string {
	const last = lastVerb(s);
	if (last === null) return '';
	const items = s.slice(last.index + last[0].length).split(/,|\s(?:và)\s/u);
	// Every item before this count is a count of its own; the last is empty (this count follows).
	if (items.length < 2 || (items[items.length - 1] as string).trim() !== '') return '';
	for (let i = 0; i < items.length - 1; i++) if (!COUNT_ITEM.test(items[i] as string)) return '';
	return last[1] as string;
}

/**
 * The words after a counted unit that say more of what it counts ("đạt chuẩn nông thôn mới nâng
 * cao"), up to a word that opens something else; null when they run on past `TAIL_WORDS`
 * (cut there, they would be half a phrase).
 */
function tail(text: SentenceText, at: number): string | null {
	const s = text.display.slice(at, at + 90);
	const out: string[] = [];
	const re = /\s*([\p{L}\p{M}’'-]+)/uy;
	for (let m = re.exec(s); m !== null; m = re.exec(s)) {
		const w = m[1] as string;
		// A word the window cuts off is no word.
		if (re.lastIndex === s.length && /[\p{L}\p{M}]/u.test(text.display.charAt(at + s.length))) return null;
		// "nhà ở" is one noun; "ở" otherwise opens a place.
		const home = w === 'ở' && out[out.length - 1] === 'nhà';
		// A capitalised word opens a name ("… Phước Long"): not what is counted ("NTM" is no name),
		// unless it names a season.
		const prev = out[out.length - 1];
		const season =
			SEASON.test(w) &&
			(prev === 'vụ' || (prev !== undefined && SEASON.test(prev)) || SEASON_NEXT.test(s.slice(re.lastIndex)));
		if (!home && !season && (stops(w.toLowerCase(), s.slice(re.lastIndex)) || CAPITALISED.test(w))) break;
		if (out.length === TAIL_WORDS) return null;
		out.push(w);
	}
	// "cán bộ lãnh đạo huyện (Phước Long)": the place word whose name was cut off goes too, and
	// a verb whose object was cut off ("12 sản phẩm đạt (3 sao)").
	return out.join(' ').replace(ADMIN, '').replace(DANGLING, '');
}
