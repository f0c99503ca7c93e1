import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cycleYear, extractDate } from '../../src/lib/extract/dates.ts';
import { readDocument } from '../../src/lib/extract/document.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const find = (text: string) => extractDate(readDocument(normalizeText(text)));
const dateOf = (text: string) => find(text).date;

describe('extractDate: the event day among other dates', () => {
	it('does not take an anniversary range for the event', () => {
		assert.equal(
			dateOf(
				'Huyện Tân Lạc mít tinh kỷ niệm ngày thành lập Hội\nNhân kỷ niệm 94 năm Ngày thành lập Hội Nông dân (14/10/1930 - 14/10/2024), sáng 12/10, huyện tổ chức mít tinh.',
			),
			'2024-10-12',
		);
		assert.equal(
			dateOf(
				'Thăm gia đình chính sách\n(TTV) – Nhân dịp 77 năm Ngày Thương binh – Liệt sĩ 27.7.1947-27.7.2024, chiều 24.7, đoàn công tác tỉnh đến thăm các gia đình.',
			),
			'2024-07-24',
		);
	});
	it('takes the first day of the days an event lasts, when they open the sentence or a clause', () => {
		for (const [lede, day] of [
			['Trong 2 ngày 12-13/12/2024, HĐND huyện tổ chức kỳ họp thứ 17.', '2024-12-12'],
			['Trong 2 ngày (12-13/12), HĐND huyện tổ chức kỳ họp thứ 17 năm 2024.', '2024-12-12'],
			['(TTV) - Trong hai ngày 18–19/11/2024, HĐND huyện họp.', '2024-11-18'],
			['Từ ngày 18 đến ngày 20/11/2024, huyện tổ chức hội nghị.', '2024-11-18'],
			['Sáng nay, ngày 18 và 19/11/2024, huyện tổ chức hội nghị.', '2024-11-18'],
			['Ngày 12 - 13/12/2024, HĐND huyện tổ chức kỳ họp.', '2024-12-12'],
		] as const) {
			assert.equal(dateOf(`Kỳ họp HĐND huyện\n${lede}`), day, lede);
		}
	});
	it('takes the first day of days written each with its month, across a month or a year', () => {
		for (const [lede, day] of [
			['Trong 2 ngày 30/11-1/12/2024, HĐND huyện tổ chức kỳ họp thứ 17.', '2024-11-30'],
			['Trong hai ngày (30/11 và 1/12), HĐND huyện họp đánh giá năm 2024.', '2024-11-30'],
			['Từ ngày 18/11 đến ngày 20/11/2024, huyện tổ chức hội nghị.', '2024-11-18'],
			['Sáng 30/11 - 2/12/2024, huyện họp.', '2024-11-30'],
			['(TTV) - Từ 30/12/2024 đến 2/1/2025, huyện tổ chức hội chợ.', '2024-12-30'],
			['Từ 30/12 đến 2/1/2025, huyện tổ chức hội chợ.', '2024-12-30'],
			['Trong 2 ngày 29/2-1/3/2024, huyện họp.', '2024-02-29'],
			['Trong 2 ngày 29/2-1/3, huyện họp tổng kết năm 2023. Năm 2024 huyện phấn đấu.', '2024-02-29'],
		] as const) {
			assert.equal(dateOf(`Kỳ họp HĐND huyện\n${lede}`), day, lede);
		}
	});
	it('takes no days with months that are a ratio, a stretch of weeks, impossible, planned or counted from', () => {
		for (const [lede, day] of [
			['3/5 - 4/5 chỉ tiêu đạt. Ngày 6/5/2024, huyện họp.', '2024-05-06'],
			['Huyện phát động tháng cao điểm từ 1/11 đến 30/11/2024. Sáng 2/11/2024, huyện ra quân.', '2024-11-02'],
			['Trong 2 ngày 30/2-1/3/2024, huyện họp.', null],
			['Dự kiến, trong 2 ngày 30/11-1/12/2024, HĐND huyện sẽ họp.', null],
			['Kể từ ngày 1/11 đến 5/11/2024, huyện ra quân.', null],
		] as const) {
			assert.equal(dateOf(`Kỳ họp HĐND huyện\n${lede}`), day, lede);
		}
	});
	it('takes no span that is planned, counted from, or another thing’s further in the sentence', () => {
		for (const [lede, day] of [
			['Dự kiến, trong 2 ngày 18-19/12/2024, HĐND huyện sẽ họp.', null],
			['Kể từ ngày 1 đến 15/11/2024, huyện ra quân.', null],
			[
				'Huyện yêu cầu ngừng vui chơi trong hai ngày (25 và 26/7) diễn ra lễ. Sáng 24/7/2024, huyện tổ chức lễ.',
				'2024-07-24',
			],
			['Có 2-3/10 chỉ tiêu đạt. Ngày 5/10/2024, huyện họp.', '2024-10-05'],
			['Giai đoạn 2021-12/2024 huyện đạt. Ngày 5/12/2024, HĐND họp.', '2024-12-05'],
		] as const) {
			assert.equal(dateOf(`Kỳ họp HĐND huyện\n${lede}`), day, lede);
		}
	});
	it('does not take the date of a decision or decree for the event', () => {
		assert.equal(
			dateOf(
				'Trao quyết định bổ nhiệm cán bộ\nThực hiện Quyết định số 512/QĐ-UBND ngày 3/4/2024 của UBND tỉnh, chiều 9/4/2024, Sở Nội vụ tổ chức trao quyết định.',
			),
			'2024-04-09',
		);
		assert.equal(
			dateOf(
				'Hội nghị triển khai nghị định mới\nCăn cứ Nghị định 15/2024/NĐ-CP ký ngày 16/2/2024, sáng 5/3 huyện Mường Lát tổ chức hội nghị.',
			),
			'2024-03-05',
		);
	});
	it('never takes a lunar day for a solar one', () => {
		assert.equal(
			dateOf(
				'Lễ hội đền Mẫu năm 2025\nLễ hội diễn ra nhằm ngày 10/3 âm lịch hằng năm. Sáng 6/4/2025, huyện Quế Phong khai mạc lễ hội.',
			),
			'2025-04-06',
		);
		const lunarOnly = find('Chợ phiên ngày Tết\nChợ họp vào ngày 27 tháng 12 âm lịch, nhằm ngày 27 tháng Chạp.');
		assert.equal(lunarOnly.date, null);
		assert.ok(lunarOnly.warning);
	});
	it('reads a posting stamp for the year only, never as the event day', () => {
		assert.equal(
			dateOf(
				'Huyện Krông Nô ra quân làm đường\nthứ sáu, 05 06 2020 09:12\nNgày 2/6, huyện ra quân làm đường giao thông nông thôn.',
			),
			'2020-06-02',
		);
		assert.equal(
			dateOf(
				'Thăm các gia đình có công\nCập nhật: 02-03-2024 | 10:05:11\nSáng 1-3, lãnh đạo tỉnh thăm các gia đình có công trên địa bàn.',
			),
			'2024-03-01',
		);
		const stampOnly = find(
			'Độ che phủ rừng của huyện tăng\nthứ hai, 12 08 2019 14:30\nHiện nay, độ che phủ rừng của huyện đạt hơn 40%.',
		);
		assert.equal(stampOnly.date, null);
		assert.match(stampOnly.warning?.message ?? '', /posting stamp/);
	});
	it('still takes a newspaper dateline as the day when the text gives none', () => {
		assert.equal(
			dateOf('Huyện Si Ma Cai đẩy mạnh trồng rừng\nThứ Tư, 14/08/2024 - 16:20\nHuyện đã trồng được hơn 300 ha rừng.'),
			'2024-08-14',
		);
	});
	it('finds a day written "Vào sáng", not one written "vào" alone, a deadline', () => {
		assert.equal(dateOf('Huyện họp tổng kết\nVào sáng 5/12/2024, huyện tổ chức hội nghị.'), '2024-12-05');
		assert.equal(dateOf('Huyện họp tổng kết\nVào chiều 5/12, huyện tổng kết năm 2024.'), '2024-12-05');
		assert.equal(dateOf('Huyện họp tổng kết\nHuyện phải xong vào 30/4/2025. Sáng 5/12/2024, huyện họp.'), '2024-12-05');
	});
	it('finds days the opening writes with "vào ngày" or a dash', () => {
		assert.equal(
			dateOf(
				'Hội thao dân quân huyện Bảo Lâm\nVào ngày 11-9, huyện tổ chức hội thao. Năm 2024 là năm thứ ba liên tiếp.',
			),
			'2024-09-11',
		);
		assert.equal(dateOf('Xã Đông Sơn đón bằng nông thôn mới\nSáng 23-11-2024, xã Đông Sơn đón bằng.'), '2024-11-23');
		assert.equal(
			dateOf(
				'Kết quả năm 2023\nDự kiến vào ngày 30/4 công trình sẽ khánh thành. Sáng 2/3, huyện họp. Năm 2023 đã qua.',
			),
			'2023-03-02',
		);
	});
	it('takes the day of a second event when only it has one', () => {
		const text = [
			'Lãnh đạo tỉnh thăm các huyện vùng cao',
			...Array.from({ length: 16 }, (_, i) => `Đoạn ${i + 1} kể về hoạt động của đoàn ở các xã vùng cao.`),
			'* Chiều 5-11-2024, đoàn đến thăm xã Pà Cò.',
		].join('\n');
		assert.equal(dateOf(text), '2024-11-05');
	});
	it('prefers the article text over a day in an aggregator snippet', () => {
		assert.equal(
			dateOf(
				'Tỉnh ủy điều động cán bộ về huyện\nÔng Lê Văn An từng giữ chức vụ Phó giám đốc sở. Ngày 12.3.2023 ...\nChiều 20.5.2024, Tỉnh ủy công bố quyết định.\nNgày 12.3.2023, ông được điều động.',
			),
			'2024-05-20',
		);
	});
});

