import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HISTORIC_NAMES, SURNAMES } from '../../src/lib/extract/officials/name-words.ts';
import {
	capitalRunEnd,
	isNameWord,
	nameAt,
	nameRunEnd,
	nameScore,
	pickName,
} from '../../src/lib/extract/officials/names.ts';
import { tokenizeText } from '../../src/lib/extract/officials/tokens.ts';

describe('tokenizeText (officials)', () => {
	const texts = (s: string) => tokenizeText(s).map((t) => t.text);
	it('keeps abbreviations with inner marks whole', () =>
		assert.deepEqual(texts('Phòng NN&PTNT, Sở LĐ-TB&XH và đ/c Sơn'), [
			'Phòng',
			'NN&PTNT',
			',',
			'Sở',
			'LĐ-TB&XH',
			'và',
			'đ/c',
			'Sơn',
		]));
	it('splits the level word off "TP.HCM" and "TP.Hồ Chí Minh"', () => {
		assert.deepEqual(texts('UBND TP.HCM'), ['UBND', 'TP', 'HCM']);
		assert.deepEqual(texts('UBND TP.Hồ Chí Minh'), ['UBND', 'TP', 'Hồ', 'Chí', 'Minh']);
	});
	it('cuts a hyphen glued between a name and a title, not one inside a name', () => {
		assert.deepEqual(texts('Hồ Văn Niên-Ủy viên'), ['Hồ', 'Văn', 'Niên', '-', 'Ủy', 'viên']);
		assert.deepEqual(texts('Lâm-Phó Bí thư'), ['Lâm', '-', 'Phó', 'Bí', 'thư']);
		assert.deepEqual(texts('tỉnh Bà Rịa-Vũng Tàu'), ['tỉnh', 'Bà', 'Rịa-Vũng', 'Tàu']);
		assert.deepEqual(texts('Kinh tế-Hạ tầng'), ['Kinh', 'tế-Hạ', 'tầng']);
	});
	it('reads a spaced hyphen and an en dash as punctuation', () =>
		assert.deepEqual(texts('Kinh tế - Ngân sách – A'), ['Kinh', 'tế', '-', 'Ngân', 'sách', '–', 'A']));
	it('gives lower-case keys, capital flags and offsets', () => {
		const [a, b] = tokenizeText('Vừ A');
		assert.deepEqual([a?.key, a?.cap, a?.start, a?.end], ['vừ', true, 0, 2]);
		assert.deepEqual([b?.key, b?.cap, b?.start, b?.end], ['a', true, 3, 4]);
	});
	it('marks lower-case words and digits as not capitalised', () =>
		assert.deepEqual(
			tokenizeText('làm 2024').map((t) => t.cap),
			[false, false],
		));
	it('keeps apostrophe names whole', () => assert.deepEqual(texts("H'Hen Niê"), ["H'Hen", 'Niê']));
});

describe('isNameWord', () => {
	const tok = (s: string) => tokenizeText(s)[0];
	for (const w of ['Nguyễn', 'Vừ', 'Lò', 'Thị', 'Bằng', "H'Hen", 'A', 'Y'])
		it(`accepts "${w}"`, () => assert.equal(isNameWord(tok(w), false), true));
	for (const w of ['làm', 'UBND', 'T.SỸ', '2024', 'B', ','])
		it(`rejects "${w}"`, () => assert.equal(isNameWord(tok(w), false), false));
	for (const w of ['Phó', 'Chủ', 'Bí', 'Huyện', 'Ông', 'Ảnh', 'Ngày'])
		it(`does not start a name with "${w}"`, () => assert.equal(isNameWord(tok(w), true), false));
	it('lets "Thị" and "Thành" continue a name', () => {
		assert.equal(isNameWord(tok('Thị'), false), true);
		assert.equal(isNameWord(tok('Thành'), false), true);
	});
});

