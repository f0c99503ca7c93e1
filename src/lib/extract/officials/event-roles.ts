/**
 * What an official does at the event, read from the words around a mention: the verb after it
 * ("… làm trưởng đoàn", "… phát biểu", "… dự"), the clause before it ("Phát biểu kết luận, đồng
 * chí …"), or the phrase that introduces it ("dưới sự chủ trì của …").
 */
import type { Role } from '../../../schemas/briefing.ts';
import type { PhraseSet } from '../../text/phrases.ts';
import { phraseSet, type Tok } from './tokens.ts';

/** Rank of each role: an official keeps the strongest seen over all mentions. */
export const ROLE_RANK: Readonly<Record<Role, number>> = { lead: 3, speaker: 2, participant: 1 };

/** The stronger of two roles (`null` is weakest). */
export function strongerRole(a: Role | null, b: Role | null): Role | null {
	if (a === null) return b;
	if (b === null) return a;
	return ROLE_RANK[b] > ROLE_RANK[a] ? b : a;
}

/** A role read from the text, and whether it puts the person at the event in person. */
export interface RoleEvidence {
	readonly role: Role;
	/** Presides, speaks or attends here ("phát biểu", "dự", "làm việc"), rather than directs from afar ("chỉ đạo", "yêu cầu"). */
	readonly present: boolean;
}

const lead = { role: 'lead', present: true } as const;
const speaks = { role: 'speaker', present: true } as const;
const says = { role: 'speaker', present: false } as const;
const attends = { role: 'participant', present: true } as const;

/** Verbs after the subject. */
const VERBS: PhraseSet<RoleEvidence> = phraseSet<RoleEvidence>([
	['làm trưởng đoàn', lead],
	// A misprint the samples carry ("làm trường đoàn").
	['làm trường đoàn', lead],
	['làm tổ trưởng', lead],
	['làm trưởng ban', lead],
	['làm trưởng đoàn công tác', lead],
	['dẫn đầu', lead],
	['chủ trì', lead],
	['chủ tọa', lead],
	['đồng chủ trì', lead],
	// "điều hành kỳ họp": who chairs a council's session.
	['điều hành', lead],
	['phát biểu kết luận', lead],
	['kết luận', lead],
	// Directing is what visitors and hosts alike do when they speak: it does not say who presides.
	['phát biểu chỉ đạo', speaks],
	['chỉ đạo', says],
	['làm việc với', lead],
	['làm việc tại', lead],
	['có buổi làm việc', lead],
	['có chuyến làm việc', lead],
	['có chuyến công tác', lead],
	['đến làm việc', lead],
	['về làm việc', lead],
	['thăm và làm việc', lead],
	['đến thăm và làm việc', lead],
	// The visitor in "X tại buổi làm việc với huyện Y" leads the visit.
	['tại buổi làm việc với', lead],
	['trong buổi làm việc với', lead],
	['cùng đoàn', lead],
	['cùng đoàn công tác', lead],
	['phát biểu', speaks],
	['báo cáo', speaks],
	['thông qua', speaks],
	['thông qua báo cáo', speaks],
	['trình bày', speaks],
	['giải trình', speaks],
	['trả lời', speaks],
	['phát động', speaks],
	['khai mạc', speaks],
	['bế mạc', speaks],
	['tuyên bố', speaks],
	['công bố', speaks],
	['trao đổi', speaks],
	['chia sẻ', speaks],
	['cho biết', speaks],
	['cho hay', speaks],
	['nhấn mạnh', speaks],
	['khẳng định', speaks],
	['cho rằng', speaks],
	['nói', speaks],
	['bày tỏ', speaks],
	['ghi nhận', speaks],
	['đánh giá', speaks],
	['đánh giá cao', speaks],
	['biểu dương', speaks],
	['hoan nghênh', speaks],
	['lưu ý', speaks],
	['nhắc nhở', speaks],
	['đề xuất', speaks],
	['kiến nghị', speaks],
	['thông tin', speaks],
	['thông báo', speaks],
	['gợi ý', speaks],
	['tiếp thu', speaks],
	['giải đáp', speaks],
	['làm rõ', speaks],
	['phân tích', speaks],
	['đặt câu hỏi', speaks],
	['thừa nhận', speaks],
	['nêu', speaks],
	['quán triệt', speaks],
	['kêu gọi', speaks],
	['cam kết', speaks],
	['chúc mừng', speaks],
	['tin tưởng', speaks],
	['mong muốn', speaks],
	['lo lắng', speaks],
	['đề nghị', says],
	['yêu cầu', says],
	['giao', says],
	['đồng ý', says],
	['dự', attends],
	['tham dự', attends],
	['cùng dự', attends],
	['cùng đi', attends],
	['đi cùng', attends],
	['tháp tùng', attends],
	['đến dự', attends],
	['tới dự', attends],
	['về dự', attends],
	['có mặt', attends],
	['tham gia', attends],
	['chứng kiến', attends],
	['cùng', attends],
	['kiểm tra', attends],
	['khảo sát', attends],
	['thị sát', attends],
	['thăm', attends],
	['đến thăm', attends],
	['tới thăm', attends],
	['tham quan', attends],
	['trao', attends],
	['tặng', attends],
	['động viên', attends],
	['tiếp', attends],
]);

