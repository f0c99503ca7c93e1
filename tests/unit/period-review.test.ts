import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractPeriod } from '../../src/lib/extract/period.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

// Headlines and ledes of our own, in the styles of party portals and provincial papers.
const periodOf = (text: string, year: number, month: number | null) =>
	extractPeriod(readDocument(normalizeText(text)), year, month).period;

describe('period: a month that closes a quarter, reviewed in the headline or lede', () => {
	it('reads "giao ban tháng 6/2023" as the first six months', () =>
		assert.deepEqual(
			periodOf('ĐẢNG ỦY XÃ: Hội nghị giao ban tháng 6/2023\n\nSáng 3/7, Đảng ủy tổ chức hội nghị.', 2023, 7),
			{ year: 2023, months: 6 },
		));
	it('reads "sơ kết tháng 9 năm 2024" as nine months', () =>
		assert.deepEqual(
			periodOf('Huyện ủy sơ kết công tác tháng 9 năm 2024\n\nNgày 2-10, Huyện ủy họp sơ kết.', 2024, 10),
			{ year: 2024, months: 9 },
		));
	it('does not read a month that closes no quarter, nor one named only in the body', () => {
		assert.equal(periodOf('Hội nghị giao ban tháng 5/2023\n\nSáng 2/6, Đảng ủy tổ chức hội nghị.', 2023, 6), null);
		assert.equal(
			periodOf(
				'Huyện tổ chức hội nghị\n\nSáng 2/7, huyện họp.\n\nBáo cáo kết quả tháng 6/2023 được thông qua.',
				2023,
				7,
			),
			null,
		);
	});
});

describe('period: a period of the event’s own year not near its end yet', () => {
	it('is not the whole year in January ("năm 2025" named in a late-January inspection)', () =>
		assert.equal(
			periodOf(
				'Kiểm tra công tác chuẩn bị Tết\n\nChiều 20/1, đoàn đã kiểm tra công tác chuẩn bị của Ban chỉ huy quân sự năm 2025.',
				2025,
				1,
			),
			null,
		));
	it('is not nine months in May; six months from April, the whole year from October', () => {
		const text = (p: string) => `Huyện họp\n\nHuyện đã đánh giá kết quả ${p}.`;
		assert.equal(periodOf(text('9 tháng đầu năm 2024'), 2024, 5), null);
		assert.deepEqual(periodOf(text('6 tháng đầu năm 2024'), 2024, 4), { year: 2024, months: 6 });
		assert.deepEqual(periodOf(text('năm 2024'), 2024, 10), { year: 2024, months: 12 });
		assert.equal(periodOf(text('năm 2024'), 2024, 9), null);
	});
	it('keeps a period of the year before, whatever the month', () =>
		assert.deepEqual(periodOf('Huyện tổng kết\n\nNgày 5/1, huyện đã tổng kết kết quả năm 2024.', 2025, 1), {
			year: 2024,
			months: 12,
		}));
});

describe('period: a year that closes a span of months or a month', () => {
	it('is no whole year: "10 tháng năm 2024" is a span the periods cannot hold', () => {
		const text = (p: string) => `Huyện họp\n\nHuyện đã đánh giá kết quả thực hiện nhiệm vụ ${p}.`;
		for (const p of ['10 tháng năm 2024', '11 tháng đầu năm 2024', 'mười một tháng năm 2024', '5 tháng đầu năm 2024']) {
			assert.equal(periodOf(text(p), 2024, 11), null, p);
		}
		assert.equal(periodOf(text('tháng 10 năm 2024'), 2024, 11), null);
		assert.equal(
			periodOf(
				'UBND huyện họp\n\nNgày 25 tháng 10 năm 2024, UBND huyện họp đánh giá kết quả công tác tháng 10.',
				2024,
				10,
			),
			null,
		);
	});
	it('is no whole year when it is a standard’s or a title’s year', () => {
		assert.equal(
			periodOf(
				'Huyện đón Bằng công nhận\n\nNgày 15/11/2024, huyện tổ chức Lễ đón nhận Bằng công nhận huyện đạt chuẩn nông thôn mới năm 2023.',
				2024,
				11,
			),
			null,
		);
		assert.deepEqual(
			periodOf(
				'Huyện tổng kết\n\nNgày 20/12/2024, huyện tổng kết năm 2024: có thêm 3 xã đạt chuẩn nông thôn mới.',
				2024,
				12,
			),
			{ year: 2024, months: 12 },
		);
	});
	it('leaves the periods it names, and a whole year named beside them', () => {
		const text = (p: string) => `Huyện họp\n\nHuyện đã đánh giá kết quả thực hiện nhiệm vụ ${p}.`;
		assert.deepEqual(periodOf(text('9 tháng năm 2024'), 2024, 10), { year: 2024, months: 9 });
		assert.deepEqual(periodOf(text('10 tháng và cả năm 2024'), 2024, 11), { year: 2024, months: 12 });
		assert.deepEqual(periodOf(text('năm 2024 và 10 tháng năm 2024'), 2024, 11), { year: 2024, months: 12 });
	});
});
