import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import type { Briefing } from '../../src/lib/site/model/types.ts';
import {
	districtFilterValue,
	foldedDWords,
	searchFacets,
	searchFields,
	searchFilters,
	UNDATED_SORT_KEY,
} from '../../src/lib/site/search/index-fields.ts';
import {
	excludeSelectors,
	indexedRegion,
	isRedirectPage,
	REDIRECT_HEAD_BYTES,
	spaceBetweenTags,
	withoutUnindexed,
} from '../../src/lib/site/search/indexed-html.ts';
import {
	byNameTier,
	excerptParts,
	isEmpty,
	markQuery,
	namesOf,
	nameTier,
	pagefindQuery,
	paramsFromState,
	type SearchState,
	stateFromParams,
	statusText,
	TIER,
} from '../../src/lib/site/search/search-page.ts';
import { asciiFold } from '../../src/lib/text/fold.ts';
import { item } from '../support/entries.ts';

const site = buildSite([
	item('a', {
		title: 'Phó Chủ tịch UBND tỉnh Vừ A Bằng làm việc với huyện Nậm Pồ',
		date: '2024-11-19',
		officials: [{ name: 'Vừ A Bằng', title: 'Phó Chủ tịch UBND tỉnh' }],
		body: [{ type: 'paragraph', text: 'Tổng giá trị sản xuất đạt 1.630 tỷ đồng; đường giao thông được đầu tư.' }],
	}),
	item('b', { title: 'Điện Biên Đông đạt các chỉ tiêu', district: 'Điện Biên Đông', date: '2023-09-29' }),
	item('c', { title: 'Mường Tè', province: 'Lai Châu', district: 'Mường Tè', date: null }),
	item('d', {
		title: 'Hai huyện',
		province: 'Lai Châu',
		district: null,
		districts: ['Mường Tè', 'Than Uyên'],
		date: '2023-06-13',
		officials: [{ name: 'Lê Văn Lương' }, { name: 'Lê Văn Lương', role: 'speaker' }],
	}),
]);
const b = (id: string): Briefing => {
	const x = site.byId.get(id);
	assert.ok(x, id);
	return x;
};

describe('searchFields', () => {
	it('filters by province, every district, every official and year', () => {
		assert.deepEqual(searchFields(b('a')).filters, {
			province: ['Điện Biên'],
			district: ['Huyện Nậm Pồ (Điện Biên)'],
			official: ['Vừ A Bằng (Điện Biên)'],
			year: ['2024'],
		});
		for (const id of ['a', 'b', 'c', 'd']) assert.deepEqual(searchFilters(b(id)), searchFields(b(id)).filters);
		const d = searchFields(b('d')).filters;
		assert.deepEqual(d.district, ['Huyện Mường Tè (Lai Châu)', 'Huyện Than Uyên (Lai Châu)']);
		assert.deepEqual(d.official, ['Lê Văn Lương (Lai Châu)'], 'an official once');
	});

	it('shows date and place, the districts of a round-up', () => {
		assert.deepEqual(
			{ ...searchFields(b('a')).meta, fold: undefined, names: undefined },
			{ date: '2024-11-19', district: 'Huyện Nậm Pồ', province: 'Điện Biên', fold: undefined, names: undefined },
		);
		assert.equal(searchFields(b('d')).meta.district, 'Huyện Mường Tè, Huyện Than Uyên');
	});

	it('names the officials, districts (with and without their type) and province, each once', () => {
		assert.equal(searchFields(b('a')).meta.names, 'Vừ A Bằng | Nậm Pồ | Huyện Nậm Pồ | Điện Biên | Tỉnh Điện Biên');
		assert.equal(
			searchFields(b('d')).meta.names,
			'Lê Văn Lương | Mường Tè | Huyện Mường Tè | Than Uyên | Huyện Than Uyên | Lai Châu | Tỉnh Lai Châu',
		);
	});

	it('sorts undated briefings last instead of dropping them', () => {
		assert.equal(searchFields(b('a')).sort.date, '2024-11-19');
		assert.equal(searchFields(b('c')).sort.date, UNDATED_SORT_KEY);
		assert.equal(searchFields(b('c')).meta.date, undefined);
		assert.deepEqual(searchFields(b('c')).filters.year, []);
	});

	it('folds headline, places and officials to ASCII (đ → d)', () => {
		const fold = searchFields(b('b')).meta.fold;
		assert.match(fold, /Dien Bien Dong dat cac chi tieu/);
		assert.match(fold, /Huyen Dien Bien Dong/);
		assert.match(fold, /Tinh Dien Bien/);
		assert.match(searchFields(b('a')).meta.fold, /Vu A Bang/);
		assert.doesNotMatch(fold, /[^\x20-\x7e]/, 'ASCII only');
	});

	it('keeps only words of a title with markup in it', () => {
		const [x] = buildSite([item('x', { title: '<b onmouseover="alert(1)">Đậm</b> & <script>' })]).briefings;
		assert.ok(x);
		assert.match(searchFields(x).meta.fold, /^b onmouseover alert 1 Dam b script, Huyen Nam Po/);
	});

	it('adds the folded “đ” words of the text, once', () => {
		const fold = searchFields(b('a')).meta.fold;
		for (const w of ['dat', 'dong', 'duong', 'duoc', 'dau']) assert.match(fold, new RegExp(`\\b${w}\\b`), w);
		assert.equal(fold.match(/\bdong\b/g)?.length, 1);
	});
});

