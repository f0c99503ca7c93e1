import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asciiFold, matchKey, slugify } from '../../src/lib/text/fold.ts';
import { canonicalTones, cleanField, normalizeText } from '../../src/lib/text/normalize.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import { tokenize } from '../../src/lib/text/tokens.ts';
import { seededRandom, textOfPieces } from '../support/seeded-random.ts';

describe('normalizeText', () => {
	it('turns CRLF and lone CR into LF', () => assert.equal(normalizeText('a\r\nb\rc'), 'a\nb\nc'));
	it('composes NFD into NFC', () => assert.equal(normalizeText('Nậm Pồ'.normalize('NFD')), 'Nậm Pồ'));
	it('maps the Icelandic Eth to Đ', () => assert.equal(normalizeText('\u00D0ảng bộ \u00F0ồng'), 'Đảng bộ đồng'));
	it('drops zero-width characters and the BOM', () => assert.equal(normalizeText('\uFEFFHuy\u200Bện\u200D'), 'Huyện'));
	it('turns NBSP and narrow spaces into one space', () =>
		assert.equal(normalizeText('1.630\u00A0tỷ\u202Fđồng'), '1.630 tỷ đồng'));
	it('collapses runs of spaces and trims lines', () => assert.equal(normalizeText('  a   b  \n   c  '), 'a b\nc'));
	it('is idempotent', () => {
		const once = normalizeText(' Ðiện  Biên\r\n\u200B');
		assert.equal(normalizeText(once), once);
	});
});

describe('canonicalTones', () => {
	const cases: [string, string][] = [
		['Hoà Bình', 'Hòa Bình'],
		['Uỷ ban', 'Ủy ban'],
		['UỶ BAN', 'ỦY BAN'],
		['Thanh Hoá', 'Thanh Hóa'],
		['Thuỷ Nguyên', 'Thủy Nguyên'],
		['khoẻ', 'khỏe'],
		['hoà hợp, thuỵ', 'hòa hợp, thụy'],
	];
	for (const [from, to] of cases) it(`${from} → ${to}`, () => assert.equal(canonicalTones(from), to));
	it('leaves a tone before a final consonant alone', () => assert.equal(canonicalTones('hoàng'), 'hoàng'));
	it('leaves "qu" words alone', () => assert.equal(canonicalTones('quý Quỳnh'), 'quý Quỳnh'));
	it('keeps every length and offset', () => {
		const s = 'Uỷ ban nhân dân tỉnh Hoà Bình, Thanh Hoá';
		assert.equal(canonicalTones(s).length, s.length);
	});
});

describe('matchKey', () => {
	it('ignores tone placement, case and Unicode form', () => {
		assert.equal(matchKey('Hoà Bình'), matchKey('HÒA BÌNH'));
		assert.equal(matchKey('Uỷ ban'), matchKey('ủy ban'.normalize('NFD')));
	});
	it('keeps different tones apart', () => assert.notEqual(matchKey('Hòa'), matchKey('Hóa')));
	it('keeps đ apart from d', () => assert.notEqual(matchKey('Đồng'), matchKey('Dồng')));
});