describe('extractDate: years from seasons and documents', () => {
	it('reads the year of a school year by the month', () => {
		assert.equal(
			dateOf('Khai giảng ở huyện đảo\nSáng 5.9, trường tổ chức khai giảng năm học 2024 - 2025.'),
			'2024-09-05',
		);
		assert.equal(dateOf('Tổng kết năm học ở huyện\nChiều 25/5, huyện tổng kết năm học 2023-2024.'), '2024-05-25');
	});
	it('reads the year of a lunar new year by number or by name', () => {
		assert.equal(
			dateOf('Chuẩn bị bắn pháo hoa\nChiều ngày 20/01, đoàn kiểm tra công tác chuẩn bị đón Tết Nguyên đán 2025.'),
			'2025-01-20',
		);
		assert.equal(dateOf('Chợ hoa xuân\nSáng 28/12, chợ hoa Tết Nguyên đán 2025 khai mạc.'), '2024-12-28');
		assert.equal(dateOf('Vui xuân\nSáng 3/2, nhân dân vui Xuân Giáp Thìn.'), '2024-02-03');
		assert.equal(
			dateOf('Tết Ất Tỵ\nTối 27/1, huyện tổ chức chương trình nghệ thuật chào mừng Tết Ất Tỵ.'),
			'2025-01-27',
		);
		assert.equal(cycleYear('Quý', 'Mẹo'), 2023);
		assert.equal(cycleYear('Giáp', 'Tý'), 1984);
		assert.equal(cycleYear('Ất', 'Rồng'), null);
	});
	it('reads "tháng 5-2024" and a decree number as year evidence', () => {
		assert.equal(dateOf('Huyện rà soát hộ nghèo\nNgày 14/6, huyện họp rà soát tình hình tháng 5-2024.'), '2024-06-14');
		assert.equal(
			dateOf('Triển khai nghị định về đất đai\nSáng 9/10, huyện triển khai Nghị định số 102/2024/NĐ-CP.'),
			'2024-10-09',
		);
	});
	it('does not count the ends of a term as the year', () => {
		assert.equal(
			dateOf('Bầu bổ sung ủy viên\nSáng 8/8, Huyện ủy bầu bổ sung ủy viên nhiệm kỳ 2020 - 2025. Kết quả năm 2024 tốt.'),
			'2024-08-08',
		);
	});
});

