import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRole } from '../../src/lib/extract/indicators/figure-roles.ts';
import { findFigures } from '../../src/lib/extract/indicators/figures.ts';
import { readPhrases } from '../../src/lib/extract/indicators/subjects.ts';
import { KEY_PHRASES } from '../../src/lib/extract/indicators/vocabulary.ts';

// The [key or kind, words] of each subject of a lower-case sentence.
function subjects(t: string): [string, string][] {
	return readPhrases(t).subjects.map((s) => [s.kind === 'key' ? s.key : s.kind, t.slice(s.start, s.end)]);
}

describe('readPhrases: indicator phrases', () => {
	const cases: [string, string, string][] = [
		['tổng sản phẩm trên địa bàn (grdp) tăng', 'grdp', 'tổng sản phẩm trên địa bàn (grdp)'],
		['tổng giá trị sản phẩm địa phương đạt', 'grdp', 'tổng giá trị sản phẩm địa phương'],
		['tốc độ tăng trưởng kinh tế đạt', 'grdp', 'tốc độ tăng trưởng kinh tế'],
		['tổng giá trị sản xuất theo giá thực tế ước đạt', 'production-value', 'tổng giá trị sản xuất theo giá thực tế'],
		['giá trị sản xuất công nghiệp đạt', 'industrial-production-value', 'giá trị sản xuất công nghiệp'],
		[
			'tổng giá trị sản xuất ngành công nghiệp đạt',
			'industrial-production-value',
			'tổng giá trị sản xuất ngành công nghiệp',
		],
		['tổng mức bán lẻ hàng hóa đạt', 'retail-sales', 'tổng mức bán lẻ hàng hóa'],
		['thu ngân sách trên địa bàn huyện đạt', 'budget-revenue', 'thu ngân sách trên địa bàn huyện'],
		['tổng thu nsnn đạt', 'budget-revenue', 'tổng thu nsnn'],
		['tiến độ giải ngân đạt', 'public-investment-disbursement', 'tiến độ giải ngân'],
		['giải ngân vốn đầu tư công đạt', 'public-investment-disbursement', 'giải ngân vốn đầu tư công'],
		[
			'giải ngân nguồn vốn sự nghiệp 3 chương trình mtqg còn chậm',
			'target-programs-disbursement',
			'giải ngân nguồn vốn sự nghiệp 3 chương trình mtqg',
		],
		['tổng sản lượng lương thực có hạt ước đạt', 'food-output', 'tổng sản lượng lương thực có hạt'],
		['tổng diện tích gieo trồng đạt', 'sown-area', 'tổng diện tích gieo trồng'],
		['trồng rừng mới đạt', 'afforestation', 'trồng rừng mới'],
		['độ che phủ rừng đạt', 'forest-cover', 'độ che phủ rừng'],
		['tổng đàn gia súc tăng', 'livestock', 'tổng đàn gia súc'],
		['số xã đạt chuẩn nông thôn mới là', 'new-rural-communes', 'số xã đạt chuẩn nông thôn mới'],
		['kết nạp đảng viên mới đạt', 'party-admissions', 'kết nạp đảng viên mới'],
		['tỷ lệ trường đạt chuẩn quốc gia đạt', 'standard-schools', 'tỷ lệ trường đạt chuẩn quốc gia'],
		['tỷ lệ hộ nghèo còn', 'poverty-rate', 'tỷ lệ hộ nghèo'],
	];
	for (const [t, key, words] of cases) it(`${words} → ${key}`, () => assert.deepEqual(subjects(t)[0], [key, words]));

	it('prefers an indicator phrase over an "other" head inside it', () =>
		assert.deepEqual(subjects('tổng diện tích gieo trồng đạt'), [['sown-area', 'tổng diện tích gieo trồng']]));
	it('finds "other" heads, blockers and barriers', () =>
		assert.deepEqual(subjects('các chỉ tiêu đạt, trong đó sản lượng chè đạt'), [
			['block', 'các chỉ tiêu'],
			['barrier', 'trong đó'],
			['other', 'sản lượng'],
		]));
	it('does not take "thất thu ngân sách" for budget revenue', () =>
		assert.deepEqual(subjects('chống thất thu ngân sách'), []));
	it('does not find a phrase inside a word', () => assert.deepEqual(subjects('xthu ngân sách'), []));
	it('finds a sample phrase of every indicator key', () => {
		// A first word left out of a phrase's `first` list makes it unreachable.
		const samples: Record<string, string> = {
			grdp: 'grdp',
			'production-value': 'tổng giá trị sản xuất',
			'industrial-production-value': 'giá trị sản xuất công nghiệp',
			'retail-sales': 'tổng mức bán lẻ',
			'budget-revenue': 'thu ngân sách',
			'public-investment-disbursement': 'giải ngân',
			'target-programs-disbursement': 'vốn các chương trình mtqg đã giải ngân',
			'food-output': 'sản lượng lương thực',
			'sown-area': 'diện tích gieo trồng',
			afforestation: 'rừng trồng',
			'forest-cover': 'che phủ rừng',
			livestock: 'đàn bò',
			'new-rural-communes': 'xã đạt chuẩn ntm',
			'party-admissions': 'kết nạp',
			'standard-schools': 'trường đạt chuẩn quốc gia',
			'poverty-rate': 'hộ nghèo',
		};
		for (const p of KEY_PHRASES) {
			const sample = samples[p.key];
			if (sample === undefined) continue;
			assert.equal(subjects(sample)[0]?.[0], p.key, sample);
		}
	});
});

