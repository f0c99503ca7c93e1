/**
 * `normalizeText` takes NFC alone for a text its passes would not change: it must give what the
 * passes give (`normalizeByPasses`) for every text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeByPasses, normalizeText } from '../../src/lib/text/normalize.ts';
import { expectedSeeds, seedText } from '../support/seeds.ts';

// A character in the places where cleaning acts: alone, inside a line, at either end of a line
// or of the text, beside a space, before or after a combining mark.
const CONTEXTS = ['X', 'a X b', 'X\nb', 'a\nX', ' X', 'X ', 'aX\u0301', 'Xe\u0301', 'X X', 'a\n\nX'];

/** A small seeded generator, so that a failure can be run again. */
function random(seed: number): () => number {
	let s = seed;
	return () => {
		s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
		return s / 0x80000000;
	};
}

describe('normalizeText', () => {
	it('gives what its passes give with every character of the BMP in every place', () => {
		for (let c = 0; c < 0x10000; c++) {
			const ch = String.fromCharCode(c);
			for (const context of CONTEXTS) {
				const s = context.replaceAll('X', ch);
				assert.equal(normalizeText(s), normalizeByPasses(s), `U+${c.toString(16)} in ${JSON.stringify(context)}`);
			}
		}
	});

	it('gives what its passes give on texts mixing letters, spaces, line ends and odd characters', () => {
		const alphabet = [
			...'aăâđeêoôơuưy ĐÐð\n\n  .,',
			'\r',
			'\t',
			'\u00a0',
			'\u00ad',
			'\u0301',
			'\u0323',
			'\u200b',
			'\u2028',
			'\u202f',
			'\u201c',
			'\u2026',
			'\ufeff',
			'\ud83d',
			'\ude00',
			'\ufffe',
			'Ω',
			'Å',
		];
		const next = random(12);
		let fast = 0;
		for (let k = 0; k < 20_000; k++) {
			const length = Math.floor(next() * 24);
			let s = '';
			for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
			const passes = normalizeByPasses(s);
			assert.equal(normalizeText(s), passes, JSON.stringify(s));
			if (passes === s.normalize('NFC')) fast++;
		}
		assert.ok(fast > 1000, `${fast} texts needed NFC alone`);
	});

	it('gives what its passes give on long texts with a change anywhere, the ends of its stretches too', () => {
		const long = 'Huyện họp bàn về ngân sách.\n'.repeat(80).trim();
		for (const odd of ['  ', '\u00a0', ' \n', '\n ', '\t', '\u2028']) {
			for (const at of [0, 1, 510, 511, 512, 513, 1023, 1024, 1025, long.length - 1, long.length]) {
				const s = long.slice(0, at) + odd + long.slice(at);
				assert.equal(normalizeText(s), normalizeByPasses(s), `${JSON.stringify(odd)} at ${at}`);
				assert.notEqual(normalizeByPasses(s), s, 'a text the passes change');
			}
		}
		assert.equal(normalizeText(long), long);
	});

	it('gives what its passes give on the sample articles, with and without their odd spaces', () => {
		assert.ok(expectedSeeds.length > 0);
		for (const seed of expectedSeeds) {
			const text = seedText(seed.file);
			for (const s of [text, normalizeByPasses(text), text.replaceAll('\u00a0', ' ')]) {
				assert.equal(normalizeText(s), normalizeByPasses(s));
			}
		}
	});
});
