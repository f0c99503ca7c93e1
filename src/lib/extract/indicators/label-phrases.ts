/**
 * Vietnamese phrase order for the labels of figures no indicator phrase names: the words around
 * a figure ("kiểm tra được 325 hộ", "trao 30 suất quà cho 30 gia đình", "với kinh phí 45 tỷ
 * đồng") made into a noun phrase a reader understands out of context ("hộ được kiểm tra", "suất
 * quà trao cho gia đình", "kinh phí nâng cấp tuyến đường"). Data and pure string rules only.
 */
import { alternation } from './vocabulary.ts';
import { sentenceCase } from './written-labels.ts';

// Verbs that hand what they count to someone: "suất quà trao cho hộ nghèo", "tổng trị giá suất quà".
// ("cấp" and "phát" alone are left out: "cấp xã", "phát triển" are no handing.)
const HANDING = ['trao tặng', 'trao', 'tặng', 'tặng quà', 'cấp phát', 'phát quà', 'bàn giao', 'khánh thành'];
// Verbs that befall what they count: "hộ dân bị ảnh hưởng".
const ADVERSE = ['ảnh hưởng đến', 'ảnh hưởng tới', 'ảnh hưởng', 'xử phạt', 'bắt giữ', 'tịch thu', 'thiệt hại'];
// Verbs that only say a count was made, not what was done: they add nothing to a label.
// ("giúp 300 hộ thu hoạch lúa", "vận động 150 hội viên hiến đất": what follows says what was done.)
const HOLLOW = ['ghi nhận', 'tiến hành', 'thực hiện', 'tổ chức', 'giúp', 'giúp đỡ', 'vận động', 'hướng dẫn'];
/** Verbs a count follows in reports ("trao 200 phần quà", "tiếp nhận 1.245 hồ sơ"). */
export const ACTION_VERBS: readonly string[] = [
	...HANDING,
	...ADVERSE,
	...HOLLOW,
	'đón',
	'đón tiếp',
	'tiếp đón',
	'thu hút',
	'tiếp nhận',
	'giải quyết',
	'hỗ trợ',
	'hỗ trợ xây dựng',
	'xây dựng',
	'xây dựng mới',
	'xây mới',
	'sửa chữa',
	'nâng cấp',
	'đầu tư',
	'đầu tư nâng cấp',
	'đầu tư xây dựng',
	'khởi công',
	'chi trả',
	'cho vay',
	'hoàn thành',
	'kiểm tra',
	'phát hiện',
	'xử lý',
	'tuyển dụng',
	'tuyển',
	'đào tạo',
	'tập huấn',
	'tuyên truyền',
	'thăm hỏi',
	'thăm',
	'huy động',
	'khám',
	'khám bệnh',
	'cứu trợ',
	'di dời',
	'sơ tán',
	'tiêm',
	'tiêm phòng',
	'cấp thẻ',
	'thành lập',
	'đưa vào sử dụng',
];
const HANDING_SET: ReadonlySet<string> = new Set(HANDING);
const ADVERSE_SET: ReadonlySet<string> = new Set(ADVERSE);
const HOLLOW_SET: ReadonlySet<string> = new Set(HOLLOW);

// Words in a counted noun's tail that make it a clause of its own ("trường hợp mắc sốt xuất huyết").
const CLAUSE_WORD = /(?:^|\s)(?:có|được|bị|đã|đang|sẽ|mắc|đạt|tham\s+gia|là|thoát|xây|sửa|trồng|đến|tới)(?=\s|$)/u;
// A tail that says where the counted went ("ra khỏi vùng sạt lở", "về nơi ở mới").
const DIRECTION = /^(?:ra|vào|về|lên|xuống|sang|khỏi)(?=\s)/u;
// A counted noun that says nothing of what was counted unless a verb says what befell it.
const BARE =
	/^(?:hộ|hộ\s+dân|hộ\s+gia\s+đình|gia\s+đình|người|người\s+dân|công\s+dân|cá\s+nhân|lượt|lượt\s+người|lần|cuộc|buổi|đợt|vụ|trường\s+hợp|em|con)$/u;
// Event classifiers ("lượt", "cuộc"): what they count is named elsewhere ("số tiếp công dân … 19 lượt").
export const EVENT_UNIT = /^(?:lượt|lần|cuộc|buổi|đợt)$/u;
// Classifiers before a noun, left out of a label when the noun follows ("chiếc xe máy" is "xe máy").
const CLASSIFIER = /^(?:chiếc|cái|em|ngôi|bức|tấm|quyển|cuốn)\s+(?=\S)/u;
// Amounts whose own words name no object: the action they pay for completes them.
export const GENERIC_AMOUNT =
	/^(?:tổng\s+)?(?:kinh\s+phí|số\s+tiền|trị\s+giá|giá\s+trị|mức\s+đầu\s+tư|vốn(?:\s+đầu\s+tư)?|quy\s+mô|diện\s+tích)(?:\s+thực\s+hiện)?$/u;
// An amount word that closes a phrase ("xe máy trị giá") opens it ("trị giá xe máy").
const AMOUNT_LAST = /^(.+?)(?<!tổng)\s+((?:tổng\s+)?(?:trị\s+giá|kinh\s+phí|giá\s+trị))$/iu;
// "dự án có tổng vốn đầu tư": the measure of its subject ("tổng vốn đầu tư của dự án").
/** The measures a thing "có" (has): "dự án có tổng vốn đầu tư …", "tuyến đường có chiều dài …". */
export const HAD_MEASURE =
	'(?:tổng\\s+)?(?:vốn|kinh\\s+phí|diện\\s+tích|quy\\s+mô|dân\\s+số|chiều\\s+dài|công\\s+suất|giá\\s+trị|mức\\s+đầu\\s+tư)';