describe('foldedDWords', () => {
	it('keeps only words with đ, folded and lower-cased, in order', () =>
		assert.deepEqual(foldedDWords(['Điện Biên Đông đạt', 'tỷ đồng, Điện']), ['dien', 'dong', 'dat']));
	it('reads decomposed text', () => assert.deepEqual(foldedDWords(['đa\u0323t']), ['dat']));

	/** The words as a run of letters and digits at a time finds them: what the search of each "đ" must equal. */
	const byEveryWord = (texts: readonly string[]) => [
		...new Set(
			texts.flatMap((t) =>
				[...t.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)]
					.map(([w]) => w)
					.filter((w) => /[đĐ]/.test(w))
					.map((w) => asciiFold(w).toLowerCase()),
			),
		),
	];
	it('finds the words of every run of letters and digits holding a đ, astral letters and lone surrogates too', () => {
		const PIECES = [
			'đ',
			'Đ',
			'a',
			'ạ',
			'a\u0323',
			'9',
			' ',
			'.',
			'-',
			'𝕏',
			'🙂',
			'\uD800',
			'\uDC00',
			'đồng',
			'Điện',
			'\u0301',
			'ð',
		];
		let seed = 7;
		const random = () => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648;
		};
		for (let n = 0; n < 500; n++) {
			const texts = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
				Array.from({ length: Math.floor(random() * 14) }, () => PIECES[Math.floor(random() * PIECES.length)]).join(''),
			);
			assert.deepEqual(foldedDWords(texts), byEveryWord(texts), JSON.stringify(texts));
		}
	});
});

describe('searchFacets', () => {
	const f = searchFacets(site);
	it('counts provinces and years', () => {
		assert.deepEqual(f.province, [
			{
				label: null,
				options: [
					{ value: 'Điện Biên', label: 'Điện Biên', count: 2 },
					{ value: 'Lai Châu', label: 'Lai Châu', count: 2 },
				],
			},
		]);
		assert.deepEqual(
			f.year[0]?.options.map((o) => o.value),
			['2024', '2023'],
		);
	});
	it('groups districts and officials by province, with index values', () => {
		assert.deepEqual(
			f.district.map((g) => g.label),
			['Điện Biên', 'Lai Châu'],
		);
		const lai = f.district.find((g) => g.label === 'Lai Châu');
		assert.deepEqual(lai?.options, [
			{ value: 'Huyện Mường Tè (Lai Châu)', label: 'Huyện Mường Tè', count: 2 },
			{ value: 'Huyện Than Uyên (Lai Châu)', label: 'Huyện Than Uyên', count: 1 },
		]);
		const d = b('a').district;
		assert.ok(d);
		assert.equal(f.district[0]?.options[1]?.value, districtFilterValue(d));
		assert.deepEqual(
			f.official.flatMap((g) => g.options.map((o) => [o.value, o.count])),
			[
				['Vừ A Bằng (Điện Biên)', 1],
				['Lê Văn Lương (Lai Châu)', 1],
			],
		);
	});
});

