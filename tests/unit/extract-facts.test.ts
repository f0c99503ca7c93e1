import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src/lib/extract/extract-facts.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

const ROUND_UP = `Các đơn vị khối huyện giải ngân trên 20% kế hoạch vốn đầu tư công

(BĐ) - Đến ngày 10.4, các đơn vị khối huyện của tỉnh Bình Định đã giải ngân 842 tỷ đồng vốn đầu tư công.

Có 3 địa phương có tỷ lệ giải ngân vốn cao hơn bình quân, trong đó huyện Hoài Ân dẫn đầu với 41,38%, tiếp đến là huyện Phù Cát đạt 26,32%, TP Quy Nhơn 23,6%. Riêng huyện Tuy Phước mới chỉ giải ngân được 7,51% kế hoạch vốn năm 2025.`;

describe('extractFacts: a round-up ranking districts', () => {
	const facts = extractFacts(normalizeText(ROUND_UP)).facts;
	it('is about no single district, in the province it names', () => {
		assert.equal(facts.district, null);
		assert.equal(facts.province, 'Bình Định');
		assert.ok(facts.districts.includes('Quy Nhơn'));
	});
	it('gives each ranked figure the gazetteer name of its district', () => {
		assert.deepEqual(
			facts.indicators.filter((i) => i.district).map((i) => [i.district, i.planPercent]),
			[
				['Hoài Ân', 41.38],
				['Phù Cát', 26.32],
				['Quy Nhơn', 23.6],
				['Tuy Phước', 7.51],
			],
		);
	});
	it('leaves the group total without a district', () => {
		const total = facts.indicators.find((i) => i.value === 842);
		assert.equal(total?.district, undefined);
	});
});

describe('extractFacts: the district’s evidence', () => {
	it('is the sentence the district was read from, as written', () => {
		const text = normalizeText(
			'Lãnh đạo tỉnh thăm mô hình trồng quế\n\nSáng 12/3/2024, đoàn công tác của UBND tỉnh Yên Bái đã đến thăm các mô hình trồng quế tại huyện Văn Yên. Đoàn đi cùng cán bộ các sở.',
		);
		const found = extractFacts(text);
		assert.equal(found.facts.district, 'Văn Yên');
		assert.equal(
			found.evidence.district,
			'Sáng 12/3/2024, đoàn công tác của UBND tỉnh Yên Bái đã đến thăm các mô hình trồng quế tại huyện Văn Yên.',
		);
	});

	it('is null for a round-up of several districts', () => {
		const found = extractFacts(
			normalizeText(
				'Các huyện Văn Yên, Lục Yên và Trấn Yên báo cáo kết quả\n\nBa huyện Văn Yên, Lục Yên, Trấn Yên cùng báo cáo.',
			),
		);
		assert.equal(found.facts.district, null);
		assert.deepEqual(found.facts.districts, ['Văn Yên', 'Lục Yên', 'Trấn Yên']);
		assert.equal(found.evidence.district, null);
	});
});

describe('extractFacts: a working visit’s lead', () => {
	const roles = (text: string) =>
		extractFacts(normalizeText(text)).facts.officials.map((o) => `${o.name} | ${o.level} | ${o.role}`);
	it('is the visitor of the highest level when no mention says who leads', () => {
		assert.deepEqual(
			roles(
				'Lãnh đạo tỉnh kiểm tra tiến độ xây dựng trường học tại huyện Tủa Chùa\nChiều 5/8/2024, đồng chí Lò Văn Tiến, Phó Chủ tịch Thường trực UBND tỉnh Điện Biên đã kiểm tra tiến độ xây dựng các công trình trường học trên địa bàn huyện Tủa Chùa. Cùng đi có đồng chí Lò Văn Hùng, Giám đốc Sở Giáo dục và Đào tạo.',
			),
			['Lò Văn Tiến | province | lead', 'Lò Văn Hùng | province | participant'],
		);
	});
	it('is the one a mention names, else none in a meeting', () => {
		assert.deepEqual(
			roles(
				'Đoàn công tác làm việc với huyện Tủa Chùa\nNgày 5/8/2024, đoàn công tác của tỉnh Điện Biên do đồng chí Lò Văn Hùng, Giám đốc Sở Tài chính làm trưởng đoàn đã làm việc với huyện Tủa Chùa. Cùng dự có đồng chí Lò Văn Tiến, Phó Chủ tịch UBND tỉnh.',
			),
			['Lò Văn Hùng | province | lead', 'Lò Văn Tiến | province | participant'],
		);
		assert.deepEqual(
			roles(
				'Huyện ủy Tủa Chùa họp\nNgày 5/8/2024, Ban Chấp hành Đảng bộ huyện Tủa Chùa, tỉnh Điện Biên tổ chức hội nghị. Dự hội nghị có đồng chí Lò Văn Tiến, Phó Chủ tịch UBND tỉnh.',
			).map((r) => r.split(' | ')[2]),
			['participant'],
		);
	});
});
