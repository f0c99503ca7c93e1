/**
 * An article's fingerprint (src/lib/article/fingerprint.ts) finds copies of one article that
 * differ in case and line breaks. Its digits are pinned: a change to how it is computed must not
 * change a single one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint } from '../../src/lib/article/fingerprint.ts';
import { seededRandom, textOfPieces } from '../support/seeded-random.ts';

describe('fingerprint', () => {
	it('gives the digits it always gave', () => {
		const pinned: [string, string][] = [
			['', '811c9dc501000193'],
			['\n', '250c8f7f9aafea2f'],
			['Huyện Mường Nhé', 'c7b0de7e91707384'],
			['HUYỆN MƯỜNG NHÉ\n\n\nhọp bàn.\nNgày 3/5.', 'd3f59d6ae151c7d8'],
			['a\nb', '10a3f9f2279171ff'],
			['Ủy ban\n', 'fc8dba846ab2a944'],
		];
		for (const [text, digits] of pinned) assert.equal(fingerprint(text), digits, JSON.stringify(text));
	});

	it('reads case and each run of line breaks as nothing but one space', () => {
		assert.equal(fingerprint('Họp bàn\n\n\nngân sách'), fingerprint('HỌP BÀN ngân sách'));
		assert.equal(fingerprint('\n\n\n'), fingerprint('\n'));
		assert.notEqual(fingerprint('Họp bàn ngân sách'), fingerprint('Họp bàn  ngân sách'));
		assert.notEqual(fingerprint('Họp bàn'), fingerprint('Họp bán'));
	});
});

/** The fingerprint as it was first written: the text lowered whole, each run of line feeds one space. */
function reference(text: string): string {
	const lower = text.toLowerCase().replace(/\n\n+/g, '\n');
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let i = 0; i < lower.length; i++) {
		const c = lower.charCodeAt(i);
		const d = c === 10 ? 32 : c;
		a = Math.imul(a ^ d, 0x01000193);
		b = Math.imul(b ^ d, 0x5bd1e995) ^ (b >>> 15);
	}
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

describe('fingerprint against the text lowered whole', () => {
	// What lowers one character at a time and what does not: Vietnamese in both cases, "İ" (two
	// when lowered), "Σ" (by its neighbours), a surrogate pair that lowers ("𐐀"), characters past
	// the table that lower ("Ⅻ", "Ａ", "Ω") or do not ("→", "“"), NUL, and line breaks of each kind.
	const PIECES = [
		...'ĐđÂẬẦƯỜỮÝỲỴ aAzZ09.,;'.split(''),
		'Huyện',
		'NẬM PỒ',
		'İ',
		'Σ',
		'ΟΔΟΣ ',
		'𐐀',
		'🙂',
		'Ⅻ',
		'Ａ',
		'Ω',
		'→',
		'“',
		'\u0000',
		'\n',
		'\n\n\n',
		'\r\n',
		' \n ',
		'\u2028',
	];

	it('gives the same digits on seeded random texts', () => {
		const random = seededRandom(7);
		for (let k = 0; k < 2000; k++) {
			const text = textOfPieces(random, PIECES, 30);
			assert.equal(fingerprint(text), reference(text), JSON.stringify(text));
		}
	});

	it('gives the same digits for every code unit of the basic plane, alone and among capitals', () => {
		for (let c = 0; c < 0x10000; c++) {
			const ch = String.fromCharCode(c);
			for (const text of [ch, `AB${ch}\n\nC`]) assert.equal(fingerprint(text), reference(text), c.toString(16));
		}
	});
});
