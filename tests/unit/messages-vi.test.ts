/**
 * Every message reaches editors in Vietnamese: the catalog's words for each code, and the
 * specific finding, including the frontmatter checks that the schemas word themselves.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOG, formatMessageVi } from '../../src/lib/article/messages.ts';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { MESSAGE_CODES } from '../../src/schemas/message.ts';

const BODY = 'Hội nghị ở huyện Mường Chà\n\nNgày 5/3/2024, huyện Mường Chà tổ chức hội nghị.';
const bytes = (s: string) => new TextEncoder().encode(s);
// Words that show an English sentence slipped into a Vietnamese one.
const ENGLISH = /(?<!\p{L})(the|is|not|invalid|expected|must|did you mean|an|a)(?!\p{L})/iu;

describe('messages in Vietnamese', () => {
	it('has a Vietnamese title and fix for every code', () => {
		for (const code of MESSAGE_CODES) {
			assert.ok(CATALOG[code].vi.title.length > 3, code);
			assert.ok(CATALOG[code].vi.fix.length > 10, code);
		}
	});

	it('words frontmatter checks in Vietnamese, the schemas’ own messages too', () => {
		const a = processArticle(
			'x.md',
			bytes(
				`---\ndate: 2024-02-30\nslug: Sai Slug\nsource: { url: "javascript:x" }\nkind: working_visit\n---\n${BODY}`,
			),
		);
		const vi = a.messages.filter((m) => m.code === 'frontmatter-field').map((m) => m.vi.message);
		assert.deepEqual(vi, [
			'Trường "date" không hợp lệ: cần là một ngày có thật trong lịch',
			'Trường "slug" không hợp lệ: cần là chữ thường không dấu và chữ số nối bằng một dấu gạch nối, ví dụ nam-po-2024-11',
			'Trường "source.url" không hợp lệ: cần là một địa chỉ http(s)',
			'Trường "kind" không hợp lệ: Tùy chọn không hợp lệ: mong đợi một trong các giá trị "working-visit"|"party-meeting"|"council-meeting"|"other"; có phải "working-visit"?',
		]);
		for (const m of a.messages) assert.doesNotMatch(`${m.vi.message} ${m.vi.hint}`, ENGLISH, m.code);
	});

	it('prints a message once, where it is, with its fix and code', () => {
		const a = processArticle('x.md', bytes(`---\ndistrict: Nậm Pồoo\n---\n${BODY}`));
		const m = a.messages.find((x) => x.code === 'unknown-district');
		assert.ok(m);
		assert.equal(
			formatMessageVi(m),
			'(dòng 2, trường district) "Nậm Pồoo" không phải tên huyện; có phải "Nậm Pồ"? Cách sửa: Dùng tên huyện theo danh mục 2023–2024 (cấp huyện chấm dứt từ 01/07/2025; dùng đơn vị cũ). [unknown-district]',
		);
	});
});
