import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	charClass,
	DIGIT,
	isLetter,
	isPropertyLetter,
	isWordChar,
	LOWER,
	OTHER,
	UPPER,
} from '../../src/lib/text/chars.ts';
import { PhraseIndex } from '../../src/lib/text/phrase-index.ts';
import { hashOf, lastPhrase, PhraseSet, WordList } from '../../src/lib/text/phrases.ts';
import { collapseSpaces, isSpace } from '../../src/lib/text/spaces.ts';
import { tokenize, wordEnd } from '../../src/lib/text/tokens.ts';

describe('the character class', () => {
	it('tells letters, marks and digits from everything else', () => {
		for (const c of 'aZ9ăđơưạỹĐ\u0301') assert.equal(isWordChar(c.charCodeAt(0)), true, c);
		for (const c of " ,.;:()%/-–“”'’≥€→×÷«»") assert.equal(isWordChar(c.charCodeAt(0)), false, c);
	});
	it('classes Vietnamese letters by case, and digits', () => {
		assert.equal(charClass('Đ'.charCodeAt(0)), UPPER);
		assert.equal(charClass('ữ'.charCodeAt(0)), LOWER);
		assert.equal(charClass('7'.charCodeAt(0)), DIGIT);
		assert.equal(charClass('≥'.charCodeAt(0)), OTHER);
	});
	it('has letters without digits for words that may touch a number', () => {
		const s = 'Ông 2ông';
		assert.equal(isLetter(s.charCodeAt(0)), true);
		assert.equal(isLetter(s.charCodeAt(4)), false);
		assert.equal(isLetter('\u0303'.charCodeAt(0)), true);
		assert.equal(isLetter(s.charCodeAt(-1)), false);
		assert.equal(isLetter(s.charCodeAt(s.length)), false);
	});
	it('takes no half of a surrogate pair for a word character', () => {
		for (const c of '🙂𝕏') assert.equal(isWordChar(c.charCodeAt(0)), false);
	});
	it('reads a letter as \\p{L} does, for every code unit', () => {
		for (let c = 0; c < 0x10000; c++) {
			assert.equal(isPropertyLetter(c), /^\p{L}$/u.test(String.fromCharCode(c)), c.toString(16));
		}
	});
});

describe('spaces', () => {
	it('knows what \\s matches', () => {
		for (const c of ' \t\n\u00a0\u202f\u3000') assert.equal(isSpace(c.charCodeAt(0)), true, JSON.stringify(c));
		for (const c of 'a,\u200b') assert.equal(isSpace(c.charCodeAt(0)), false, JSON.stringify(c));
	});
	it('collapses runs of white space', () => {
		assert.equal(collapseSpaces('tổng  giá trị\u00a0sản xuất'), 'tổng giá trị sản xuất');
		const clean = 'thu ngân sách đạt';
		assert.equal(collapseSpaces(clean), clean);
	});
});

describe('lastPhrase', () => {
	const verbs = new WordList(['đạt', 'ước đạt', 'tăng', 'giảm còn']);
	it('finds the longest phrase closing a string', () =>
		assert.deepEqual(lastPhrase('thu ngân sách ước đạt ', verbs, 3), { phrase: 'ước đạt', start: 14 }));
	it('finds a shorter phrase when the longer one is not in the list', () =>
		assert.deepEqual(lastPhrase('tổng sản lượng lương thực đạt ', verbs, 3), { phrase: 'đạt', start: 26 }));
	it('reads no further than `max` words', () => assert.equal(lastPhrase('tỷ lệ hộ nghèo giảm còn ', verbs, 1), null));
	it('stops at punctuation', () => {
		const list = new WordList(['kế hoạch đạt', 'đạt']);
		assert.equal(lastPhrase('kế hoạch, đạt ', list, 3)?.phrase, 'đạt');
	});
	it('does not match the end of a longer word', () => assert.equal(lastPhrase('huyện xtăng ', verbs, 2), null));
	it('skips an opening bracket when asked', () => {
		assert.equal(lastPhrase('tiến độ giải ngân còn chậm (đạt (', verbs, 1, true)?.phrase, 'đạt');
		assert.equal(lastPhrase('tiến độ giải ngân còn chậm (đạt (', verbs, 1), null);
		assert.equal(lastPhrase('còn chậm (đạt ', new WordList(['chậm']), 2, true), null);
	});
});