// Words between a subject and its verb: "… đã", "cũng", "vừa", "trực tiếp" …
const FILLER_PHRASES: PhraseSet<true> = phraseSet<true>(
	[
		'đã',
		'cũng',
		'vừa',
		'sẽ',
		'tiếp tục',
		'trực tiếp',
		'đồng thời',
		'luôn',
		'còn',
		'lại',
		'thì',
		'mới',
		'đích thân',
	].map((w) => [w, true] as const),
);

const PLACE_WORDS: PhraseSet<true> = phraseSet<true>(
	['tỉnh', 'huyện', 'quận', 'thị xã', 'thành phố', 'TP', 'xã', 'phường', 'thị trấn'].map((w) => [w, true] as const),
);

/**
 * The role the verb after a mention gives, or null. `j` is the token just past the mention;
 * commas, a closing dash, a parenthesis ("(thứ 2 từ trái qua)") and adverbs ("đã", "cũng") may come first.
 */
export function roleAfter(toks: readonly Tok[], j: number): RoleEvidence | null {
	let k = j;
	for (let steps = 0; k < toks.length && steps < 8; steps++) {
		const t = toks[k] as Tok;
		// "ông A - Bí thư Tỉnh ủy - đã trao": the dash that closes a title in apposition.
		if (t.key === ',' || (k === j && (t.key === '-' || t.key === '–' || t.key === '—'))) {
			k++;
			continue;
		}
		if (t.key === '(') {
			let close = k + 1;
			while (close < toks.length && close - k < 16 && (toks[close] as Tok).key !== ')') close++;
			if ((toks[close] as Tok | undefined)?.key !== ')') return null;
			k = close + 1;
			continue;
		}
		const filler = FILLER_PHRASES.matchAt(toks, k);
		if (filler) {
			k = filler.end;
			continue;
		}
		// ", huyện Hoài Ân, cho biết": a place in apposition.
		const level = toks[k - 1]?.key === ',' ? PLACE_WORDS.matchAt(toks, k) : null;
		if (level && toks[level.end]?.cap) {
			k = level.end;
			while (k < toks.length && (toks[k] as Tok).cap) k++;
			continue;
		}
		break;
	}
	const verb = VERBS.matchAt(toks, k);
	if (!verb) return null;
	// "dự và chủ trì": the stronger of two joined verbs.
	const joint = toks[verb.end];
	const second = joint && (joint.key === 'và' || joint.key === ',') ? VERBS.matchAt(toks, verb.end + 1) : null;
	if (second && ROLE_RANK[second.value.role] > ROLE_RANK[verb.value.role]) {
		return { role: second.value.role, present: verb.value.present || second.value.present };
	}
	return verb.value;
}

/**
 * Phrases opening the clause before a subject: "Phát biểu kết luận buổi làm việc, đồng chí …",
 * "Chủ trì hội nghị có đồng chí …".
 */
const OPENERS: PhraseSet<RoleEvidence> = phraseSet<RoleEvidence>([
	['chủ trì', lead],
	['đồng chủ trì', lead],
	['chủ tọa', lead],
	['điều hành', lead],
	['phát biểu kết luận', lead],
	['kết luận', lead],
	['phát biểu chỉ đạo', speaks],
	['chỉ đạo', says],
	['phát biểu', speaks],
	['báo cáo', speaks],
	['trả lời', speaks],
	['giải trình', speaks],
	['chia sẻ', speaks],
	['trao đổi', speaks],
	['thay mặt', speaks],
	['dự', attends],
	['tham dự', attends],
	['cùng dự', attends],
	// "Cùng đi có Bộ trưởng …": those who accompany a visit are at it.
	['cùng đi', attends],
	['đi cùng', attends],
	['tháp tùng', attends],
]);

/** Phrases right before a mention: "dưới sự chủ trì của …", "có sự tham dự của …". */
const INTRODUCERS: PhraseSet<RoleEvidence> = phraseSet<RoleEvidence>([
	['chủ trì của', lead],
	['dẫn đầu của', lead],
	['tham dự của', attends],
	['tham gia của', attends],
	['hiện diện của', attends],
]);

/**
 * The role the words before a mention starting at token `start` give: an introducing phrase
 * ("sự chủ trì của"), or the opening clause of the sentence when the mention is its subject or
 * what the clause presents ("Dự hội nghị có …").
 */
export function roleBefore(toks: readonly Tok[], start: number): RoleEvidence | null {
	for (let n = 2; n <= 3; n++) {
		const m = start - n >= 0 ? INTRODUCERS.matchAt(toks, start - n) : null;
		if (m && m.end === start) return m.value;
	}
	// The clause ends with a comma, or presents the mention: "Chủ trì hội nghị có (là) đồng chí …".
	const key = toks[start - 1]?.key;
	if (key !== ',' && key !== 'có' && key !== 'là') return null;
	let c = start - 2;
	while (c >= 0 && !isClauseBreak((toks[c] as Tok).key)) c--;
	return OPENERS.matchAt(toks, c + 1)?.value ?? null;
}

/** A comma, semicolon or colon token. */
function isClauseBreak(key: string): boolean {
	return key === ',' || key === ';' || key === ':';
}
