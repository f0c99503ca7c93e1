import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vietnamDay } from '../../src/lib/dates/calendar.ts';
import { extractDate } from '../../src/lib/extract/dates.ts';
import { readDocument } from '../../src/lib/extract/document.ts';
import { datetimeAttr, formatShortDate, formatVietnameseDate, monthInSentence } from '../../src/lib/format/dates.ts';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { item } from '../support/entries.ts';

/** A small article whose only date is its dateline. */
function article(dateline: string): string {
	return [
		'Huyện Nậm Pồ họp bàn kế hoạch phát triển kinh tế',
		dateline,
		'Điện Biên TV - Huyện ủy Nậm Pồ đã tổ chức hội nghị đánh giá tình hình phát triển kinh tế - xã hội.',
		'Hội nghị thống nhất các giải pháp trọng tâm.',
	].join('\n\n');
}

function dated(id: string, dateline: string) {
	const found = extractDate(readDocument(normalizeText(article(dateline))));
	return item(id, { date: found.date, time: found.time });
}

describe('datelines on Vietnam days', () => {
	it('keeps a dateline at 23:30 ICT on its own day', () => {
		const found = extractDate(readDocument(normalizeText(article('Thứ Hai, 18/11/2024, 23:30 [GMT+7]'))));
		assert.deepEqual([found.date, found.time], ['2024-11-18', '23:30']);
	});

	it('moves 17:30 GMT on 18/11 to 00:30 on 19/11 in Vietnam', () => {
		const found = extractDate(readDocument(normalizeText(article('Thứ Hai, 18/11/2024, 17:30 [GMT+0]'))));
		assert.deepEqual([found.date, found.time], ['2024-11-19', '00:30']);
	});

	it('keeps 16:59 GMT on the same day (23:59 in Vietnam)', () => {
		const found = extractDate(readDocument(normalizeText(article('Thứ Hai, 18/11/2024, 16:59 [GMT+0]'))));
		assert.equal(found.date, '2024-11-18');
	});

	it('computes the Vietnam day of an instant whatever the machine zone', () => {
		assert.equal(vietnamDay(new Date('2024-11-18T16:59:00Z')), '2024-11-18');
		assert.equal(vietnamDay(new Date('2024-11-18T17:00:00Z')), '2024-11-19');
		assert.equal(vietnamDay(new Date('2024-12-31T17:30:00Z')), '2025-01-01');
	});
});

describe('bucketing briefings by day, month and year', () => {
	const site = buildSite([
		dated('late', 'Thứ Hai, 18/11/2024, 23:30 [GMT+7]'),
		dated('gmt', 'Thứ Hai, 18/11/2024, 17:30 [GMT+0]'),
		dated('early', 'Thứ Hai, 18/11/2024, 06:10 [GMT+7]'),
		dated('month-end', 'Thứ Bảy, 30/11/2024, 20:00 [GMT+0]'),
		dated('year-end', 'Thứ Ba, 31/12/2024, 18:00 [GMT+0]'),
		dated('plain', 'Thứ Ba, 31/12/2024, 16:00 [GMT+0]'),
	]);
	const month = (key: string) => site.months.find((m) => m.key === key);

	it('puts the 23:30 ICT briefing on its day, after the morning one', () => {
		const day = month('2024-11')?.days.find((d) => d.date === '2024-11-18');
		assert.deepEqual(
			day?.briefings.map((b) => b.id),
			['early', 'late'],
		);
	});

	it('puts the 17:30 GMT dateline on the next Vietnam day', () => {
		const day = month('2024-11')?.days.find((d) => d.date === '2024-11-19');
		assert.deepEqual(
			day?.briefings.map((b) => b.id),
			['gmt'],
		);
	});

	it('moves a GMT evening across a month and a year boundary', () => {
		assert.deepEqual(
			month('2024-12')?.days.map((d) => [d.date, d.briefings.map((b) => b.id)]),
			[
				['2024-12-01', ['month-end']],
				['2024-12-31', ['plain']],
			],
		);
		assert.deepEqual(
			month('2025-01')?.days.map((d) => d.date),
			['2025-01-01'],
		);
		assert.deepEqual(
			site.years.map((y) => [y.year, y.count]),
			[
				['2025', 1],
				['2024', 5],
			],
		);
	});

	it('links months in order, across years', () => {
		assert.deepEqual(
			site.months.map((m) => [m.key, m.prev, m.next, m.path]),
			[
				['2024-11', null, '2024-12', '/ngay/2024/11/'],
				['2024-12', '2024-11', '2025-01', '/ngay/2024/12/'],
				['2025-01', '2024-12', null, '/ngay/2025/01/'],
			],
		);
	});
});

describe('writing dates', () => {
	it('gives the weekday', () => {
		assert.equal(formatVietnameseDate('2024-11-18'), 'Thứ Hai, 18/11/2024');
		assert.equal(formatVietnameseDate('2024-11-24'), 'Chủ nhật, 24/11/2024');
	});
	it('names a month', () => assert.equal(monthInSentence('2024-11'), 'tháng 11/2024'));
	it('writes short dates with leading zeros', () => assert.equal(formatShortDate('2024-01-05'), '05/01/2024'));
	it('gives a datetime with the Vietnam offset', () => {
		assert.equal(datetimeAttr('2024-11-18', '23:30'), '2024-11-18T23:30+07:00');
		assert.equal(datetimeAttr('2024-11-18', null), '2024-11-18');
	});
});