describe('PhraseSet', () => {
	// Tokens as a tokenizer gives them: lower-case keys and their hashes.
	const toks = (s: string) => s.split(' ').map((key) => ({ key, hash: hashOf(key) }));
	const set = new PhraseSet<string>([
		['kinh tế', 'short'],
		['kinh tế - ngân sách', 'long'],
		['nội vụ', 'home'],
		['tài chính', 'finance'],
		['kinh tế', 'second'],
	]);
	it('matches the longest phrase at a token', () => {
		assert.deepEqual(set.matchAt(toks('ban kinh tế - ngân sách hđnd'), 1), { value: 'long', end: 6 });
		assert.deepEqual(set.matchAt(toks('ban kinh tế xã hội'), 1), { value: 'short', end: 3 });
	});
	it('matches nothing where no phrase starts', () => assert.equal(set.matchAt(toks('sở tài nguyên'), 1), null));
	it('matches the first of a phrase given twice', () =>
		assert.deepEqual(set.matchAt(toks('sở kinh tế'), 1), { value: 'short', end: 3 }));
	it('holds whole phrases, words single-spaced', () => {
		assert.equal(set.has('kinh tế - ngân sách'), true);
		assert.equal(set.has('kinh'), false);
	});
	it('holds one-word phrases only', () => {
		const words = new WordList(['phó', 'quyền', 'tân']);
		assert.equal(words.holds(toks('phó')[0]), true);
		assert.equal(words.holds(toks('phóng')[0]), false);
		assert.equal(set.holds(toks('kinh')[0]), false);
		assert.equal(words.holds(undefined), false);
	});
	it('finds a word of raw text without cutting it out', () => {
		const s = 'sở nội vụ';
		assert.equal(set.wordValue(s, 3, 6, hashOf(s, 3, 6)), undefined);
		const one = new PhraseSet([['nội', 1]]);
		assert.equal(one.wordValue(s, 3, 6, hashOf(s, 3, 6)), 1);
		assert.equal(one.wordValue(s, 0, 2, hashOf(s, 0, 2)), undefined);
	});
	it('lists its first words once each', () => assert.deepEqual(set.firstWords(), ['kinh', 'nội', 'tài']));
});

describe('PhraseIndex', () => {
	it('indexes phrases by their first words', () => {
		const index = new PhraseIndex([
			{ first: ['tổng', 'sản'], pattern: '(?:tổng\\s+)?sản\\s+lượng', name: 'output' },
			{ first: ['giải'], pattern: 'giải\\s+ngân', name: 'disbursement' },
		]);
		const t = 'tổng sản lượng tăng, giải ngân chậm, nhà sản xuất';
		const found: [string, string][] = [];
		for (let m = index.next(t, 0); m !== null; m = index.next(t, m.end))
			found.push([m.phrase.name, t.slice(m.start, m.end)]);
		assert.deepEqual(found, [
			['output', 'tổng sản lượng'],
			['disbursement', 'giải ngân'],
		]);
	});
	it('starts a search at a word, never inside one', () => {
		const index = new PhraseIndex([{ first: ['ngân'], pattern: 'ngân' }]);
		assert.equal(index.next('giải ngân', 1)?.start, 5);
		assert.equal(index.next('xngân', 0), null);
	});
	it('prefers the earlier phrase at one word', () => {
		const index = new PhraseIndex([
			{ first: ['diện'], pattern: 'diện\\s+tích\\s+gieo\\s+trồng', name: 'sown' },
			{ first: ['diện'], pattern: 'diện\\s+tích', name: 'area' },
		]);
		assert.equal(index.next('tổng diện tích gieo trồng', 0)?.phrase.name, 'sown');
		assert.equal(index.next('diện tích rừng', 0)?.phrase.name, 'area');
	});
});

describe('tokenize', () => {
	it('reads letter runs and digit runs apart', () =>
		assert.deepEqual(
			tokenize('Quận 10 và TP.HCM, Đăk R’Lấp').map((t) => [t.key, t.capital]),
			[
				['quận', true],
				['10', true],
				['và', false],
				['tp', true],
				['hcm', true],
				['đăk', true],
				['r', true],
				['lấp', true],
			],
		));
	it('keeps combining marks in their word', () => {
		const nfd = 'Nậm Pồ'.normalize('NFD');
		assert.deepEqual(
			tokenize(nfd).map((t) => nfd.slice(t.start, t.end)),
			nfd.split(' '),
		);
	});
	it('ends a word where its kind of character ends', () => {
		const s = 'Quận1 Mường';
		assert.equal(wordEnd(s, 0, charClass(s.charCodeAt(0))), 4);
		assert.equal(wordEnd(s, 4, DIGIT), 5);
	});
});
