/**
 * A sentence's lower case (`Sentence.lower`) is cut from the whole document's when that gives the
 * same: it must be the sentence's own `toLowerCase()` for every text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/lib/extract/document.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { expectedSeeds, seedText } from '../support/seeds.ts';

function assertOwnLower(text: string): void {
	const doc = readDocument(normalizeText(text));
	assert.ok(doc.sentences.length > 0, text);
	for (const s of doc.sentences) assert.equal(s.lower, s.canon.toLowerCase(), s.canon);
}

describe('a sentence’s lower case', () => {
	it('is its own on the sample articles', () => {
		for (const seed of expectedSeeds) assertOwnLower(seedText(seed.file));
	});

	it('is its own where lowering the whole text would differ: a final sigma, "İ", a pair of surrogates', () => {
		const lede = 'Huyện Mường Nhé họp bàn. UBND HUYỆN ĐIỆN BIÊN ĐÔNG BÁO CÁO.';
		for (const odd of ['ΟΔΟΣ', 'Σ', 'ΣΑ. Σ', 'İstanbul', '𐐀𐐁 Đ', '😀 Hòa']) {
			assertOwnLower(`${lede}\n${odd} ${lede}\n${lede} ${odd}`);
			assertOwnLower(`${odd}. ${lede}`);
		}
	});
});