describe('asciiFold and slugify', () => {
	it('folds đ to d', () => assert.equal(asciiFold('Điện Biên Đông'), 'Dien Bien Dong'));
	it('folds NFD text', () => assert.equal(asciiFold('Nậm Pồ'.normalize('NFD')), 'Nam Po'));
	it('folds the Eth', () => assert.equal(asciiFold('Ðào'), 'Dao'));
	const slugs: [string, string][] = [
		['Nậm Pồ', 'nam-po'],
		['Điện Biên Đông', 'dien-bien-dong'],
		['Thị xã Mường Lay', 'thi-xa-muong-lay'],
		['Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
		['Cư M\u2019gar', 'cu-m-gar'],
		['Thanh Hoá', 'thanh-hoa'],
		['Đắk Lắk', 'dak-lak'],
	];
	for (const [name, slug] of slugs) it(`${name} → ${slug}`, () => assert.equal(slugify(name), slug));
});

describe('splitSentences', () => {
	const texts = (s: string) => splitSentences(s).map((sp) => s.slice(sp.start, sp.end));
	it('splits at a period before a capital', () =>
		assert.deepEqual(texts('Huyện đạt 5%. Tỉnh đạt 6%.'), ['Huyện đạt 5%.', 'Tỉnh đạt 6%.']));
	it('splits before a sentence that starts with a digit', () =>
		assert.deepEqual(texts('Kết quả tốt. 9 tháng đầu năm, huyện đạt.'), [
			'Kết quả tốt.',
			'9 tháng đầu năm, huyện đạt.',
		]));
	it('does not split numbers or abbreviations', () => {
		assert.equal(texts('Đạt 1.401,351 tỷ đồng tại TP. Hồ Chí Minh.').length, 1);
		assert.equal(texts('Ảnh: T. Sỹ chụp.').length, 1);
	});
	it('splits at line breaks', () => assert.equal(texts('Dòng một\nDòng hai').length, 2));
	it('gives offsets into the text', () => {
		const spans = splitSentences('A b. C d.', 10);
		assert.deepEqual(spans, [
			{ start: 10, end: 14 },
			{ start: 15, end: 19 },
		]);
	});

	it('reads the word before a dot as the pattern it was first written with does', () => {
		// The first way of reading it: the run of letters, slashes and dots of the six characters
		// before the dot, by a pattern.
		const reference = (text: string): string[] => {
			const out: string[] = [];
			let start = 0;
			const trimmed = (from: number, to: number) => {
				const s = text.slice(from, to).trim();
				if (s) out.push(s);
			};
			for (const m of text.matchAll(/[.!?…]+["”’»)\]]*(?=\s+["“‘«([]?[\p{Lu}\p{N}])|[;]\s*(?=\n)|\n+/gu)) {
				if (m[0].startsWith('.')) {
					const word = /([\p{L}/.]+)$/u.exec(text.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '';
					const known = [
						...['tp', 'tx', 'tt', 'q', 'h', 'p', 'x', 'ths', 'ts', 'gs', 'pgs', 'bs', 'ks', 'cn', 'st', 'mr', 'ms'],
						...['đ/c', 'v.v', 'vv'],
					];
					if (known.includes(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
				}
				trimmed(start, m.index + m[0].length);
				start = m.index + m[0].length;
			}
			trimmed(start, text.length);
			return out;
		};
		// Abbreviations, initials, slashes and dots, letters written as pairs of surrogates ("𝐀",
		// "𐐀"), caseless letters ("中"), combining marks (no letters), lone halves of pairs.
		const PIECES = [
			'TP',
			'tp',
			'ThS',
			'PGS',
			'đ/c',
			'v.v',
			'Q',
			'H',
			'T',
			'Sỹ',
			'huyện',
			'Hồ',
			'𝐀',
			'𐐀',
			'中',
			'a\u0301',
			'\ud835',
			'\udc00',
			'/',
			'.',
			'. ',
			'! ',
			' ',
			'\n',
			'5',
			'Ảnh',
		];
		const random = seededRandom(11);
		for (let k = 0; k < 3000; k++) {
			const text = textOfPieces(random, PIECES, 24);
			assert.deepEqual(texts(text), reference(text), JSON.stringify(text));
		}
	});
});

describe('tokenize', () => {
	it('splits words at apostrophes and keeps offsets', () => {
		const t = tokenize("Cư M'gar");
		assert.deepEqual(
			t.map((x) => [x.key, x.start, x.end, x.capital]),
			[
				['cư', 0, 2, true],
				['m', 3, 4, true],
				['gar', 5, 8, false],
			],
		);
	});
});

describe('normalizeText and characters XML forbids', () => {
	// Every character XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
	const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
	it('drops noncharacters', () =>
		assert.equal(normalizeText('Nậm\uFFFE Pồ\uFFFF \uFDD0huyện \u{1FFFE}\u{10FFFF}xã'), 'Nậm Pồ huyện xã'));
	it('drops lone surrogates and keeps pairs', () => assert.equal(normalizeText('a\uD800 b\uDC00c 𝕏 \uDBFF'), 'a bc 𝕏'));
	it('drops bidi isolates and the Arabic letter mark', () =>
		assert.equal(normalizeText('\u2066Nậm\u2069 \u2067Pồ\u2068\u061C'), 'Nậm Pồ'));
	it('leaves only characters XML allows, whatever the input', () => {
		let all = '';
		for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
		all += '\u{1FFFE}\u{1FFFF}\u{10FFFE}\u{10FFFF}𝕏';
		const out = normalizeText(all);
		assert.match(out, XML_CHARS);
		assert.equal(normalizeText(out), out);
	});
});

describe('cleanField', () => {
	it('cleans a one-line field as article text and joins its lines', () =>
		assert.equal(cleanField(' \u2066Tít\uFFFF\n\nhai\u200B dòng '), 'Tít hai dòng'));
});