describe('spaceBetweenTags', () => {
	it('separates adjacent elements so that their words stay apart', () => {
		assert.equal(
			spaceBetweenTags('<dt>Loại tin</dt><dd>Làm việc</dd><span>15:55</span></time><b>x</b>'),
			'<dt>Loại tin</dt> <dd>Làm việc</dd> <span>15:55</span> </time> <b>x</b>',
		);
	});
	it('leaves text after an end tag alone', () =>
		assert.equal(spaceBetweenTags('<a>Nậm Pồ</a>, x'), '<a>Nậm Pồ</a>, x'));
});

describe('indexedRegion', () => {
	it('keeps the element marked data-pagefind-body, nested ones included', () => {
		const page =
			'<html><head><title>t</title></head><body><nav>menu</nav><div class="a"><article class="x" data-pagefind-body>' +
			'<h1>Nậm Pồ</h1><div><article>inner</article></div></article><aside><article>other</article></aside></div></body></html>';
		assert.equal(
			indexedRegion(page),
			'<!doctype html><html lang="vi"><body><article class="x" data-pagefind-body><h1>Nậm Pồ</h1>' +
				'<div><article>inner</article></div></article></body></html>',
		);
	});
	it('leaves a page without it whole', () =>
		assert.equal(indexedRegion('<body><p>x</p></body>'), '<body><p>x</p></body>'));
	it('leaves an unclosed region whole', () => {
		const page = '<body><main data-pagefind-body><p>x</p></body>';
		assert.equal(indexedRegion(page), page);
	});
});

describe('isRedirectPage', () => {
	// Astro's redirect page (astro/dist/core/routing/3xx.js), minified as Astro writes it, and not.
	const redirect =
		'<!doctype html><title>Redirecting to: /bai-viet/a/</title><meta http-equiv="refresh" content="0;url=/bai-viet/a/">';
	it('knows a copy’s page from its first bytes', () => {
		assert.equal(isRedirectPage(redirect.slice(0, REDIRECT_HEAD_BYTES)), true);
		assert.equal(isRedirectPage(redirect.replace('><', '>\n<')), true);
	});
	it('does not take a page of the site for one', () => {
		const briefing = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Redirecting to: a</title>';
		assert.equal(isRedirectPage(briefing.slice(0, REDIRECT_HEAD_BYTES)), false);
		assert.equal(isRedirectPage(''), false);
	});
});

describe('withoutUnindexed', () => {
	it('empties ignored and excluded elements, nested ones of the same name included', () =>
		assert.equal(
			withoutUnindexed(
				'<article><div data-pagefind-ignore><div>Trang chủ</div><p>x</p></div><h1>Mường Nhé</h1>' +
					'<table><thead><tr><th>Chỉ tiêu</th></tr></thead><tbody><tr><td class="n is-empty">–</td>' +
					'<td class="n">12 tỷ</td></tr></tbody></table><p data-pagefind-ignore="all" title="a > b">ghi chú</p></article>',
			),
			'<article><div></div><h1>Mường Nhé</h1><table><thead></thead><tbody><tr><td></td>' +
				'<td class="n">12 tỷ</td></tr></tbody></table><p></p></article>',
		));
	it('keeps an ignored element that holds or carries filters, meta or sort keys', () => {
		const holder =
			'<div hidden data-pagefind-ignore><span data-pagefind-filter="year[data-value]" data-value="2024"></span></div>' +
			'<span data-pagefind-ignore data-pagefind-meta="x:1"></span>';
		assert.equal(withoutUnindexed(holder), holder);
	});
	it('leaves void, self-closed and unclosed elements as they are', () => {
		const html = '<img data-pagefind-ignore alt="Sìn Hồ"><rect data-pagefind-ignore/><p data-pagefind-ignore>x';
		assert.equal(withoutUnindexed(html), html);
	});
	it('matches an excluded class only as a whole class', () =>
		assert.equal(
			withoutUnindexed('<td class="is-empty-ish">x</td><td class=is-empty>y</td><th class="is-empty">z</th>'),
			'<td class="is-empty-ish">x</td><td></td><th class="is-empty">z</th>',
		));
	it('gives Pagefind the same elements as selectors', () =>
		assert.deepEqual(excludeSelectors([{ tag: 'thead' }, { tag: 'td', className: 'is-empty' }]), [
			'thead',
			'td.is-empty',
		]));
});

