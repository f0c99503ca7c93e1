import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processArticle } from '../../src/lib/article/process-article.ts';
import { EARLIEST_DATE, isPlausibleDate, latestDate } from '../../src/lib/dates/bounds.ts';

const NOW = new Date('2024-11-19T20:00:00Z'); // 20 November, 03:00 in Vietnam

describe('plausible dates', () => {
	it('runs from 1990 to tomorrow in Vietnam', () => {
		assert.equal(EARLIEST_DATE, '1990-01-01');
		assert.equal(latestDate(NOW), '2024-11-21');
		assert.ok(isPlausibleDate('2024-11-21', NOW));
		assert.ok(isPlausibleDate('1990-01-01', NOW));
		assert.ok(!isPlausibleDate('2024-11-22', NOW));
		assert.ok(!isPlausibleDate('9999-12-31', NOW));
		assert.ok(!isPlausibleDate('0024-11-19', NOW));
		assert.ok(!isPlausibleDate('1989-12-31', NOW));
	});
});

const BODY =
	'Lãnh đạo tỉnh làm việc với huyện Nậm Pồ\n\nPhó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ, tỉnh Điện Biên.';
const bytes = (s: string) => new TextEncoder().encode(s);

describe('an article with a date out of range', () => {
	for (const date of ['9999-01-01', '0024-11-19', '1900-01-01']) {
		it(`holds back frontmatter date ${date}, naming the field and its line`, () => {
			const a = processArticle('x.md', bytes(`---\ntitle: Tít\ndate: ${date}\n---\n${BODY}`));
			assert.equal(a.status, 'quarantined');
			assert.equal(a.facts.date, null);
			const m = a.messages.find((x) => x.code === 'date-out-of-range');
			assert.equal(m?.field, 'date');
			assert.equal(m?.line, 3);
			assert.match(m?.message ?? '', new RegExp(`${date} is outside 1990-01-01 to \\d{4}-\\d{2}-\\d{2}`));
		});
	}

	it('drops an impossible date found in the text, with a warning, and publishes undated', () => {
		const a = processArticle(
			'x.txt',
			bytes(`${BODY}\n\nNgày 5/3/9999, huyện tổ chức hội nghị.`.replace('Phó', 'Ngày 5/3/9999, Phó')),
		);
		assert.equal(a.facts.date, null);
		assert.equal(a.status, 'warning');
		assert.ok(a.messages.some((m) => m.code === 'implausible-date'));
		assert.ok(!a.messages.some((m) => m.code === 'no-date'));
	});
});