describe('nameRunEnd and capitalRunEnd', () => {
	it('stops at a lower-case word', () => {
		const toks = tokenizeText('Vừ A Bằng làm việc');
		assert.equal(nameRunEnd(toks, 0), 3);
	});
	it('stops at punctuation', () => assert.equal(nameRunEnd(tokenizeText('Lê Văn Lương, Chủ tịch'), 0), 3));
	it('stops before a title word', () =>
		assert.equal(nameRunEnd(tokenizeText('Hoàng Trung Hải Bí thư Thành ủy'), 0), 3));
	it('is empty at a word that cannot start a name', () => assert.equal(nameRunEnd(tokenizeText('Phó Chủ tịch'), 0), 0));
	it('lets a place name open a run of capitals', () => {
		const toks = tokenizeText('Tân Thanh Đặng Văn Dần báo cáo');
		assert.equal(nameRunEnd(toks, 0), 0);
		assert.equal(capitalRunEnd(toks, 0), 5);
	});
});

describe('nameScore', () => {
	const score = (s: string) => {
		const toks = tokenizeText(s);
		return nameScore(toks, 0, toks.length);
	};
	it('rates family name, usual middle name and three syllables', () => assert.equal(score('Nguyễn Văn Hữu'), 5));
	it('rates a Hmong name', () => assert.equal(score('Giàng A Tông'), 5));
	it('rates a run without a family name low', () => assert.equal(score('Nội Bài'), 0));
	it('refuses one syllable and five', () => {
		assert.equal(score('Hải'), -1);
		assert.equal(score('Nguyễn Thị Thanh Hương Lan'), -1);
	});
});

describe('pickName', () => {
	const pick = (s: string, context: Parameters<typeof pickName>[3]) => {
		const toks = tokenizeText(s);
		const run = context === 'after-commune' || context === 'after-title' ? capitalRunEnd(toks, 0) : nameRunEnd(toks, 0);
		const name = pickName(toks, 0, run, context);
		return name ? s.slice(toks[name.start]?.start, toks[name.end - 1]?.end) : null;
	};
	it('reads the whole run after a title', () => assert.equal(pick('Vừ A Bằng làm việc', 'after-title'), 'Vừ A Bằng'));
	it('splits a place not in the gazetteer off a long run after a title', () =>
		assert.equal(pick('Kon Tum Nguyễn Văn Hòa phát biểu', 'after-title'), 'Nguyễn Văn Hòa'));
	it('splits the commune name off after "xã"', () => {
		assert.equal(pick('Nà Khoa Giàng A Tông báo cáo', 'after-commune'), 'Giàng A Tông');
		assert.equal(pick('Tân Thanh Đặng Văn Dần báo cáo', 'after-commune'), 'Đặng Văn Dần');
		assert.equal(pick('Tân Hà Lê Văn An cho biết', 'after-commune'), 'Lê Văn An');
	});
	it('reads one name after "xã" as the commune\'s, named after a person', () => {
		assert.equal(pick('Nguyễn Việt Khái', 'after-commune'), null);
		assert.equal(pick('Nguyễn Du tổ chức', 'after-commune'), null);
		assert.equal(pick('Hoàng Văn Thụ tổ chức', 'after-commune'), null);
	});
	it('reads a plain personal name after "xã" as the person\'s, the commune left unnamed', () =>
		assert.equal(pick('Lường Văn Thắng khẳng định', 'after-commune'), 'Lường Văn Thắng'));
	it('reads a whole run after a title when a family name leads it', () =>
		assert.equal(pick('Lò Văn Pâng cho biết', 'after-title'), 'Lò Văn Pâng'));
	it('takes the start of a long run after an honorific', () =>
		assert.equal(pick('Nguyễn Văn Hữu Vân Canh', 'after-honorific'), 'Nguyễn Văn Hữu'));
	it('needs a family name without any context', () => {
		assert.equal(pick('Lê Kim Toàn - Phó Bí thư', 'bare'), 'Lê Kim Toàn');
		assert.equal(pick('Quang Cảnh buổi lễ', 'bare'), null);
		assert.equal(pick('Mường Tè Nhiều', 'bare'), null);
	});
	it('needs two syllables', () => assert.equal(pick('Hải nói', 'after-honorific'), null));
});

