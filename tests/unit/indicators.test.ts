import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { extractIndicators } from '../../src/lib/extract/indicators/extract-indicators.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import type { Indicator } from '../../src/schemas/briefing.ts';
import { INDICATOR_KEYS, IndicatorSchema } from '../../src/schemas/briefing.ts';
import { expectedSeeds, seedText } from '../support/seeds.ts';

type Fact = [key: string, field: string, value: number, unit?: string];

const FIELDS = ['value', 'planPercent', 'yoyPercent', 'change', 'of'] as const;

function indicatorsOf(file: string): Indicator[] {
	return extractIndicators(readDocument(normalizeText(seedText(file))));
}

// The facts an indicator states, as the extraction scorer reads them.
function factsOf(indicators: readonly Indicator[]): [string, string, number, string | undefined][] {
	const out: [string, string, number, string | undefined][] = [];
	for (const i of indicators) {
		for (const field of FIELDS) {
			const v = i[field];
			if (v === undefined) continue;
			const unit = field === 'value' ? i.unit : field === 'change' ? i.changeUnit : undefined;
			out.push([i.key, field, v, unit]);
		}
	}
	return out;
}

// The scorer's rules: numbers within 0.5%, units compared only when both are given, an expected
// "other" fact matched by any key.
function norm(s: string): string {
	return s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}
function close(a: number, b: number): boolean {
	return Math.abs(a - b) <= Math.max(0.01, 0.005 * Math.abs(b));
}
function matches(exp: Fact, got: [string, string, number, string | undefined]): boolean {
	const [key, field, value, unit] = exp;
	if (field !== got[1] || !close(got[2], value)) return false;
	if (key !== 'other' && key !== got[0]) return false;
	return unit === undefined || got[3] === undefined || norm(unit) === norm(got[3]);
}

interface Score {
	missing: Fact[];
	extra: [string, string, number, string | undefined][];
	tp: number;
}

function score(expected: Fact[], indicators: readonly Indicator[]): Score {
	const got = factsOf(indicators);
	const used = new Set<number>();
	const missing: Fact[] = [];
	for (const e of expected) {
		const hit = got.findIndex((g, i) => !used.has(i) && matches(e, g));
		if (hit < 0) missing.push(e);
		else used.add(hit);
	}
	const keys = new Set(expected.map((e) => e[0]).filter((k) => k !== 'other'));
	const extra = got.filter((g, i) => !used.has(i) && keys.has(g[0]));
	return { missing, extra, tp: used.size };
}

describe('extractIndicators on the five seeds', () => {
	for (const seed of expectedSeeds) {
		const expected = seed.facts as Fact[];
		it(`${seed.file}: every expected fact and no other fact of an expected key`, () => {
			const s = score(expected, indicatorsOf(seed.file));
			assert.deepEqual(s.missing, [], 'facts missing');
			assert.deepEqual(s.extra, [], 'facts not expected');
		});
		it(`${seed.file}: every indicator passes the schema`, () => {
			for (const i of indicatorsOf(seed.file)) {
				assert.ok(IndicatorSchema.safeParse(i).success, JSON.stringify(i));
				assert.ok(INDICATOR_KEYS.includes(i.key));
				assert.ok(i.sentence !== undefined && i.sentence.length > 0);
			}
		});
	}

	it('scores indicator-fact F1 of at least 90% over the seeds (the acceptance bar)', () => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		for (const seed of expectedSeeds) {
			const s = score(seed.facts as Fact[], indicatorsOf(seed.file));
			tp += s.tp;
			fp += s.extra.length;
			fn += s.missing.length;
		}
		const p = tp / (tp + fp);
		const r = tp / (tp + fn);
		assert.ok((2 * p * r) / (p + r) >= 0.9, `P ${p} R ${r}`);
	});
});

// The details of the seeds that the facts alone do not pin down.
function find(file: string, pred: (i: Indicator) => boolean): Indicator[] {
	return indicatorsOf(file).filter(pred);
}

describe('seed 000 (Nậm Pồ)', () => {
	const file = '000_bcc1ecf503c2fdd8.txt';
	it('reads production value with its hedge and plan basis', () => {
		const [i] = find(file, (x) => x.key === 'production-value');
		assert.equal(i?.qualifier, 'gần');
		assert.equal(i?.planBasis, 'kế hoạch');
		assert.equal(i?.label, 'tổng giá trị sản xuất theo giá thực tế');
	});
	it('reads budget revenue as % of the estimate handed down', () => {
		const [i] = find(file, (x) => x.key === 'budget-revenue');
		assert.equal(i?.planBasis, 'dự toán giao');
		assert.equal(i?.value, undefined);
	});
	it('gives the projects their count and their funding as two objects', () => {
		const got = find(file, (x) => x.key === 'investment-projects').map((x) => [x.value, x.unit, x.label]);
		assert.deepEqual(got, [
			[100, 'dự án', 'triển khai dự án'],
			[240, 'tỷ đồng', 'tổng kinh phí thực hiện'],
		]);
	});
	it('does not report the forecast "sẽ … đạt 98% kế hoạch"', () => {
		assert.equal(
			indicatorsOf(file).some((x) => x.planPercent === 98),
			false,
		);
	});
	it('does not make the cinnamon planting afforestation', () => {
		assert.deepEqual(
			find(file, (x) => x.key === 'afforestation'),
			[],
		);
	});
});

