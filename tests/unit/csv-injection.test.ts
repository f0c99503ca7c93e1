/**
 * indicators.csv runs no formula in a spreadsheet, whatever separator the spreadsheet is set to
 * read (",", ";" or tab) and whatever an article's labels hold (OWASP "CSV Injection").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	csvField,
	INDICATOR_COLUMNS,
	type IndicatorRow,
	indicatorsCsv,
} from '../../src/lib/site/outputs/indicators-csv.ts';
import { parseCsv } from '../support/csv.ts';

const HOSTILE = [
	"=cmd|' /C calc'!A0",
	'x;=1+1',
	'x; =HYPERLINK("http://evil.example")',
	' =1+1',
	'\t=1',
	'a\t@SUM(A1)',
	'+1',
	'-1',
	'@x',
	'\r=1',
	'＝1+1',
	'thu ngân sách; +5%',
	'a,b;-c',
	'"q";=2',
];

/** The cells a spreadsheet set to separator `sep` reads from one line: a quote only opens a field at its start. */
function cellsAs(line: string, sep: string): string[] {
	const cells: string[] = [];
	let i = 0;
	while (i <= line.length) {
		let cell = '';
		if (line[i] === '"') {
			i++;
			while (i < line.length) {
				if (line[i] === '"' && line[i + 1] === '"') {
					cell += '"';
					i += 2;
				} else if (line[i] === '"') {
					i++;
					break;
				} else cell += line[i++];
			}
		}
		while (i < line.length && line[i] !== sep) cell += line[i++];
		cells.push(cell);
		i++;
	}
	return cells;
}

const FORMULA = /^[ \t]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

function row(label: string): IndicatorRow {
	const r = Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c.name, ''])) as Record<string, string>;
	return {
		...r,
		date: '2024-11-19',
		province: 'Điện Biên',
		key: 'other',
		label,
		field: 'value',
		value: '-5',
		unit: label,
		qualifier: label,
	} as IndicatorRow;
}

describe('CSV injection', () => {
	const csv = indicatorsCsv(HOSTILE.map(row));
	const lines = csv.slice(1).split('\r\n').slice(1, -1);

	for (const sep of [',', ';', '\t']) {
		it(`starts no formula in a spreadsheet reading "${sep === '\t' ? 'tab' : sep}" as separator`, () => {
			for (const line of lines) {
				for (const cell of cellsAs(line, sep)) {
					if (NUMBER.test(cell)) continue;
					assert.doesNotMatch(cell, FORMULA, `${JSON.stringify(line)} → ${JSON.stringify(cell)}`);
				}
			}
		});
	}

	it('quotes every field that holds a separator of any locale', () => {
		for (const s of ['a;b', 'a,b', 'a\tb', 'a\nb', 'a"b']) assert.ok(csvField(s).startsWith('"'), s);
	});

	it('keeps the text readable: one apostrophe where a cell would start', () => {
		assert.equal(csvField('x;=1+1'), '"x;\'=1+1"');
		assert.equal(csvField(' =1'), "' =1");
		assert.equal(csvField('thu ngân sách; tăng 5%'), '"thu ngân sách; tăng 5%"');
		assert.equal(csvField('-5', true), '-5');
	});

	it('is still RFC 4180, and reads back to the neutralised text', () => {
		const back = parseCsv(csv);
		assert.equal(back.length, HOSTILE.length + 1);
		assert.equal(back[2]?.[4], "x;'=1+1");
	});
});