describe('readPhrases: targets and places', () => {
	it('spans a target marker to the next ";"', () => {
		const t = 'huyện sẽ giải ngân hết; năm nay thu ngân sách đạt';
		assert.deepEqual(readPhrases(t).future, [[t.indexOf('sẽ'), t.indexOf(';')]]);
	});
	it('spans a list’s marker over the clauses that go on with it: a verb of doing or an indicator first, no result word', () => {
		for (const t of [
			'huyện phấn đấu thu ngân sách đạt 30 tỷ; giảm tỷ lệ hộ nghèo xuống',
			'mục tiêu tăng trưởng 8%; thu ngân sách 50 tỷ; trồng mới 500 ha rừng',
		]) {
			assert.deepEqual(readPhrases(t).future.at(0)?.[1], Number.POSITIVE_INFINITY, t);
		}
		for (const t of [
			'huyện phấn đấu trồng 300 ha rừng; đến nay đã trồng được',
			'huyện phấn đấu giải ngân hết; thu ngân sách 9 tháng đạt',
			'huyện phấn đấu giải ngân hết; huyện thu ngân sách đạt',
			'huyện cần quan tâm hơn; tỷ lệ hộ nghèo còn',
			'15 chỉ tiêu đạt yêu cầu; tỷ lệ hộ nghèo còn',
		]) {
			assert.deepEqual(readPhrases(t).future.at(0)?.[1], t.indexOf(';'), t);
		}
	});
	it('spans a marker followed by a ":" list to the end', () => {
		const t = 'mục tiêu năm 2025: thu ngân sách 500 tỷ; giải ngân 100%';
		assert.deepEqual(readPhrases(t).future, [[0, Number.POSITIVE_INFINITY]]);
	});
	it('spans "nhằm" to the end of its clause', () => {
		const t = 'nhằm nâng cao chất lượng, huyện kết nạp';
		assert.deepEqual(readPhrases(t).future, [[0, t.indexOf(',')]]);
	});
	it('takes no marker from "nỗ lực phấn đấu", "chương trình mục tiêu quốc gia" or "cần khắc phục"', () => {
		assert.deepEqual(readPhrases('sau 9 tháng nỗ lực phấn đấu').future, []);
		assert.deepEqual(readPhrases('thực hiện chương trình mục tiêu quốc gia').future, []);
		assert.deepEqual(readPhrases('tồn tại cần khắc phục').future, []);
	});
	it('names communes only with a capitalised name after them', () => {
		const display = 'Xã Phước An và các xã, thị trấn, huyện Tuy Phước';
		assert.deepEqual(readPhrases(display.toLowerCase(), display).places, [
			{ at: 0, commune: true },
			{ at: display.indexOf('huyện'), commune: false },
		]);
	});
	it('does not read "toàn xã hội" as a commune', () =>
		assert.deepEqual(readPhrases('vốn đầu tư toàn xã hội').places, []));
});

describe('readRole', () => {
	// The role of the first figure of a lower-case sentence.
	function role(t: string): [string, number, string | null, boolean] {
		const f = findFigures(t)[0];
		assert.ok(f, t);
		const r = readRole(t, f);
		return [r.role, r.sign, r.basis === null ? null : t.slice(r.basis[0], r.basis[1]), r.bare];
	}
	const cases: [string, [string, number, string | null, boolean]][] = [
		['đạt 113,2% kh', ['plan', 1, 'kh', false]],
		['đạt 188% dự toán tỉnh giao và', ['plan', 1, 'dự toán tỉnh giao', false]],
		['đạt 48,7% kế hoạch (kh).', ['plan', 1, 'kế hoạch (kh)', false]],
		['đạt 16,97% kế hoạch năm 2025.', ['plan', 1, 'kế hoạch năm 2025', false]],
		['đạt 95% so với kế hoạch', ['plan', 1, 'kế hoạch', false]],
		['(đạt dưới 50% kế hoạch vốn giao)', ['plan', 1, 'kế hoạch vốn giao', false]],
		['so với dự toán đạt 105%', ['plan', 1, 'dự toán', false]],
		['bằng 193% so với cùng kỳ', ['yoy', 1, null, false]],
		['bằng 98% cùng kỳ', ['yoy', 1, null, false]],
		['bằng 85,5% so cùng kỳ', ['yoy', 1, null, false]],
		['đạt 113,2%kh', ['plan', 1, 'kh', false]],
		['đạt 102% nghị quyết hđnd huyện giao', ['plan', 1, 'nghị quyết hđnd huyện giao', false]],
		['đạt 85% dự toán hđnd huyện giao', ['plan', 1, 'dự toán hđnd huyện giao', false]],
		['bằng 105% so với năm 2023', ['yoy', 1, null, false]],
		['so với cùng kỳ bằng 120%', ['yoy', 1, null, false]],
		['tăng 1.200 tấn so với cùng kỳ', ['change', 1, null, false]],
		['tăng gần 6%', ['change', 1, null, false]],
		['giảm 1,5 điểm phần trăm', ['change', -1, null, false]],
		['giảm còn 8,5%', ['value', 1, null, false]],
		['tăng lên 211 tỷ', ['value', 1, null, false]],
		['chiếm 5,6%', ['value', 1, null, false]],
		['vượt 27,3 ha', ['excess', 1, null, false]],
		['vượt 2,6% kế hoạch', ['excess', 1, null, false]],
		['đạt 114,62%;', ['value', 1, null, true]],
		['ước đạt 1.630 tỷ đồng', ['value', 1, null, false]],
	];
	for (const [t, want] of cases) it(t, () => assert.deepEqual(role(t), want));
	it('reads the verb before a hedge', () => {
		const t = 'ước đạt gần 1.630 tỷ đồng';
		const f = findFigures(t)[0];
		assert.ok(f);
		assert.equal(readRole(t, f).verb, 'ước đạt');
	});
});