describe('seed 001 (Mường Tè)', () => {
	const file = '001_0933ba923308f277.txt';
	it('gives afforestation no change or plan from "vượt 27,3 ha"', () => {
		const [i] = find(file, (x) => x.key === 'afforestation');
		assert.equal(i?.value, 527.3);
		assert.equal(i?.change, undefined);
		assert.equal(i?.planPercent, undefined);
	});
	it('gives standard schools no plan from "vượt 2,6% kế hoạch"', () => {
		const [i] = find(file, (x) => x.key === 'standard-schools');
		assert.equal(i?.planPercent, undefined);
		assert.equal(i?.change, undefined);
	});
	it('counts the caption repeating the new-rural figures once, from the body', () => {
		const communes = find(file, (x) => x.key === 'new-rural-communes');
		const criteria = find(file, (x) => x.key === 'new-rural-criteria');
		assert.equal(communes.length, 1);
		assert.equal(criteria.length, 1);
		assert.match(communes[0]?.sentence ?? '', /^Về nông thôn mới/);
	});
});

describe('seed 002 (Điện Biên Đông)', () => {
	const file = '002_849f52437cbddd86.txt';
	it('makes no count of targets from "các chỉ tiêu … cơ bản đạt trên 75%"', () => {
		assert.deepEqual(
			find(file, (x) => x.key === 'targets-met').map((x) => [x.value, x.of]),
			[[22, 43]],
		);
		assert.equal(
			indicatorsOf(file).some((x) => x.planPercent === 75 || x.value === 75),
			false,
		);
	});
	it('reports nothing for "giảm được 1 chi bộ … (đạt 20%)", a change with no total', () => {
		assert.equal(
			indicatorsOf(file).some((x) => x.planPercent === 20 || x.value === 1),
			false,
		);
	});
	it('reads the disbursement of the target programmes with its hedge', () => {
		const [i] = find(file, (x) => x.key === 'target-programs-disbursement');
		assert.equal(i?.qualifier, 'dưới');
		assert.equal(i?.planBasis, 'kế hoạch vốn giao');
	});
});

describe('seed 003 (Than Uyên)', () => {
	const file = '003_f018ff381c9f0c6a.txt';
	it('reports the tea harvest as "other" with its own label and change', () => {
		const [i] = find(file, (x) => x.key === 'other');
		assert.equal(i?.label, 'sản lượng chè búp tươi');
		assert.equal(i?.change, 1200);
		assert.equal(i?.changeUnit, 'tấn');
	});
	it('reports only the two figures (no "năm thứ 2", "thứ nhất trong 8 huyện", "năm 2022")', () => {
		assert.equal(indicatorsOf(file).length, 2);
	});
});

describe('seed 004 (Như Xuân)', () => {
	const file = '004_9da10d9c084d8620.txt';
	it('splits two plan comparisons of budget revenue by their basis', () => {
		const got = find(file, (x) => x.key === 'budget-revenue').map((x) => [
			x.value,
			x.planPercent,
			x.planBasis,
			x.yoyPercent,
		]);
		assert.deepEqual(got, [
			[1401.351, 188, 'dự toán tỉnh giao', undefined],
			[undefined, 182, 'dự toán huyện giao', 193],
		]);
	});
	it('reads forest cover as a rate with a plan', () => {
		const [i] = find(file, (x) => x.key === 'forest-cover');
		assert.deepEqual([i?.value, i?.unit, i?.planPercent], [70, '%', 100]);
	});
	it('reports land accumulation, which has no indicator phrase, as "other" in its own words', () => {
		const [i] = find(file, (x) => x.value === 295);
		assert.deepEqual([i?.key, i?.label, i?.unit, i?.planPercent], ['other', 'diện tích tích tụ đất đai', 'ha', 148]);
	});
	it('reads the afforestation figure placed between verb and noun', () => {
		const [i] = find(file, (x) => x.key === 'afforestation');
		assert.equal(i?.label, 'trồng rừng sản xuất');
	});
	it('reports one object per figure group and nothing else', () => {
		assert.deepEqual(
			indicatorsOf(file).map((x) => x.key),
			[
				'targets-met',
				'budget-revenue',
				'budget-revenue',
				'public-investment-disbursement',
				'sown-area',
				'food-output',
				'other',
				'afforestation',
				'forest-cover',
				'party-admissions',
				'public-investment-disbursement',
			],
		);
	});
});