const HAS_MEASURE = new RegExp(`^(.+?)\\s+có\\s+(${HAD_MEASURE}(?:\\s.*)?)$`, 'u');
// "dự án rộng", "tuyến đường dài": the measure an adjective of size names.
const SIZE = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})(?<!nâng)\s+(rộng|dài|cao|sâu)$/u;
const SIZE_NOUN: Readonly<Record<string, string>> = {
	rộng: 'diện tích',
	dài: 'chiều dài',
	cao: 'chiều cao',
	sâu: 'độ sâu',
};
// Words that cannot end a label: links, auxiliaries, prepositions.
const LOOSE_END =
	/(?:[\s,;:.–-]+|\s(?:với|và|được|đã|của|cho|là|có|thì|mà|hoặc|hay|để|tại|từ|trong|bị|các|những)|(?<!\snhà)\sở)+$/u;
const LOOSE_START = /^(?:(?:và|với|của|cho|là|thì|mà|hoặc|hay|để|còn|đã|được)\s+)+/u;
// A subject that points back into the article ("địa phương này", "đơn vị đó"): out of context it names nothing.
const DEICTIC_SUBJECT = /^(?:[\p{L}\p{M}]+\s+){1,2}(?:này|đó|nói\s+trên)\s+(?=\S)/u;
// Auxiliaries before the verb that say only that something was done ("thực hiện trồng mới").
const AUXILIARY = /^(?:thực\s+hiện|tiến\s+hành)\s+(?=\S)/u;

/** `phrase` without a classifier before its noun ("chiếc xe máy" → "xe máy"), when a noun follows. */
export function uncounted(phrase: string): string {
	return phrase.replace(CLASSIFIER, '');
}

/** Whether `phrase`, a counted noun and its tail, only names who or what without what befell them. */
export function isBare(phrase: string): boolean {
	return BARE.test(phrase.toLowerCase());
}

/** Whether a verb adds nothing to what a count says ("ghi nhận", "tiến hành"). */
export function isHollow(verb: string): boolean {
	return HOLLOW_SET.has(verb);
}

/**
 * The counted noun and its tail with the verb that acted on them, in the order a noun phrase
 * takes: "hộ được kiểm tra", "hộ dân bị ảnh hưởng", "suất quà trao cho hộ nghèo", "hộ được di
 * dời ra khỏi vùng sạt lở"; a tail that is a clause of its own ("hộ có nhu cầu vay vốn") or a
 * hollow verb keeps the words as they are.
 */
export function actedOn(noun: string, tail: string, verb: string, recipient: string): string {
	const phrase = uncounted(tail === '' ? noun : `${noun} ${tail}`);
	if (verb === '' || HOLLOW_SET.has(verb)) return phrase;
	const done = ADVERSE_SET.has(verb) ? `bị ${verb.replace(/\s+(?:đến|tới)$/u, '')}` : `được ${verb}`;
	// "42 hộ ra khỏi vùng sạt lở": where they went follows what befell them.
	if (DIRECTION.test(tail)) return `${uncounted(noun)} ${done} ${tail}`;
	if (phrase.split(' ').length > 6 || CLAUSE_WORD.test(phrase)) return phrase;
	if (HANDING_SET.has(verb) && recipient !== '') return `${phrase} ${verb} cho ${recipient}`;
	return `${phrase} ${done}`;
}

/**
 * A generic amount ("kinh phí", "tổng trị giá") completed by the action it pays for: the thing
 * handed over ("tổng trị giá suất quà"), else the verb and its object ("kinh phí nâng cấp tuyến đường").
 */
export function amountOf(head: string, verb: string, object: string): string {
	return HANDING_SET.has(verb) ? `${head} ${object}` : `${head} ${verb} ${object}`;
}

// A verb alone that names money moved ("hỗ trợ", "vận động 420 triệu đồng"): the amount is its "số tiền".
const MONEY_VERB = /^(?:hỗ\s+trợ|vận\s+động|đầu\s+tư|ủng\s+hộ|quyên\s+góp|tài\s+trợ|chi|thu|cho\s+vay|thưởng)$/u;
// A size word with nothing it measures.
const SIZE_ALONE = /^(?:rộng|dài|cao|sâu)$/u;

/** An amount's label as a noun phrase: a bare verb of money reads "số tiền hỗ trợ". */
export function amountNoun(label: string): string {
	return MONEY_VERB.test(label.toLowerCase()) ? `số tiền ${label}` : label;
}

/** The usual noun-phrase order of a label's words, and its loose ends trimmed; "" when no noun is left. */
export function reorder(label: string): string {
	let s = label.replace(DEICTIC_SUBJECT, '').replace(LOOSE_START, '').replace(LOOSE_END, '').replace(AUXILIARY, '');
	if (SIZE_ALONE.test(s)) return '';
	let m = HAS_MEASURE.exec(s);
	if (m !== null) s = `${m[2]} của ${sentenceCase(m[1] as string)}`;
	m = SIZE.exec(s);
	if (m !== null) s = `${SIZE_NOUN[m[2] as string]} ${sentenceCase(m[1] as string)}`;
	m = AMOUNT_LAST.exec(s);
	if (m !== null && !GENERIC_AMOUNT.test(s.toLowerCase())) s = `${m[2]} ${sentenceCase(m[1] as string)}`;
	return s;
}

/** The verbs of `ACTION_VERBS` at word bounds, the last one found by the caller. */
export const ACTION = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation(ACTION_VERBS)})(?![\\p{L}\\p{M}])`, 'gu');
