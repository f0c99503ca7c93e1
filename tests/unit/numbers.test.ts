import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEnglishDecimal, parseVietnameseNumber, scaleFactor, scanNumbers } from '../../src/lib/text/numbers.ts';

describe('parseVietnameseNumber', () => {
	const cases: [string, number][] = [
		// A dot followed by exactly three digits groups thousands; a comma is the decimal mark.
		['1.401,351', 1401.351],
		['1.630', 1630],
		['12.100,1', 12100.1],
		['113,2', 113.2],
		['24.000', 24000],
		['28.300', 28300],
		['195,064', 195.064],
		['842,238', 842.238],
		['1.000.000', 1_000_000],
		['10.000.000,25', 10_000_000.25],
		['1.200', 1200],
		['0,5', 0.5],
		['00,5', 0.5],
		['56,4', 56.4],
		['13,69', 13.69],
		['100', 100],
		['0', 0],
		['007', 7],
		['2024', 2024],
		['48,7', 48.7],
		// A lone comma group is a decimal, as Vietnamese writes it, even with three digits after it.
		['1,600', 1.6],
		['1,6', 1.6],
		// English-style decimals: a dot and one or two digits.
		['1.5', 1.5],
		['10.25', 10.25],
		['0.5', 0.5],
		// English thousands only when unambiguous.
		['1,200,000', 1_200_000],
		// Signs and surrounding space.
		['-3,2', -3.2],
		['−1.200', -1200],
		['+5', 5],
		['  113,2 ', 113.2],
	];
	for (const [raw, value] of cases) it(`"${raw}" → ${value}`, () => assert.equal(parseVietnameseNumber(raw), value));

	const invalid = [
		'',
		' ',
		'-',
		'abc',
		'1.63.000',
		'12.10.2024',
		'1.2345',
		',5',
		'5,',
		'1.',
		'.5',
		'1,2,3',
		'1 630',
		'1.630,',
		'12/10',
		'1e5',
		'½',
	];
	for (const raw of invalid) it(`"${raw}" is no number`, () => assert.equal(parseVietnameseNumber(raw), null));

	it('keeps full precision of long decimals', () => assert.equal(parseVietnameseNumber('0,123456'), 0.123456));
	it('does not read a date written with dots as a number', () =>
		assert.equal(parseVietnameseNumber('31.12.2024'), null));
});

describe('isEnglishDecimal', () => {
	it('flags a dot with one or two digits', () => {
		assert.equal(isEnglishDecimal('1.5'), true);
		assert.equal(isEnglishDecimal('10.4'), true);
		assert.equal(isEnglishDecimal('22.45'), true);
	});
	it('does not flag thousands groups or Vietnamese decimals', () => {
		assert.equal(isEnglishDecimal('1.630'), false);
		assert.equal(isEnglishDecimal('113,2'), false);
		assert.equal(isEnglishDecimal('12'), false);
	});
});

describe('scanNumbers', () => {
	it('finds each number with its offsets and value', () => {
		const text = 'ước đạt 1.401,351 tỷ đồng, đạt 188% dự toán';
		const got = scanNumbers(text).map((n) => [n.raw, n.value, text.slice(n.start, n.end)]);
		assert.deepEqual(got, [
			['1.401,351', 1401.351, '1.401,351'],
			['188', 188, '188'],
		]);
	});
	it('leaves out a closing full stop or comma', () => {
		assert.deepEqual(
			scanNumbers('năm 2024. Đạt 240, tăng 5').map((n) => n.raw),
			['2024', '240', '5'],
		);
	});
	it('reads a glued unit apart from the number', () => {
		const [n] = scanNumbers('12.100,1ha');
		assert.equal(n?.value, 12100.1);
		assert.equal(n?.end, 8);
	});
	it('splits a ratio and a date at the slash', () => {
		assert.deepEqual(
			scanNumbers('16/33 chỉ tiêu, ngày 31/12/2024').map((n) => n.value),
			[16, 33, 31, 12, 2024],
		);
	});
	it('gives null for shapes that are no number', () => {
		const [n] = scanNumbers('tháng 12.2025');
		assert.equal(n?.raw, '12.2025');
		assert.equal(n?.value, null);
	});
	it('flags English-style decimals', () => {
		const [a, b] = scanNumbers('ngày 10.4, đạt 1.630');
		assert.equal(a?.english, true);
		assert.equal(b?.english, false);
	});
	it('flags numbers glued to a letter', () => {
		assert.deepEqual(
			scanNumbers('nhà ga T3, 120/2020/QH14, 500 m2, tháng7').map((n) => [n.raw, n.afterLetter]),
			[
				['3', true],
				['120', false],
				['2020', false],
				['14', true],
				['500', false],
				['2', true],
				['7', true],
			],
		);
	});
	it('gives nothing for a text without digits', () => assert.deepEqual(scanNumbers('không có số nào'), []));
	it('works again after a call (no regex state leaks)', () => {
		scanNumbers('1 2 3');
		assert.equal(scanNumbers('7')[0]?.value, 7);
	});
});

describe('scaleFactor', () => {
	const cases: [string, number][] = [
		['nghìn', 1e3],
		['ngàn', 1e3],
		['triệu', 1e6],
		['tỷ', 1e9],
		['tỉ', 1e9],
		['nghìn tỷ', 1e12],
		['Ngàn  tỷ', 1e12],
	];
	for (const [word, factor] of cases) it(`${word} → ${factor}`, () => assert.equal(scaleFactor(word), factor));
	it('is null for a unit', () => {
		assert.equal(scaleFactor('đồng'), null);
		assert.equal(scaleFactor('tấn'), null);
	});
});
