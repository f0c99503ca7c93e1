/**
 * The body a delegation belongs to, named before the person who leads it ("Đoàn giám sát của
 * HĐND tỉnh do đồng chí …", "Đoàn ĐBQH tỉnh do đồng chí …"): a title written without its body
 * after that person's name ("…, Phó Chủ tịch làm trưởng đoàn") is an office of that body.
 */

import { placeIndex } from './title-places.ts';
import { parseTitle, type TitleEnv, type TitleMatch } from './titles.ts';
import { tokenizeText } from './tokens.ts';

// "Đoàn (công tác, kiểm tra, giám sát …) của BODY do", or a delegation that is the body itself:
// "Đoàn ĐBQH tỉnh do", "Đoàn đại biểu Quốc hội tỉnh Lai Châu do". Lower-case text.
const DELEGATION =
	/(?:(?:^|[^\p{L}\p{M}])(?:đoàn|tổ)(?:\s+(?:công\s+tác|kiểm\s+tra|giám\s+sát|khảo\s+sát|liên\s+ngành|số\s+\d+))*\s+của\s+([^,;:()]{2,60}?)|(?:^|[^\p{L}\p{M}])((?:đoàn|tổ)\s+(?:đbqh|đại\s+biểu\s+quốc\s+hội)(?:\s+[^,;:()\s]+){0,3}?))\s+do\s*$/du;

/**
 * The body of the delegation whose lead the text after `before` names, as `written` (the same
 * text in its own case) has it: "HĐND tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Đoàn ĐBQH tỉnh"; null
 * when `before` does not end with "… do".
 */
export function delegationBody(before: string, written: string): string | null {
	// A look at the end first: the pattern, anchored there, would read the whole sentence.
	if (!before.trimEnd().endsWith('do')) return null;
	const span = DELEGATION.exec(before)?.indices;
	const [start, end] = span?.[1] ?? span?.[2] ?? [];
	return start === undefined || end === undefined ? null : written.slice(start, end);
}

/**
 * `post` completed by `body`, the body's first word written once where the post ends with it:
 * "Phó Chủ tịch" + "HĐND tỉnh", "Giám đốc Sở" + "Sở Tài chính" → "Giám đốc Sở Tài chính",
 * "Phó Trưởng ban" + "Ban Tuyên giáo Tỉnh ủy" → "Phó Trưởng ban Tuyên giáo Tỉnh ủy".
 */
export function withBody(post: string, body: string): string {
	const last = post.slice(post.lastIndexOf(' ') + 1).toLowerCase();
	const space = body.indexOf(' ');
	const first = (space < 0 ? body : body.slice(0, space)).toLowerCase();
	return last === first && space > 0 ? `${post}${body.slice(space)}` : `${post} ${body}`;
}

/**
 * A one-post title written without its body (`title`, "Phó Chủ tịch", "Phó Trưởng đoàn chuyên
 * trách") read again with the body of the delegation its person leads; null when the two do not
 * make a whole title. Its tokens' span stays the one written.
 */
export function delegationTitle(title: TitleMatch, body: string, env: TitleEnv): TitleMatch | null {
	const [post] = title.posts;
	if (title.posts.length !== 1 || !post || post.complete || post.membership) return null;
	const text = withBody(post.text, body);
	const toks = tokenizeText(text);
	const read = parseTitle(toks, 0, { cityProvince: env.cityProvince, placeAt: placeIndex(text, toks) });
	if (!read?.valid || read.end !== toks.length || read.posts.length !== 1) return null;
	return { ...read, start: title.start, end: title.end, openLevel: null };
}
