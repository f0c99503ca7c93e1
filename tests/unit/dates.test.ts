import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRealDay, vietnamDay } from '../../src/lib/dates/calendar.ts';
import { extractDate } from '../../src/lib/extract/dates.ts';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractPeriod } from '../../src/lib/extract/period.ts';
import { formatVietnameseDate, vietnameseWeekday } from '../../src/lib/format/dates.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const doc = (text: string) => readDocument(normalizeText(text));
const dateOf = (text: string) => extractDate(doc(text)).date;
const periodOf = (text: string, year: number | null = null) => extractPeriod(doc(text), year).period;

const HEAD = 'Lãnh đạo tỉnh làm việc với huyện Nậm Pồ\n';

describe('calendar', () => {
	it('knows real days', () => {
		assert.ok(isRealDay(2024, 2, 29));
		assert.ok(!isRealDay(2023, 2, 29));
		assert.ok(!isRealDay(2024, 4, 31));
		assert.ok(!isRealDay(2024, 13, 1));
	});
	it('puts an instant on its Vietnam day', () => {
		assert.equal(vietnamDay(new Date('2024-11-18T16:59:00Z')), '2024-11-18');
		assert.equal(vietnamDay(new Date('2024-11-18T17:00:00Z')), '2024-11-19');
	});
	it('writes dates the Vietnamese way', () => {
		assert.equal(vietnameseWeekday('2024-11-19'), 'Thứ Ba');
		assert.equal(formatVietnameseDate('2024-11-19'), 'Thứ Ba, 19/11/2024');
		// One date style on the whole site: two-digit day and month, as in tables and lists.
		assert.equal(formatVietnameseDate('2023-10-08'), 'Chủ nhật, 08/10/2023');
		assert.equal(formatVietnameseDate('2024-03-05', false), '05/03/2024');
		assert.equal(formatVietnameseDate('2024-02-30'), '2024-02-30', 'an impossible day is left as written');
	});
});

