/**
 * Decoding long and slightly damaged files: a cut never splits a character, and a few stray
 * bytes in UTF-8 text do not make it read as Windows-1258.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ARTICLE_BYTES, processArticle } from '../../src/lib/article/process-article.ts';
import { cutBytes, decodeBytes, UTF8_VALID_PER_INVALID } from '../../src/lib/text/decode.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { utf16, windows1258 } from '../support/encodings.ts';
import { seedText } from '../support/seeds.ts';

const NAM_PO = seedText('000_bcc1ecf503c2fdd8.txt');
const utf8 = (s: string) => new TextEncoder().encode(s);
const strict = new TextDecoder('utf-8', { fatal: true });

/** `bytes` with `stray` inserted at each of the fractions `at` of its length. */
function withStray(bytes: Uint8Array, stray: readonly number[], at: readonly number[]): Uint8Array {
	const out: number[] = [];
	const places = new Set(at.map((f) => Math.floor(bytes.length * f)));
	bytes.forEach((b, i) => {
		// Only between characters, so that the text around each stray byte is whole.
		if (places.has(i) && (b & 0xc0) !== 0x80) out.push(...stray);
		out.push(b);
	});
	return new Uint8Array(out);
}

describe('cutBytes', () => {
	it('backs off to the start of a UTF-8 character', () => {
		const bytes = utf8('Nậm Pồ 𝕏 ệ');
		for (let max = 0; max <= bytes.length; max++) {
			const cut = cutBytes(bytes, max);
			assert.ok(cut.length <= max && cut.length >= max - 3, `max ${max}`);
			assert.doesNotThrow(() => strict.decode(cut), `max ${max}`);
		}
	});
	it('cuts UTF-16 at a whole code unit, never between the halves of a pair', () => {
		for (const le of [true, false]) {
			const bytes = utf16('Nậm 𝕏𝕏 Pồ', le, true);
			for (let max = 2; max <= bytes.length; max++) {
				const text = decodeBytes(cutBytes(bytes, max)).text;
				assert.ok(!text.includes('\uFFFD'), `${le ? 'LE' : 'BE'} max ${max}: ${JSON.stringify(text)}`);
			}
		}
	});
	it('leaves a short file whole', () => {
		const bytes = utf8('Nậm Pồ');
		assert.equal(cutBytes(bytes, 100), bytes);
	});
});

describe('a long UTF-8 article', () => {
	it('is read as UTF-8 after a cut inside a character', () => {
		// Vietnamese filler shifted byte by byte: some of the lengths put the cut inside a character.
		const filler = 'Đoạn văn lặp lại để làm tệp rất lớn, không có số liệu gì. ';
		let inside = 0;
		for (let shift = 0; shift < 3; shift++) {
			const bytes = utf8(`${NAM_PO}\n\n${'a'.repeat(shift)}${filler.repeat(10_000)}`);
			assert.ok(bytes.length > MAX_ARTICLE_BYTES);
			if (((bytes[MAX_ARTICLE_BYTES] as number) & 0xc0) === 0x80) inside++;
			const article = processArticle(`huge-${shift}.txt`, bytes);
			assert.equal(article.encoding, 'utf-8');
			assert.deepEqual(
				article.messages.map((m) => m.code),
				['huge-file'],
			);
			assert.equal(article.facts.district, 'Nậm Pồ');
		}
		assert.ok(inside > 0, 'no shift put the cut inside a character');
	});
});

describe('UTF-8 with stray bytes', () => {
	it('stays UTF-8 with the stray bytes dropped and counted', () => {
		const bytes = withStray(utf8(NAM_PO), [0xff], [0.3, 0.6]);
		assert.throws(() => strict.decode(bytes));
		const d = decodeBytes(bytes);
		assert.equal(d.encoding, 'utf-8');
		assert.equal(d.invalid, 2);
		assert.equal(d.text, NAM_PO);
	});
	it('is published with a warning and placed', () => {
		const article = processArticle('stray.txt', withStray(utf8(NAM_PO), [0xc3, 0x28], [0.5]));
		assert.equal(article.encoding, 'utf-8');
		assert.equal(article.status, 'warning');
		assert.deepEqual(
			article.messages.map((m) => [m.code, m.severity]),
			[['invalid-utf8-bytes', 'warning']],
		);
		assert.equal(article.facts.district, 'Nậm Pồ');
	});
	it('with a byte-order mark, too', () => {
		const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...withStray(utf8(NAM_PO), [0x80], [0.5])]));
		assert.equal(d.encoding, 'utf-8');
		assert.ok(d.bom);
		assert.equal(d.invalid, 1);
	});
	it('counts a replacement character written in the file as valid UTF-8, not as a stray byte', () => {
		const d = decodeBytes(withStray(utf8(`${NAM_PO} \uFFFD`), [0xfe], [0.5]));
		assert.equal(d.invalid, 1);
		assert.equal(d.text, `${NAM_PO} `);
	});
});

describe('Windows-1258', () => {
	it('is still read as Windows-1258, however short', () => {
		for (const text of ['Nậm Pồ', 'Huyện Nậm Pồ, tỉnh Điện Biên', NAM_PO]) {
			const d = decodeBytes(windows1258(text));
			assert.equal(d.encoding, 'windows-1258', text.slice(0, 20));
			assert.equal(d.invalid, 0);
			assert.equal(normalizeText(d.text), normalizeText(text));
		}
	});
	it('is not taken for UTF-8 by the rule: far more invalid sequences than valid characters', () => {
		const bytes = windows1258(NAM_PO);
		const replaced = [...new TextDecoder().decode(bytes)].filter((c) => c === '\uFFFD').length;
		const valid = [...new TextDecoder().decode(bytes)].filter((c) => c !== '\uFFFD' && c > '\u007F').length;
		assert.ok(valid < replaced * UTF8_VALID_PER_INVALID, `${valid} valid, ${replaced} invalid`);
	});
	it('is a warning, with every word right', () => {
		const article = processArticle('cp1258.txt', windows1258(NAM_PO));
		assert.equal(article.encoding, 'windows-1258');
		assert.deepEqual(
			article.messages.map((m) => m.code),
			['legacy-encoding'],
		);
		assert.equal(article.facts.district, 'Nậm Pồ');
	});
	it('plain ASCII with a Windows-1258 byte is no UTF-8', () => {
		assert.equal(decodeBytes(new Uint8Array([...utf8('Gia tri 100'), 0xb0, ...utf8('C')])).encoding, 'windows-1258');
	});
});

describe('binary files without zero bytes', () => {
	// 1,000 characters, `n` of them the control character `c`.
	const withControls = (n: number, c: string) => utf8(c.repeat(n) + 'a'.repeat(1000 - n));

	it('are told by their share of control characters: more than 5% of the first 4,000', () => {
		assert.ok(decodeBytes(withControls(51, '\u0001')).binary);
		assert.ok(!decodeBytes(withControls(50, '\u0001')).binary);
		assert.ok(decodeBytes(withControls(51, '\u001f')).binary);
		assert.ok(decodeBytes(withControls(51, '\ufffd')).binary, 'replacement characters count');
		assert.ok(!decodeBytes(utf8(`${'\u0001'.repeat(60)}${'a'.repeat(5000)}`)).binary, 'past the first 4,000 only');
	});

	it('never for tabs and line ends', () => {
		for (const c of ['\t', '\n', '\r']) assert.ok(!decodeBytes(withControls(500, c)).binary, JSON.stringify(c));
		assert.ok(decodeBytes(withControls(51, '\u000b')).binary, 'a vertical tab counts');
	});
});