describe('search page state', () => {
	const state = (s: Partial<SearchState>): SearchState => ({ q: '', filters: {}, sort: '', ...s });

	it('reads and writes the URL', () => {
		const s = stateFromParams(
			new URLSearchParams('q=nam+po&tinh=%C4%90i%E1%BB%87n+Bi%C3%AAn&nam=2024&sap-xep=moi&x=1'),
		);
		assert.deepEqual(s, { q: 'nam po', filters: { province: 'Điện Biên', year: '2024' }, sort: 'moi' });
		assert.deepEqual(stateFromParams(new URLSearchParams(paramsFromState(s))), s);
		assert.equal(paramsFromState(state({ q: '  ' })), '');
		assert.equal(stateFromParams(new URLSearchParams('sap-xep=bad')).sort, '');
	});

	it('is empty without words or filters', () => {
		assert.ok(isEmpty(state({ q: ' ' })));
		assert.ok(!isEmpty(state({ filters: { year: '2023' } })));
	});

	it('asks Pagefind by relevance, or newest first when only filtering', () => {
		assert.deepEqual(pagefindQuery(state({ q: ' nam po ' })), { term: 'nam po', options: { filters: {} } });
		assert.deepEqual(pagefindQuery(state({ filters: { province: 'Lai Châu' } })), {
			term: null,
			options: { filters: { province: 'Lai Châu' }, sort: { date: 'desc' } },
		});
		assert.deepEqual(pagefindQuery(state({ q: 'x', sort: 'cu' })).options.sort, { date: 'asc' });
		assert.equal(pagefindQuery(state({ q: 'x'.repeat(1000) })).term?.length, 200);
	});

	it('says how many were found, in Vietnamese', () => {
		assert.equal(statusText(3, state({ q: 'nam po' })), 'Tìm thấy 3 bài viết cho “nam po”.');
		assert.equal(
			statusText(2, state({ filters: { province: 'Lai Châu' } })),
			'Tìm thấy 2 bài viết với bộ lọc đã chọn (mới nhất trước).',
		);
		assert.equal(
			statusText(0, state({ q: 'x', filters: { year: '2020' } })),
			'Không tìm thấy bài viết nào cho “x” với bộ lọc đã chọn. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.',
		);
	});
});

describe('excerptParts', () => {
	it('splits highlighted runs and decodes entities', () => {
		assert.deepEqual(excerptParts('Huyện <mark>Nậm</mark> <mark>Pồ</mark> &lt;b&gt; &amp; &#39;x&#x27;'), [
			{ text: 'Huyện ', mark: false },
			{ text: 'Nậm', mark: true },
			{ text: ' ', mark: false },
			{ text: 'Pồ', mark: true },
			{ text: " <b> & 'x'", mark: false },
		]);
	});
	it('drops any other markup', () =>
		assert.deepEqual(excerptParts('a<img src=x onerror=alert(1)>b<script>c</script>'), [{ text: 'abc', mark: false }]));
	it('gives nothing for an empty excerpt', () => assert.deepEqual(excerptParts(''), []));
});