describe('extractDate: the day', () => {
	const cases: [string, string][] = [
		['Ngày 19/11, Tổ công tác làm việc với huyện. Kết quả năm 2024 tốt.', '2024-11-19'],
		['Sáng 8/10, đã diễn ra hội nghị. Trong 9 tháng năm 2024, huyện đạt.', '2024-10-08'],
		['Tiếp tục chương trình, chiều nay (13/6), Tổ công tác kiểm tra. Kế hoạch 6 tháng cuối năm 2023.', '2023-06-13'],
		['(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh làm việc về tình hình quý I/2025.', '2025-04-22'],
		['Đó là chỉ đạo tại buổi làm việc chiều 26-7. Kết quả 6 tháng đầu năm 2024 khả quan.', '2024-07-26'],
		['Phát biểu tại buổi làm việc sáng ngày 7/2, Bí thư yêu cầu. Nhiệm vụ trọng tâm 2017, theo ông.', '2017-02-07'],
		['Ngày 19 tháng 11 năm 2024, đoàn công tác làm việc.', '2024-11-19'],
		['Sáng nay (5/3/2024), hội nghị khai mạc.', '2024-03-05'],
		['Tối 31/12, huyện tổng kết. Năm 2023 huyện đạt nhiều kết quả.', '2023-12-31'],
		['Sáng ngày mùng 5/2, đoàn làm việc. Năm 2024 huyện đạt nhiều kết quả.', '2024-02-05'],
		['Chiều Chủ nhật, 17/11, đoàn làm việc. Năm 2024 huyện đạt nhiều kết quả.', '2024-11-17'],
		['Thứ Hai, 18/11, đoàn làm việc. Năm 2024 huyện đạt nhiều kết quả.', '2024-11-18'],
	];
	for (const [text, expected] of cases) {
		it(`${text.slice(0, 40)}… → ${expected}`, () => assert.equal(dateOf(HEAD + text), expected));
	}
	it('takes the year from the dateline', () => {
		assert.equal(dateOf(`${HEAD}\nThứ Ba, 19/11/2024, 15:55 [GMT+7]\n\nNgày 19/11, đoàn làm việc.`), '2024-11-19');
	});
	it('puts a December event reported in January in the year before', () => {
		assert.equal(dateOf(`${HEAD}\nThứ Năm, 2/1/2025, 08:00\n\nNgày 30/12, hội nghị tổng kết.`), '2024-12-30');
	});
	it('moves a dateline in another zone to the Vietnam day', () => {
		const found = extractDate(doc(`${HEAD}\nThứ Hai, 18/11/2024, 17:30 [GMT+0]\n\nĐoàn làm việc với huyện.`));
		assert.equal(found.date, '2024-11-19');
		assert.equal(found.time, '00:30');
	});
	it('reads a stamp written time first, and tells its time only beside its own day', () => {
		const stamped = (day: string) =>
			extractDate(doc(`${HEAD}Cập nhật: 10:15 ${day}/12/2024\nBài, ảnh: Quang Hưng\nNgày 27/12, HĐND huyện họp.`));
		assert.deepEqual([stamped('28').date, stamped('28').time], ['2024-12-27', null]);
		assert.deepEqual([stamped('27').date, stamped('27').time], ['2024-12-27', '10:15']);
		// With "lúc", a weekday after the time and a zone after the date ("Thứ sáu" is the 5th).
		const weekday = (day: string) =>
			extractDate(doc(`${HEAD}Cập nhật lúc 08:05, Thứ sáu, ${day}/07/2024 (GMT+7)\nNgày 4-7, huyện họp.`));
		assert.deepEqual([weekday('05').date, weekday('05').time], ['2024-07-04', null]);
		assert.deepEqual([weekday('04').date, weekday('04').time], ['2024-07-04', '08:05']);
		assert.equal(dateOf(`${HEAD}Thứ sáu, 05/07/2024 (GMT+7)\nNgày 4-7, huyện họp.`), '2024-07-04');
		// Written the ISO way, in Vietnam's zone, UTC, or none; an impossible day is no dateline.
		const iso = (line: string) => {
			const found = extractDate(doc(`${HEAD}${line}\nSáng nay, đoàn công tác của tỉnh làm việc với huyện.`));
			return [found.date, found.time];
		};
		assert.deepEqual(iso('2024-10-14 08:30'), ['2024-10-14', '08:30']);
		assert.deepEqual(iso('2024-10-14T08:30:00+07:00'), ['2024-10-14', '08:30']);
		assert.deepEqual(iso('2024-10-13T23:30:00Z'), ['2024-10-14', '06:30']);
		assert.deepEqual(iso('Ngày đăng: 2024-10-14'), ['2024-10-14', null]);
		assert.deepEqual(iso('2024-13-40'), [null, null]);
		// A dateline's time is the page's: not the event's on another day.
		const dated = extractDate(doc(`${HEAD}\nThứ Ba, 19/11/2024, 15:55 [GMT+7]\n\nNgày 18/11, đoàn làm việc.`));
		assert.deepEqual([dated.date, dated.time], ['2024-11-18', null]);
	});
	it('reads the place and day a page heads its text with as its dateline, not as the event', () => {
		const lede = '\nChiều 27/6, đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện.';
		assert.equal(dateOf(`${HEAD}Điện Biên, ngày 28/6/2024${lede}`), '2024-06-27');
		assert.equal(dateOf(`${HEAD}Hà Nội, ngày 28 tháng 6 năm 2024${lede}`), '2024-06-27');
		assert.equal(dateOf(`${HEAD}Ngày 28 tháng 6 năm 2024${lede}`), '2024-06-27');
		assert.equal(dateOf(`${HEAD}Điện Biên, 28/6/2024${lede}`), '2024-06-27');
		// With no day of its own in the lede, the article's day is the dateline's.
		assert.equal(dateOf(`${HEAD}Hà Nội, ngày 28 tháng 6 năm 2024\nĐoàn tiếp xúc cử tri huyện.`), '2024-06-28');
	});
	it('reads a lede opening with yesterday as the day before the dateline’s', () => {
		const under = (lede: string) => dateOf(`${HEAD}Thứ Hai, 18/11/2024\n${lede}`);
		assert.equal(under('Chiều qua, huyện tổ chức hội nghị.'), '2024-11-17');
		assert.equal(under('(TTV) - Tối qua, huyện tổ chức hội nghị.'), '2024-11-17');
		assert.equal(under('Hôm qua, huyện tổ chức hội nghị.'), '2024-11-17');
		assert.equal(dateOf(`${HEAD}Thứ Hai, 01/12/2024\nSáng qua, huyện tổ chức hội nghị.`), '2024-11-30');
		// "Tuần qua", "Năm qua" are no day; a lede opening with today keeps the page's day.
		assert.equal(under('Tuần qua, huyện tổ chức nhiều hội nghị.'), '2024-11-18');
		assert.equal(under('Sáng nay, huyện tổ chức hội nghị. Chiều qua, xã họp.'), '2024-11-18');
	});
	it('reads a 12-hour clock in a dateline, before or after its date', () => {
		const at = (line: string) => {
			const found = extractDate(doc(`${HEAD}${line}\nSáng 27-12, Huyện ủy tổ chức hội nghị.`));
			return [found.date, found.time];
		};
		// The dateline is the page's, not the event's day: the lede's day wins.
		assert.deepEqual(at('10:20 AM, 28/12/2023'), ['2023-12-27', null]);
		assert.deepEqual(at('27/12/2023 03:15 PM'), ['2023-12-27', '15:15']);
		assert.deepEqual(at('27/12/2023 12:05 SA'), ['2023-12-27', '00:05']);
		assert.deepEqual(at('03:15 CH, 27/12/2023'), ['2023-12-27', '15:15']);
	});
	it('reads the date of a line of fields as its dateline', () => {
		const line = 'Nguồn: Cổng thông tin điện tử huyện Buôn Đôn | Ngày đăng: 05/10/2024';
		assert.equal(dateOf(`${HEAD}${line}\nSáng nay (4/10), UBND huyện tổ chức hội nghị.`), '2024-10-04');
		assert.equal(dateOf(`${HEAD}${line}\nUBND huyện tổ chức hội nghị.`), '2024-10-05');
		// A line's time is told only for a dateline.
		const found = extractDate(doc(`${HEAD}Nguồn: Báo Đắk Lắk | 05/10/2024 15:20\nUBND huyện tổ chức hội nghị.`));
		assert.deepEqual([found.date, found.time], ['2024-10-05', '15:20']);
	});
	it('keeps a 23:30 dateline in Vietnam on its day', () => {
		const found = extractDate(doc(`${HEAD}\nThứ Hai, 18/11/2024, 23:30 [GMT+7]\n\nĐoàn làm việc với huyện.`));
		assert.equal(found.date, '2024-11-18');
		assert.equal(found.time, '23:30');
	});
	it('is null with a warning when nothing fixes the year, never today', () => {
		const found = extractDate(doc(`${HEAD}Ngày 7/2, Bí thư làm việc với lãnh đạo huyện.`));
		assert.equal(found.date, null);
		assert.match(found.warning?.message ?? '', /7\/2/);
		assert.match(found.warning?.vi ?? '', /7\/2/);
	});
	it('is null with a warning when there is no day at all', () => {
		const found = extractDate(doc(`${HEAD}Huyện đạt nhiều kết quả trong năm 2024.`));
		assert.equal(found.date, null);
		assert.ok(found.warning);
	});
	it('does not take deadlines or ranges for the event', () => {
		assert.equal(dateOf(`${HEAD}Đến ngày 10.4, các đơn vị đã giải ngân. Năm 2025.`), null);
		assert.equal(
			dateOf(`${HEAD}Dự kiến đến ngày 31/12/2024, huyện giải ngân 98%. Ngày 19/11, đoàn làm việc.`),
			'2024-11-19',
		);
	});
	it('does not read a ratio or a count as a day', () => {
		assert.equal(dateOf(`${HEAD}Có 16/10 chỉ tiêu đạt. Năm 2024 huyện phát triển.`), null);
	});
	it('rejects impossible days', () => {
		assert.equal(dateOf(`${HEAD}Ngày 31/4, hội nghị diễn ra. Năm 2024.`), null);
	});
	it('weighs the reviewed period over a plan year', () => {
		assert.equal(
			dateOf(
				`${HEAD}Ngày 6/10, đoàn làm việc. Trong 9 tháng đầu năm 2023 huyện đạt. Bảo vệ dự toán ngân sách năm 2024.`,
			),
			'2023-10-06',
		);
	});
	it('reads the year of a whole-year review held in January as the next year', () => {
		assert.equal(dateOf(`${HEAD}Ngày 15/1, hội nghị tổng kết năm 2023 của huyện diễn ra.`), '2024-01-15');
	});
	it("uses a scraper's date metadata as evidence", () => {
		assert.equal(dateOf('date 2023-10 Ngày 6/10, đoàn công tác làm việc với huyện Mường Tè...'), '2023-10-06');
	});
});

