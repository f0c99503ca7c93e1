/**
 * HTML to text through a real HTML parser: what regular expressions got wrong (a ">" inside an
 * attribute, cells run together, comments and scripts in odd places) comes out as a browser
 * would show it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src/lib/extract/extract-facts.ts';
import { CELL_SEPARATOR, htmlToText, looksLikeHtml } from '../../src/lib/text/html.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const text = (html: string) => normalizeText(htmlToText(html));

describe('htmlToText', () => {
	it('keeps a ">" inside an attribute out of the text', () => {
		assert.equal(text('<p title="a>b">Đoạn một</p><p>Đoạn hai</p>'), 'Đoạn một\n\nĐoạn hai');
	});
	it('shows no attribute of an image, whatever it holds', () => {
		assert.equal(text('<p>Trước <img alt="x > y" src="a.jpg"> sau</p><p>Hết</p>'), 'Trước sau\n\nHết');
	});
	it('puts each table row on its own line with its cells apart', () => {
		const html =
			'<table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Thu ngân sách</td><td>45,2 tỷ đồng</td></tr><tr><td>Lương thực</td><td>28.300 tấn</td></tr></table>';
		assert.equal(
			text(html),
			['Chỉ tiêu', 'Kết quả'].join(CELL_SEPARATOR) +
				'\n' +
				['Thu ngân sách', '45,2 tỷ đồng'].join(CELL_SEPARATOR) +
				'\n' +
				['Lương thực', '28.300 tấn'].join(CELL_SEPARATOR),
		);
	});
	it('lets the extractors read a figure of a table row with its label', () => {
		const html = `<h1>Huyện Nậm Pồ đánh giá kết quả 9 tháng năm 2024</h1>
<p>Ngày 5/10/2024, UBND huyện Nậm Pồ, tỉnh Điện Biên tổ chức hội nghị đánh giá kết quả 9 tháng năm 2024.</p>
<table><tr><td>Thu ngân sách trên địa bàn</td><td>45,2 tỷ đồng</td><td>đạt 105% dự toán</td></tr></table>`;
		const [indicator] = extractFacts(text(html)).facts.indicators;
		assert.equal(indicator?.key, 'budget-revenue');
		assert.equal(indicator?.value, 45.2);
		assert.equal(indicator?.planPercent, 105);
	});
	it('drops comments, even unclosed and repeated ones', () => {
		assert.equal(text('<p>Một<!-- <p>ẩn</p> --> hai</p><p>Ba</p>'), 'Một hai\n\nBa');
		assert.equal(text(`<p>Một</p><p>Hai</p>${'<!--'.repeat(50)} ẩn`), 'Một\n\nHai');
	});
	it('drops scripts, styles, forms and the head with their content', () => {
		const html =
			'<!doctype html><html><head><title>Tiêu đề trang</title><style>p{}</style></head><body><script>var s = "</p>";</script><p>Bài</p><noscript>Bật JS</noscript><select><option>Chọn</option></select><button>Gửi</button><svg><text>Hình</text></svg><template><p>Mẫu</p></template></body></html>';
		assert.equal(text(html), 'Bài');
	});
	it('drops the head of a page whatever comes before its doctype', () => {
		const html =
			'<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html><html><head><title>Trang tin</title><meta charset="utf-8"></head><body><p>Bài</p></body></html>';
		assert.equal(text(html), 'Bài');
		assert.equal(text('<head><title>Trang tin</title></head><p>Bài</p><p>Hai</p>'), 'Bài\n\nHai');
	});
	it('reads character references in text and leaves a lone "<" as text', () => {
		assert.equal(text('<p>A &amp; B &#7879; &lt;script&gt;</p><p>Tỷ lệ < 5%</p>'), 'A & B ệ <script>\n\nTỷ lệ < 5%');
	});
	it('ends a line at <br> and keeps a paragraph apart from the next', () => {
		assert.equal(text('<div>Dòng một<br>Dòng hai</div><div>Khối hai</div>'), 'Dòng một\nDòng hai\n\nKhối hai');
	});
	it('reads line breaks in laid-out HTML as spaces, but keeps the lines of text with a few inline tags', () => {
		assert.equal(text('<p>Một\n  dòng</p><p>Hai</p>'), 'Một dòng\n\nHai');
		assert.equal(
			text('Tiêu đề\n\n<b>Ngày 5/3</b>, huyện <i>Nậm Pồ</i> họp.'),
			'Tiêu đề\n\nNgày 5/3, huyện Nậm Pồ họp.',
		);
	});
	it('keeps the lines of <pre>', () => assert.equal(text('<p>A</p><pre>x\ny</pre>'), 'A\n\nx\ny'));
	it('survives nesting deeper than the call stack', () => {
		assert.equal(text(`${'<div>'.repeat(100_000)}Sâu${'</div>'.repeat(100_000)}`), 'Sâu');
	});
});

describe('looksLikeHtml', () => {
	it('needs two real tags', () => {
		assert.ok(looksLikeHtml('<p>Một</p>'));
		assert.ok(!looksLikeHtml('a <b c'));
		assert.ok(!looksLikeHtml(`${'<!--'.repeat(1000)}`));
	});
});