describe('nameAt', () => {
	const cases: [string, string | null][] = [
		['Lê Văn Lương, Chủ tịch UBND tỉnh', 'Lê Văn Lương'],
		['Tống Thanh Hải - Quyền Chủ tịch', 'Tống Thanh Hải'],
		['Lương Thị Hoa phát biểu', 'Lương Thị Hoa'],
		['Trần Vũ Thanh Hùng cho biết', 'Trần Vũ Thanh Hùng'],
		['Huỳnh Cách Mạng đề nghị', 'Huỳnh Cách Mạng'],
		['Y Biêr Niê phát biểu', 'Y Biêr Niê'],
		['Ksor Phước Hà dự', 'Ksor Phước Hà'],
		// Five syllables only in a long Ê Đê or Gia Rai name.
		['Y Giang Gry Niê Knơng, Ủy viên', 'Y Giang Gry Niê Knơng'],
		["H'Ngăm Niê Kdăm Ayun phát biểu", "H'Ngăm Niê Kdăm Ayun"],
		// The Ê Đê clan "Ê Ban": a lone "Ê", then a word that is elsewhere the committee's "Ban".
		['Y Jăk Ê Ban, Phó Bí thư', 'Y Jăk Ê Ban'],
		["H'Zê Ê Ban phát biểu", "H'Zê Ê Ban"],
		['Ê Ban phát biểu', null],
		// A syllable of one vowel within a name.
		['Lê Ô Pích, Phó Chủ tịch', 'Lê Ô Pích'],
		['Nguyễn Văn An Khánh Hòa phát biểu', 'Nguyễn Văn An'],
		['Thạch Phước Bình phát biểu', 'Thạch Phước Bình'],
		['Sùng A Hồ báo cáo', 'Sùng A Hồ'],
		['Mùa A Sơn', 'Mùa A Sơn'],
		['Cầm Văn Phúc chủ trì', 'Cầm Văn Phúc'],
		['Điêu Thị Hải dự', 'Điêu Thị Hải'],
		['tỉnh Lai Châu', null],
		['Hải nói', null],
	];
	for (const [text, name] of cases) it(`"${text}" → ${name}`, () => assert.equal(nameAt(text), name));
	it('reads a bare run only when a family name leads it', () => {
		assert.equal(nameAt('Đoàn Văn Phi - Ủy viên', 'bare'), 'Đoàn Văn Phi');
		assert.equal(nameAt('Văn Phi - Ủy viên', 'bare'), null);
	});
});

describe('HISTORIC_NAMES', () => {
	it('holds names that wards and streets bear', () => {
		for (const n of ['hồ chí minh', 'hoàng văn thụ', 'nguyễn thị minh khai', 'tăng bạt hổ'])
			assert.ok(HISTORIC_NAMES.has(n), n);
	});
});

describe('SURNAMES', () => {
	it('holds the common Kinh family names', () => {
		for (const s of ['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'vũ', 'võ', 'phan', 'đặng', 'bùi', 'đỗ', 'hồ'])
			assert.ok(SURNAMES.has(s), s);
	});
	it('holds north-west minority family names', () => {
		for (const s of [
			'vừ',
			'giàng',
			'thào',
			'sùng',
			'lầu',
			'mùa',
			'lò',
			'lường',
			'quàng',
			'cầm',
			'tòng',
			'điêu',
			'vì',
			'sa',
		])
			assert.ok(SURNAMES.has(s), s);
	});
	it('leaves out place words that start district names', () => {
		for (const s of ['an', 'ân', 'tân', 'văn']) assert.ok(!SURNAMES.has(s), s);
	});
});