describe('extractPeriod', () => {
	const cases: [string, number | null, { year: number; months: number } | null][] = [
		[
			'đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm và 3 tháng cuối năm 2023.',
			2023,
			{ year: 2023, months: 9 },
		],
		['tình hình phát triển KT-XH quý I/2025 của huyện.', 2025, { year: 2025, months: 3 }],
		['Trong 9 tháng năm 2024, huyện đạt kết quả tích cực.', 2024, { year: 2024, months: 9 }],
		[
			'6 tháng đầu năm, tình hình kinh tế tiếp tục phát triển. Kế hoạch 6 tháng cuối năm 2023.',
			2023,
			{ year: 2023, months: 6 },
		],
		[
			'đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội của huyện năm 2024.',
			2024,
			{ year: 2024, months: 12 },
		],
		['Sau sáu tháng, kết quả đạt được khả quan.', 2022, { year: 2022, months: 6 }],
		['phát biểu tại buổi họp báo 6 tháng đầu năm 2017.', 2017, { year: 2017, months: 6 }],
		['Quý III năm 2024, huyện đạt kết quả tốt.', 2024, { year: 2024, months: 9 }],
		// The first half of the year is six months; a half of anything else, or the second half, no period.
		['Huyện đánh giá kết quả nửa đầu năm 2024.', 2024, { year: 2024, months: 6 }],
		['Huyện ủy sơ kết nửa đầu nhiệm kỳ 2020 - 2025.', 2023, null],
		['Huyện đánh giá kết quả 6 tháng cuối năm 2024.', 2024, null],
		['Huyện đánh giá kết quả nửa cuối năm 2024.', 2024, null],
		// Of two periods as heavy, the one named first, whichever pattern finds it.
		['Huyện đánh giá kết quả 9 tháng, triển khai nhiệm vụ quý IV.', 2024, { year: 2024, months: 9 }],
	];
	for (const [text, year, expected] of cases) {
		it(`${text.slice(0, 50)}…`, () => assert.deepEqual(periodOf(HEAD + text, year), expected));
	}
	it('does not take a plan or a horizon for the period reviewed', () => {
		assert.equal(periodOf(`${HEAD}Huyện giải ngân trên 21% kế hoạch vốn đầu tư công năm 2025.`, 2025), null);
		assert.equal(periodOf(`${HEAD}Phấn đấu hoàn thành tiêu chí vào quý II/2025.`, 2025), null);
		assert.equal(periodOf(`${HEAD}kế hoạch triển khai thực hiện nhiệm vụ năm 2017 của huyện.`, 2017), null);
	});
	it('ignores years of history', () => {
		assert.equal(periodOf(`${HEAD}Năm 2004, chính quyền đã bắt đầu bồi thường.`, 2017), null);
	});
	it('is null when no period is spoken of', () => {
		assert.equal(periodOf(`${HEAD}Bí thư yêu cầu xử lý rác thải tồn đọng.`, 2017), null);
	});
});

