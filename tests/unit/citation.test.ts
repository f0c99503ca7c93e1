import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citation } from '../../src/lib/site/present/citation.ts';

const base = {
	title: 'Phó Chủ tịch UBND tỉnh làm việc với huyện Nậm Pồ',
	date: '2024-03-05',
	outlet: 'Báo Điện Biên Phủ',
	author: 'Minh Anh',
	originalUrl: null,
	pageUrl: 'https://example.org/bai-viet/a/',
	siteName: 'Bản tin huyện',
};

describe('citation', () => {
	it('writes who, when, what and where, and leaves the access date to the reader', () => {
		const c = citation(base);
		assert.equal(
			c.text,
			'Minh Anh, Báo Điện Biên Phủ (05/03/2024). “Phó Chủ tịch UBND tỉnh làm việc với huyện Nậm Pồ”. Bản tin huyện: https://example.org/bai-viet/a/ (truy cập ngày …).',
		);
		assert.deepEqual(
			c.fields.map((f) => f.label),
			['Báo, đài', 'Tác giả', 'Ngày sự kiện', 'Tiêu đề', 'Địa chỉ trang', 'Ngày truy cập'],
		);
		assert.equal(c.fields.at(-1)?.value, 'ngày bạn đọc trang: điền vào chỗ “…”');
	});

	it('says what the article does not: no byline, no outlet, no date; names the original when known', () => {
		const c = citation({ ...base, author: null, outlet: null, date: null, originalUrl: 'https://dienbientv.vn/x' });
		assert.equal(
			c.text,
			'(không rõ ngày). “Phó Chủ tịch UBND tỉnh làm việc với huyện Nậm Pồ”. Bản tin huyện: https://example.org/bai-viet/a/ (truy cập ngày …).',
		);
		const value = (label: string) => c.fields.find((f) => f.label === label)?.value;
		assert.equal(value('Báo, đài'), 'Không rõ');
		assert.equal(value('Tác giả'), 'Không ghi');
		assert.equal(value('Ngày sự kiện'), 'Không rõ ngày');
		assert.equal(value('Bài gốc'), 'https://dienbientv.vn/x');
	});
});
