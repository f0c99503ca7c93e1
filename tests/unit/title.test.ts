import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractFacts } from '../../src/lib/extract/extract-facts.ts';
import { headlineOf, titleFromLede } from '../../src/lib/extract/title.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const doc = (text: string) => readDocument(normalizeText(text));

describe('headlineOf: a headline an aggregator cut', () => {
	it('keeps the words of a cut headline, without the cut mark', () => {
		const d = doc(
			'Huyện Mường Nhé tăng cường tuần tra bảo vệ các xã biên ...\n\nSáng 2/5, huyện Mường Nhé ra quân tuần tra ...\n\nSáng 2/5, huyện Mường Nhé ra quân tuần tra biên giới.',
		);
		assert.equal(headlineOf(d), 'Huyện Mường Nhé tăng cường tuần tra bảo vệ các xã biên');
		assert.equal(
			headlineOf(doc('Thị xã Kỳ Anh đón bằng đô thị loại III…\n\nNgày 9/9, thị xã đón bằng công nhận.')),
			'Thị xã Kỳ Anh đón bằng đô thị loại III',
		);
	});
	it('drops the outlet name the aggregator appended and cut', () => {
		assert.equal(
			headlineOf(doc('Huyện Ea Súp ra quân làm đường giao thông - Báo Đắk ...\n\nNgày 3/3, huyện Ea Súp ra quân.')),
			'Huyện Ea Súp ra quân làm đường giao thông',
		);
		assert.equal(
			headlineOf(doc('Bắc Yên: trồng mới 200 ha mắc ca | baosonla.vn ...\n\nNgày 3/3, huyện trồng mắc ca.')),
			'Bắc Yên: trồng mới 200 ha mắc ca',
		);
		// A dash that is part of the headline stays.
		assert.equal(
			headlineOf(doc('Hội thi dân vận khéo huyện Yên Thế - mùa thứ hai ...\n\nNgày 3/3, huyện tổ chức hội thi.')),
			'Hội thi dân vận khéo huyện Yên Thế - mùa thứ hai',
		);
	});
	it('does not take a cut lede for a headline', () => {
		assert.equal(
			headlineOf(doc('Sáng 4/5, đoàn đại biểu tiếp xúc cử tri tại phường ...\n\nChiều cùng ngày, đoàn tiếp tục.')),
			null,
		);
		assert.equal(
			headlineOf(doc('Trong thời gian qua. Huyện đã làm được nhiều việc ...\n\nTiếp theo là kết quả.')),
			null,
		);
	});
	it('never replaces a cut headline by a made one', () => {
		const facts = extractFacts(
			normalizeText(
				'Huyện Phù Yên tổ chức lễ khai giảng năm học mới cho các ...\n\nSáng 5/9, huyện Phù Yên, tỉnh Sơn La tổ chức lễ khai giảng năm học 2024 - 2025.',
			),
		);
		assert.equal(facts.facts.title, 'Huyện Phù Yên tổ chức lễ khai giảng năm học mới cho các');
		assert.equal(facts.hasHeadline, true);
	});
});

describe('a made title says what happened', () => {
	it('tells who did what where from the lede, without its outlet marker and time', () => {
		const d = doc(
			'(TTV) - Sáng 12/3, Hội Nông dân huyện Văn Chấn tổ chức hội thi nhà nông giỏi tại xã Sơn Thịnh. Có 60 hội viên dự thi.',
		);
		assert.equal(titleFromLede(d), 'Hội Nông dân huyện Văn Chấn tổ chức hội thi nhà nông giỏi tại xã Sơn Thịnh');
		const facts = extractFacts(normalizeText(d.text));
		assert.equal(facts.hasHeadline, false);
		assert.equal(facts.facts.title, 'Hội Nông dân huyện Văn Chấn tổ chức hội thi nhà nông giỏi tại xã Sơn Thịnh');
	});
	it('cuts a long lede at a clause', () => {
		const t = titleFromLede(
			doc(
				'Ngày 20-4, Ban Chỉ huy Quân sự huyện Mộc Châu phối hợp với Đoàn Thanh niên tổ chức ra quân dọn vệ sinh môi trường tại các bản vùng cao, nhằm hưởng ứng Tháng hành động vì môi trường năm 2024 trên toàn tỉnh Sơn La.',
			),
		);
		assert.equal(
			t,
			'Ban Chỉ huy Quân sự huyện Mộc Châu phối hợp với Đoàn Thanh niên tổ chức ra quân dọn vệ sinh môi trường tại các bản vùng cao',
		);
		const spaced = titleFromLede(
			doc(
				'Chiều qua hội viên phụ nữ các thôn bản trong toàn huyện đã cùng nhau dọn dẹp đường làng ngõ xóm sạch đẹp đón Tết và trồng thêm nhiều cây xanh mới dọc các tuyến đường liên thôn.',
			),
		);
		assert.ok(spaced !== null && spaced.length <= 110 && !spaced.endsWith(' '));
	});
	it('is null when the lede says too little', () => {
		assert.equal(titleFromLede(doc('Sáng 3/3, huyện họp.')), null);
		assert.equal(titleFromLede(doc('')), null);
	});
	it('keeps the made working-visit title', () => {
		const facts = extractFacts(
			normalizeText('Ngày 19/11/2024, Phó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ, tỉnh Điện Biên.'),
		);
		assert.equal(facts.facts.kind, 'working-visit');
		assert.match(facts.facts.title, /làm việc với huyện Nậm Pồ$/);
	});
});

describe('headlineOf: a site’s breadcrumb trail before the headline', () => {
	it('drops the trail glued to the headline, whatever the separator', () => {
		for (const trail of [
			'Trang chủ / Thời sự / ',
			'Trang chủ > Kinh tế > Nông nghiệp > ',
			'Home » Tin tức › ',
			'Trang nhất | ',
		]) {
			const d = doc(`${trail}Huyện Bảo Yên ra quân trồng rừng\n\nSáng 5/2, huyện Bảo Yên tổ chức lễ ra quân.`);
			assert.equal(headlineOf(d), 'Huyện Bảo Yên ra quân trồng rừng', trail);
		}
	});
	it('takes a menu line alone for furniture, and the headline under it', () => {
		const d = doc(
			'Trang chủ > Tin tức\nHuyện Bảo Yên ra quân trồng rừng\n\nSáng 5/2, huyện Bảo Yên tổ chức lễ ra quân.',
		);
		assert.equal(d.blocks[0]?.type, 'furniture');
		assert.equal(headlineOf(d), 'Huyện Bảo Yên ra quân trồng rừng');
	});
	it('leaves a headline that only mentions a home page alone', () => {
		assert.equal(
			headlineOf(doc('Trang chủ mới của huyện Bảo Yên ra mắt bạn đọc\n\nSáng 5/2, huyện ra mắt trang tin.')),
			'Trang chủ mới của huyện Bảo Yên ra mắt bạn đọc',
		);
	});
});