describe('markQuery', () => {
	it('highlights words equal to a query word without marks, whatever their marks', () => {
		assert.deepEqual(markQuery(excerptParts('Huyện Điện <mark>Biên</mark> Đông, đồng bào'), 'dien bien dong'), [
			{ text: 'Huyện ', mark: false },
			{ text: 'Điện', mark: true },
			{ text: ' ', mark: false },
			{ text: 'Biên', mark: true },
			{ text: ' ', mark: false },
			{ text: 'Đông', mark: true },
			{ text: ', ', mark: false },
			{ text: 'đồng', mark: true },
			{ text: ' bào', mark: false },
		]);
	});
	it('with marks typed, highlights only words with the same marks (never "năm" for "Nậm")', () => {
		const parts = markQuery(
			excerptParts('Trong <mark>năm</mark> 2024, huyện <mark>Nậm</mark> <mark>Pồ</mark> đạt'),
			'Nậm Pồ',
		);
		assert.deepEqual(
			parts.filter((p) => p.mark).map((p) => p.text),
			['Nậm', 'Pồ'],
		);
		assert.deepEqual(
			markQuery([{ text: 'nam, năm, Nậm', mark: false }], 'nam')
				.filter((p) => p.mark)
				.map((p) => p.text),
			['nam', 'năm', 'Nậm'],
			'without marks, every spelling',
		);
		assert.deepEqual(
			markQuery([{ text: 'tỉnh Hòa Bình', mark: false }], 'Hoà')
				.filter((p) => p.mark)
				.map((p) => p.text),
			['Hòa'],
			'the tone’s place does not matter',
		);
	});
	it('marks whole words, and words the last query word begins (as it is typed)', () => {
		assert.deepEqual(markQuery([{ text: 'Điệnx dien', mark: false }], 'dien x'), [
			{ text: 'Điệnx ', mark: false },
			{ text: 'dien', mark: true },
		]);
		assert.deepEqual(
			markQuery([{ text: 'Điện Biên', mark: false }], 'dien bi')
				.filter((p) => p.mark)
				.map((p) => p.text),
			['Điện', 'Biên'],
		);
	});
	it('changes nothing for an empty query, and gives nothing for an empty excerpt', () => {
		assert.deepEqual(markQuery([{ text: 'a', mark: true }], ' '), [{ text: 'a', mark: false }]);
		assert.deepEqual(markQuery([], 'a'), []);
		assert.deepEqual(markQuery([], ''), []);
	});
});

describe('nameTier and byNameTier', () => {
	const vuABang = ['Vừ A Bằng', 'Nậm Pồ', 'Huyện Nậm Pồ', 'Điện Biên', 'Tỉnh Điện Biên'];
	const dbd = ['Điện Biên Đông', 'Huyện Điện Biên Đông', 'Điện Biên', 'Tỉnh Điện Biên'];
	const laiChau = ['Lê Văn Lương', 'Mường Tè', 'Huyện Mường Tè', 'Lai Châu', 'Tỉnh Lai Châu'];
	it('is exact when the query is a name, with or without marks', () => {
		for (const q of ['vu a bang', 'Vừ A Bằng', 'VU A BANG', 'huyen nam po', 'Nậm Pồ', 'dien bien', 'Điện Biên']) {
			assert.equal(nameTier(q, vuABang), TIER.exact, q);
		}
	});
	it('is within when a name is a run of the query or the query a run of a name', () => {
		assert.equal(nameTier('nam po 2024', vuABang), TIER.within);
		assert.equal(nameTier('bien dong', dbd), TIER.within);
	});
	it('keeps marks apart when they are typed', () => {
		assert.equal(nameTier('Điện Biên', dbd), TIER.exact, 'the province');
		assert.equal(nameTier('Diễn Biến', dbd), TIER.other);
		assert.equal(nameTier('Nam Pô', vuABang), TIER.other, '"Pô" is not "Pồ"');
		assert.equal(nameTier('', vuABang), TIER.other);
		assert.equal(nameTier('vu a bang', ['', '—']), TIER.other, 'names without words');
	});
	it('moves the results named by the query first, keeping the index’s order within a tier', () => {
		const results = [
			{ id: 'lai-chau', names: laiChau },
			{ id: 'dbd', names: dbd },
			{ id: 'nam-po', names: vuABang },
		];
		const order = (q: string) => byNameTier(results, q, (r) => r.names).map((r) => r.id);
		assert.deepEqual(order('vu a bang'), ['nam-po', 'lai-chau', 'dbd']);
		assert.deepEqual(order('dien bien'), ['dbd', 'nam-po', 'lai-chau'], 'both exact (the province): index order');
		// Nậm Pồ's province, Điện Biên, is a run of the query: within, before the unrelated one.
		assert.deepEqual(order('dien bien dong'), ['dbd', 'nam-po', 'lai-chau']);
	});
	it('reads the names of a result’s metadata', () => {
		assert.deepEqual(namesOf({ names: 'Vừ A Bằng | Nậm Pồ' }), ['Vừ A Bằng', 'Nậm Pồ']);
		assert.deepEqual(namesOf({}), []);
	});
});
