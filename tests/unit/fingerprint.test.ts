/**
 * An article's fingerprint (src/lib/article/fingerprint.ts) finds copies of one article that
 * differ in case and line breaks. Its digits are pinned: a change to how it is computed must not
 * change a single one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint } from '../../src/lib/article/fingerprint.ts';

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