describe('extractDate: a day after a clause', () => {
	it('reads "ngày 22/7" after an opening clause', () => {
		assert.equal(
			dateOf('Thăm người có công\nNhân dịp này, ngày 22/7 bà Lò Thị Mai đến thăm các gia đình. Năm 2024 đã qua.'),
			'2024-07-22',
		);
		assert.equal(
			dateOf(
				'Thăm người có công\nthứ hai, 05 08 2019 10:00\nNhân kỷ niệm 72 năm (27/7/1947 - 27/7/2019), ngày 22/7 bà Mai đến thăm.',
			),
			'2019-07-22',
		);
	});
});

describe('extractDate: a place called Xuân is no season', () => {
	it('reads "huyện Xuân Trường năm 2024" as a plain year', () => {
		assert.equal(
			dateOf('Huyện Xuân Trường tổng kết\nSáng 28/12, huyện Xuân Trường năm 2024 tổng kết công tác.'),
			'2024-12-28',
		);
	});
});

describe('extractDate: a dateline outranks a later paragraph', () => {
	it('keeps the dateline when only a late paragraph gives a day', () => {
		const text = [
			'Huyện Mường Tè phát triển chè',
			'Thứ Tư, 14/08/2024 - 16:20',
			...Array.from({ length: 16 }, (_, i) => `Đoạn ${i + 1} kể về cây chè ở các xã.`),
			'Ngày 5/8, hợp tác xã thu hoạch lứa chè đầu tiên.',
		].join('\n');
		assert.equal(dateOf(text), '2024-08-14');
	});
	it('takes a "Ngày đăng" line as a dateline, an update stamp not', () => {
		assert.equal(dateOf('Huyện trồng rừng\nNgày đăng: 14/08/2024\nHuyện trồng được hơn 300 ha rừng.'), '2024-08-14');
		assert.equal(dateOf('Huyện trồng rừng\nCập nhật lúc 14/08/2024 16:20\nHuyện trồng được hơn 300 ha rừng.'), null);
		// In parentheses too: the lede's day is the event's, the line's the page's.
		assert.equal(
			dateOf('Huyện trồng rừng\n(Ngày đăng: 05-06-2024)\nSáng ngày 04/6/2024, huyện trồng rừng.'),
			'2024-06-04',
		);
		assert.equal(dateOf('Huyện trồng rừng\n[Thứ Tư, 05/06/2024]\nSáng 4/6, huyện trồng rừng.'), '2024-06-04');
	});
});

describe('extractDate: the words that unmake a day, in capitals too', () => {
	it('skips a day after a capitalised document, plan or lunar word', () => {
		assert.equal(
			dateOf('Tin huyện\nCông văn số 12/UBND ngày 2/3/2024 yêu cầu rà soát. Sáng 9/3/2024 huyện họp.'),
			'2024-03-09',
		);
		assert.equal(dateOf('Tin huyện\nSẽ khai mạc ngày 2/3/2024. Sáng 9/3/2024 huyện họp.'), '2024-03-09');
		assert.equal(dateOf('Tin huyện\nNhằm ngày 2/3 năm Giáp Thìn. Sáng 9/3/2024 huyện họp.'), '2024-03-09');
		assert.equal(dateOf('Tin huyện\nLễ hội mở ngày 2/3 ÂM LỊCH. Sáng 9/3/2024 huyện họp.'), '2024-03-09');
	});
});