describe('extractPeriod: seasons, cut-offs, ranges', () => {
	it('reads a month count with a leading zero', () => {
		assert.deepEqual(periodOf('Trong 06 tháng đầu năm 2019, huyện phát hiện 5 vụ vi phạm.'), { year: 2019, months: 6 });
	});
	it('does not take the year of a Tết, a school year or a cut-off for a period reviewed', () => {
		assert.equal(periodOf('Đoàn đã kiểm tra công tác chuẩn bị đón Tết Nguyên đán Ất Tỵ năm 2025.', 2025), null);
		assert.equal(periodOf('Các trường đã thực hiện tốt nhiệm vụ năm học 2024 - 2025.', 2024), null);
		assert.equal(periodOf('Theo báo cáo đến hết năm 2023, toàn tỉnh đã có 100% xã đạt chuẩn.', 2024), null);
		assert.equal(periodOf('Huyện phấn đấu đưa hai xã về đích, đạt chuẩn nông thôn mới năm 2019 - 2020.', 2019), null);
	});
	it('still reads a year reviewed in a place called Xuân', () => {
		assert.deepEqual(periodOf('Kết quả năm 2024, huyện Xuân Lộc đạt nhiều chỉ tiêu.', 2024), {
			year: 2024,
			months: 12,
		});
		assert.deepEqual(periodOf('Đánh giá kết quả của huyện Thọ Xuân năm 2024.', 2024), { year: 2024, months: 12 });
	});
});
