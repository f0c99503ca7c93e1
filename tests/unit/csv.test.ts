import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import {
	briefingsCsv,
	briefingsCsvChunks,
	csvField,
	INDICATOR_COLUMNS,
	indicatorRows,
	indicatorsCsv,
	plainDecimal,
} from '../../src/lib/site/outputs/indicators-csv.ts';
import { csvObjects, parseCsv } from '../support/csv.ts';
import { item } from '../support/entries.ts';

const url = (path: string) => `https://example.org${path}`;

describe('plainDecimal', () => {
	it('writes numbers with a dot, no grouping, no exponent', () => {
		assert.equal(plainDecimal(1401.351), '1401.351');
		assert.equal(plainDecimal(-1200), '-1200');
		assert.equal(plainDecimal(0.5), '0.5');
		assert.equal(plainDecimal(-0), '0');
		assert.equal(plainDecimal(1e21), '1000000000000000000000');
		assert.equal(plainDecimal(1.5e-7), '0.00000015');
		assert.throws(() => plainDecimal(Number.NaN), RangeError);
	});
});

describe('csvField', () => {
	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		assert.equal(csvField('thu ngân sách'), 'thu ngân sách');
		assert.equal(csvField('a, b'), '"a, b"');
		assert.equal(csvField('câu "trích"'), '"câu ""trích"""');
		assert.equal(csvField('hai\ndòng'), '"hai\ndòng"');
	});
	it('defuses spreadsheet formulas in text but not in numbers', () => {
		assert.equal(csvField('=HYPERLINK("http://evil")'), '"\'=HYPERLINK(""http://evil"")"');
		assert.equal(csvField('+1'), "'+1");
		assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
		assert.equal(csvField('-1200', true), '-1200');
	});
});

describe('indicators.csv', () => {
	const site = buildSite([
		item('nx', {
			province: 'Thanh Hóa',
			district: 'Như Xuân',
			date: '2024-10-08',
			indicators: [
				{
					key: 'budget-revenue',
					label: 'thu ngân sách',
					value: 1401.351,
					unit: 'tỷ đồng',
					qualifier: 'ước',
					hedges: { value: 'ước', yoyPercent: 'gần' },
					planPercent: 188,
					planBasis: 'dự toán tỉnh giao',
					yoyPercent: 193,
				},
				{
					key: 'targets-met',
					label: 'chỉ tiêu',
					value: 16,
					of: 33,
					unit: 'chỉ tiêu',
					planPercent: 70,
					hedges: { planPercent: 'từ … trở lên' },
					target: true,
				},
				{ key: 'food-output', label: 'lương thực, "có hạt"', change: -1200, changeUnit: 'tấn' },
			],
		}),
		item('undated', { date: null, indicators: [{ key: 'other', label: '=cmd', value: 3 }] }),
	]);
	const rows = indicatorRows(site.briefings, url);
	const csv = indicatorsCsv(rows);

	it('has one row per briefing, indicator and measure, with the unit of each measure', () => {
		assert.deepEqual(
			rows.map((r) => [r.briefing_id, r.key, r.field, r.value, r.unit, r.qualifier, r.hedge, r.target]),
			[
				['nx', 'budget-revenue', 'value', '1401.351', 'tỷ đồng', 'ước', 'ước', ''],
				['nx', 'budget-revenue', 'planPercent', '188', '%', 'dự toán tỉnh giao', '', ''],
				['nx', 'budget-revenue', 'yoyPercent', '193', '%', '', 'gần', ''],
				['nx', 'targets-met', 'value', '16', 'chỉ tiêu', '', '', ''],
				['nx', 'targets-met', 'planPercent', '70', '%', '', 'từ … trở lên', 'true'],
				['nx', 'targets-met', 'of', '33', 'chỉ tiêu', '', '', ''],
				['nx', 'food-output', 'change', '-1200', 'tấn', '', '', ''],
				['undated', 'other', 'value', '3', '', '', '', ''],
			],
		);
		assert.deepEqual(rows[0], {
			date: '2024-10-08',
			province: 'Thanh Hóa',
			district: 'Như Xuân',
			key: 'budget-revenue',
			label: 'thu ngân sách',
			field: 'value',
			value: '1401.351',
			unit: 'tỷ đồng',
			qualifier: 'ước',
			briefing_id: 'nx',
			briefing_url: 'https://example.org/bai-viet/nx/',
			hedge: 'ước',
			target: '',
		});
		assert.equal(rows.at(-1)?.date, '');
	});

	it('starts with a BOM and the header, ends lines with CRLF', () => {
		assert.ok(csv.startsWith(`\uFEFF${INDICATOR_COLUMNS.map((c) => c.name).join(',')}\r\n`));
		assert.ok(csv.endsWith('\r\n'));
		assert.equal(csv.split('\r\n').length, rows.length + 2);
		assert.doesNotMatch(csv.replace(/\r\n/g, ''), /[\r\n]/);
	});

	it("is the same file when put together from each briefing's lines (briefingsCsv), in any selection", () => {
		assert.equal(briefingsCsv(site.briefings, url), csv);
		assert.equal(briefingsCsv(site.briefings, url), csv, 'from the lines made the first time');
		const reversed = [...site.briefings].reverse();
		assert.equal(briefingsCsv(reversed, url), indicatorsCsv(indicatorRows(reversed, url)));
		assert.equal(briefingsCsv([], url), indicatorsCsv([]));
		const other = (path: string) => `https://other.example${path}`;
		assert.equal(briefingsCsv(site.briefings, other), indicatorsCsv(indicatorRows(site.briefings, other)));
	});

	it('is the same file in pieces (briefingsCsvChunks), one per briefing with figures after the header', () => {
		for (const list of [site.briefings, [...site.briefings].reverse(), []]) {
			const pieces = [...briefingsCsvChunks(list, url)];
			assert.equal(pieces.join(''), indicatorsCsv(indicatorRows(list, url)));
			assert.equal(pieces.length, 1 + list.filter((b) => b.entry.indicators.length > 0).length);
		}
	});

	it('reads back as the same rows', () => {
		const back = csvObjects(csv);
		assert.equal(back.length, rows.length);
		assert.equal(back[6]?.label, 'lương thực, "có hạt"');
		assert.equal(back.at(-1)?.label, "'=cmd");
		assert.deepEqual(back.slice(0, 5), rows.slice(0, 5));
	});

	it('the test reader refuses malformed CSV', () => {
		assert.throws(() => parseCsv('a,"b\n'), /unclosed/);
		assert.throws(() => parseCsv('a,b"c"\n'), /quote inside/);
		assert.throws(() => csvObjects('a,b\r\n1\r\n'), /1 fields under 2 columns/);
	});
});
