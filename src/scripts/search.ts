/**
 * The search page in the browser: loads the Pagefind library from the site's own
 * `<base>pagefind/0/` folder and merges the index's other shards (`<base>pagefind/1/`…, see
 * src/lib/site/search/shards.ts), searches as the reader types or picks a filter, and lists results
 * (title, date, district, excerpt). The district and officials' menus are the picked province's,
 * the officials read from the file its option names (src/lib/site/search/filter-menus.ts). The
 * state lives in the URL (?q=…&tinh=…), so a search can be shared and the back button works.
 * Results are built as DOM nodes, never as HTML strings: the page runs under a
 * Content-Security-Policy with no inline script or style.
 */

import { formatShortDate } from '../lib/format/dates.ts';
import { dotJoin } from '../lib/format/text.ts';
import { readOfficialMenu } from '../lib/site/search/filter-menus.ts';
import { type FacetOption, type FilterKey, UNDATED_SORT_KEY } from '../lib/site/search/index-fields.ts';
import { inOrder, type MergedResults, mergeSorted } from '../lib/site/search/merge-sorted.ts';
import {
	byNameTier,
	excerptParts,
	isEmpty,
	markQuery,
	namesOf,
	pagefindQuery,
	paramsFromState,
	type SearchState,
	type SortOrder,
	stateFromParams,
	statusText,
} from '../lib/site/search/search-page.ts';
import { doubtfulWords, prefixesFound, queryWords, shardsToKeep } from '../lib/site/search/shard-fallback.ts';
import { shardDir } from '../lib/site/search/shards.ts';

interface PagefindResultData {
	readonly url: string;
	readonly excerpt: string;
	/** The page's indexed text, whole. */
	readonly content: string;
	readonly meta: Readonly<Record<string, string | undefined>>;
}

interface PagefindResult {
	readonly score: number;
	data(): Promise<PagefindResultData>;
}

interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(
		term: string | null,
		options: ReturnType<typeof pagefindQuery>['options'],
	): Promise<{ readonly results: readonly PagefindResult[] }>;
}

/** Results shown at first, and added by each "more" click. */
const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching. */
const TYPING_DELAY_MS = 200;
/**
 * Pagefind's best results whose names are read (their data fetched, a small file each) to move
 * the ones named by the query first; results further down keep Pagefind's order.
 */
const RERANK = 30;
/**
 * The synthetic filter that tells the shards apart (each shard's pages carry their shard's
 * number), so that each shard is searched on its own: a shard that matched a word by a shorter
 * one is left out (`shardResults`), and lists in date order are merged by date, as Pagefind's
 * own merge orders them by their rank in their shard.
 */
const SHARD_FILTER = 'shard';

function required<T extends Element>(root: ParentNode, selector: string): T {
	const el = root.querySelector<T>(selector);
	if (!el) throw new Error(`search page: ${selector} is missing`);
	return el;
}

/** The page's elements the script reads and writes. */
interface SearchElements {
	readonly form: HTMLFormElement;
	readonly input: HTMLInputElement;
	readonly selects: readonly HTMLSelectElement[];
	readonly sortSelect: HTMLSelectElement;
	readonly output: HTMLElement;
	readonly status: HTMLElement;
	readonly list: HTMLOListElement;
	readonly more: HTMLButtonElement;
}

/** Stage 1: the form's fields and the results' output, or an error naming the one missing. */
function findElements(form: HTMLFormElement): SearchElements {
	const output = required<HTMLElement>(document, '[data-search-output]');
	return {
		form,
		input: required<HTMLInputElement>(form, 'input[name="q"]'),
		selects: [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')],
		sortSelect: required<HTMLSelectElement>(form, 'select[data-sort]'),
		output,
		status: required<HTMLElement>(output, '[data-search-status]'),
		list: required<HTMLOListElement>(output, '[data-search-results]'),
		more: required<HTMLButtonElement>(output, '[data-search-more]'),
	};
}

/** Pagefind with every shard of the index merged, and how many shards there are. */
interface Index {
	readonly api: PagefindApi;
	readonly shards: number;
}

/** Stage 2: loads and initialises Pagefind from `bundle` once, on first use, and merges its `shards`. */
function pagefindLoader(bundle: string, base: string, shards: number): () => Promise<Index> {
	let pagefind: Promise<Index> | null = null;
	return () => {
		pagefind ??= (async () => {
			const options = { baseUrl: base, excerptLength: 24 };
			const api = (await import(/* @vite-ignore */ `${bundle}${shardDir(0)}pagefind.js`)) as PagefindApi;
			await api.options(options);
			await api.init();
			if (shards > 1) {
				await api.options({ mergeFilter: { [SHARD_FILTER]: '0' } });
				await Promise.all(
					Array.from({ length: shards - 1 }, (_, i) =>
						api.mergeIndex(`${bundle}${shardDir(i + 1)}`, {
							...options,
							mergeFilter: { [SHARD_FILTER]: String(i + 1) },
						}),
					),
				);
			}
			return { api, shards };
		})();
		return pagefind;
	};
}

/** The search the form asks for. */
function readState(els: SearchElements): SearchState {
	const filters: Partial<Record<FilterKey, string>> = {};
	for (const s of els.selects) if (s.value) filters[s.dataset.filter as FilterKey] = s.value;
	return { q: els.input.value, filters, sort: els.sortSelect.value as SortOrder };
}

/** Sets the form to a search (from the page's URL). */
function writeState(els: SearchElements, state: SearchState): void {
	els.input.value = state.q;
	for (const s of els.selects) {
		const v = state.filters[s.dataset.filter as FilterKey] ?? '';
		// A value no option has (an old link) is ignored rather than searched for.
		s.value = [...s.options].some((o) => o.value === v) ? v : '';
	}
	els.sortSelect.value = state.sort;
}

/** Keeps the search in the page's URL, so that it can be shared and reloaded. */
function remember(state: SearchState): void {
	const query = paramsFromState(state);
	const url = `${location.pathname}${query ? `?${query}` : ''}`;
	if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

/** One result as a list item: date, title link, place, excerpt with the matches marked. */
function renderResult(d: PagefindResultData, query: string): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'blist__item search-result';
	const date = document.createElement('span');
	date.className = 'blist__date';
	if (d.meta.date) {
		const time = document.createElement('time');
		time.dateTime = d.meta.date;
		time.textContent = formatShortDate(d.meta.date);
		date.append(time);
	} else {
		date.classList.add('muted');
		date.textContent = 'Chưa rõ ngày';
	}
	const body = document.createElement('div');
	const title = document.createElement('h3');
	title.className = 'blist__title';
	const link = document.createElement('a');
	link.href = d.url;
	link.textContent = d.meta.title ?? d.url;
	title.append(link);
	const place = document.createElement('p');
	place.className = 'blist__meta search-result__place';
	place.textContent = dotJoin([d.meta.district, d.meta.province]) || 'Chưa xác định địa bàn';
	body.append(title, place);
	const parts = markQuery(excerptParts(d.excerpt), query);
	if (parts.length > 0) {
		const excerpt = document.createElement('p');
		excerpt.className = 'search-result__excerpt';
		for (const part of parts) {
			if (part.mark) {
				const m = document.createElement('mark');
				m.textContent = part.text;
				excerpt.append(m);
			} else excerpt.append(part.text);
		}
		body.append(excerpt);
	}
	li.append(date, body);
	return li;
}

/** A result whose data is fetched once, however often it is asked for. */
function once(r: PagefindResult): PagefindResult {
	let data: Promise<PagefindResultData> | undefined;
	return { score: r.score, data: () => (data ??= r.data()) };
}

/**
 * Results by relevance with those named by the query first (`byNameTier`: "vu a bang" puts
 * the briefings about Vừ A Bằng before those with "vụ" and "bằng" in their text).
 */
async function namedFirst(results: readonly PagefindResult[], query: ReturnType<typeof pagefindQuery>) {
	const all = results.map(once);
	if (query.term === null) return all;
	const head = all.slice(0, RERANK);
	const data = await Promise.all(head.map((r) => r.data()));
	const order = byNameTier(
		head.map((r, i) => ({ r, names: namesOf(data[i]?.meta ?? {}) })),
		query.term,
		(x) => x.names,
	);
	return [...order.map((x) => x.r), ...all.slice(RERANK)];
}

/**
 * Each shard's results for a query, searched on its own, without those of a shard that matched
 * a word of the query by a shorter word because none of its pages has the word (`shardsToKeep`):
 * one index would not have found them.
 */
async function shardResults(api: PagefindApi, shards: number, query: ReturnType<typeof pagefindQuery>) {
	const lists = await Promise.all(
		Array.from({ length: shards }, async (_, k) => {
			const filters = { ...query.options.filters, [SHARD_FILTER]: String(k) };
			const found = await api.search(query.term, { ...query.options, filters });
			return found.results.map(once);
		}),
	);
	if (query.term === null) return lists;
	const words = queryWords(query.term);
	const has = async (r: PagefindResult | undefined, prefixes: readonly string[]) => {
		const d = await r?.data();
		return d ? prefixesFound([d.content, ...Object.values(d.meta).map((v) => v ?? '')], prefixes) : null;
	};
	const heads = await Promise.all(
		lists.map((list) =>
			has(
				list[0],
				words.map((w) => w.prefix),
			),
		),
	);
	const inSite = words.map(() => true);
	// Rare: a word some shard's results lack. Searched alone in each shard: is it in the site?
	for (const i of doubtfulWords(heads)) {
		const { word, prefix } = words[i] as (typeof words)[number];
		const alone = await Promise.all(
			Array.from({ length: shards }, async (_, k) => {
				const found = await api.search(word, { filters: { [SHARD_FILTER]: String(k) } });
				return (await has(found.results[0], [prefix]))?.[0] === true;
			}),
		);
		inSite[i] = alone.includes(true);
	}
	const keep = shardsToKeep(heads, inSite);
	return lists.map((list, k) => (keep[k] ? list : []));
}

/**
 * The results of a query: by relevance, as Pagefind merges shards (by score), with the names
 * asked for first (`namedFirst`); in date order (a sort picked, or no words), each shard's list
 * merged by date (`mergeSorted`), a result's date read from its data.
 */
async function searchIndex({ api, shards }: Index, query: ReturnType<typeof pagefindQuery>) {
	const order = query.options.sort?.date;
	if (shards === 1) {
		const { results } = await api.search(query.term, query.options);
		return inOrder(order ? results.map(once) : await namedFirst(results, query));
	}
	const lists = await shardResults(api, shards, query);
	if (order) {
		// One index orders briefings of the same day by their address, as it numbers them.
		const key = async (r: PagefindResult) => {
			const d = await r.data();
			return `${d.meta.date ?? UNDATED_SORT_KEY}\u0000${d.url}`;
		};
		return mergeSorted(lists, key, order);
	}
	// Pagefind's own merge: every shard's results by score, a stable sort.
	return inOrder(
		await namedFirst(
			lists.flat().sort((a, b) => b.score - a.score),
			query,
		),
	);
}

/** What the form does: run a search, show more results, wait for the reader to stop typing. */
interface Searcher {
	run(): Promise<void>;
	showMore(focus: boolean): Promise<void>;
	runSoon(): void;
}

/** Stage 3: the searches, each numbered so that a slower, older one never overwrites a newer one. */
function searcher(els: SearchElements, load: () => Promise<Index>): Searcher {
	const { output, status, list, more } = els;
	let results: MergedResults<PagefindResult> = inOrder([]);
	let shown = 0;
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	/** Adds the next page of results; `focus` moves the keyboard to the first one added. */
	const showMore = async (focus: boolean) => {
		const mine = generation;
		const query = pagefindQuery(readState(els)).term ?? '';
		const next = await results.next(PAGE_SIZE);
		const data = await Promise.all(next.map((r) => r.data()));
		if (mine !== generation) return;
		const items = data.map((d) => renderResult(d, query));
		list.append(...items);
		shown += next.length;
		const left = results.count - shown;
		more.hidden = left <= 0;
		more.textContent = `Xem thêm ${Math.min(left, PAGE_SIZE)} bài`;
		if (focus) items[0]?.querySelector('a')?.focus();
	};

	const run = async () => {
		clearTimeout(timer);
		const mine = ++generation;
		const state = readState(els);
		remember(state);
		if (isEmpty(state)) {
			output.hidden = true;
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			results = inOrder([]);
			return;
		}
		output.hidden = false;
		output.setAttribute('aria-busy', 'true');
		try {
			const index = await load();
			const found = await searchIndex(index, pagefindQuery(state));
			if (mine !== generation) return;
			results = found;
			shown = 0;
			list.replaceChildren();
			await showMore(false);
			if (mine !== generation) return;
			status.textContent = statusText(results.count, state);
		} catch (e) {
			if (mine !== generation) return;
			console.error('search failed', e);
			list.replaceChildren();
			more.hidden = true;
			status.textContent = 'Không tải được công cụ tìm kiếm. Hãy tải lại trang, hoặc tìm bài theo danh mục bên dưới.';
		} finally {
			if (mine === generation) output.removeAttribute('aria-busy');
		}
	};

	const runSoon = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), TYPING_DELAY_MS);
	};

	return { run, showMore, runSoon };
}

/** The menus that follow the province picked: its districts and its officials. */
interface ProvinceMenus {
	/**
	 * Gives the district menu the picked province's districts and the officials' menu its
	 * officials (the page's own of both without one), each of `keep` chosen where it is offered.
	 */
	follow(keep: SearchState['filters']): Promise<void>;
	/** Picks the province of the district picked when no province is: true when it did (then `follow`). */
	provinceOfDistrict(): boolean;
}

/** The value of `keep` if `menu` offers it, else '' (every one). */
function choose(menu: HTMLSelectElement, keep: string | undefined): void {
	menu.value = keep !== undefined && [...menu.options].some((o) => o.value === keep) ? keep : '';
}

/**
 * Stage 4: the district menu cut to the picked province's group of options (a district picked
 * first picks its province), and the officials' menu of the picked province, from the file its
 * option names (each file fetched once), or the page's own options of both when no province is
 * picked. A file that cannot be read leaves only "every official". When the province changes
 * again before a file arrives, only the last one's menu is shown.
 */
function provinceMenus(els: SearchElements): ProvinceMenus {
	const by = (key: FilterKey) => els.selects.find((s) => s.dataset.filter === key);
	const province = by('province');
	const districts = by('district');
	const officials = by('official');
	if (!province) return { follow: async () => undefined, provinceOfDistrict: () => false };
	const allDistricts = districts ? [...districts.children] : [];
	const ownOfficials = officials ? [...officials.options] : [];
	const every = ownOfficials.filter((o) => o.value === '');
	const files = new Map<string, Promise<FacetOption[]>>();
	const read = (url: string) => {
		let file = files.get(url);
		if (!file) {
			file = fetch(url)
				.then((r) => {
					if (!r.ok) throw new Error(`${url}: ${r.status}`);
					return r.json();
				})
				.then(readOfficialMenu);
			// A failure is not kept: the next pick of the province tries again.
			file.catch(() => files.delete(url));
			files.set(url, file);
		}
		return file;
	};
	let generation = 0;
	return {
		async follow(keep) {
			const mine = ++generation;
			const picked = province.value;
			if (districts) {
				// A district's group is labelled with its province's name, the province menu's value.
				districts.replaceChildren(
					...allDistricts.filter((g) => picked === '' || !(g instanceof HTMLOptGroupElement) || g.label === picked),
				);
				choose(districts, keep.district);
			}
			if (!officials) return;
			const url = province.selectedOptions[0]?.dataset.officials;
			let options = ownOfficials;
			officials.disabled = url !== undefined;
			if (url !== undefined) {
				try {
					const list = await read(url);
					options = [...every, ...list.map((o) => new Option(`${o.label} (${o.count})`, o.value))];
				} catch (e) {
					console.error('officials menu', e);
					options = every;
				}
				if (mine !== generation) return;
				officials.disabled = false;
			}
			officials.replaceChildren(...options);
			choose(officials, keep.official);
		},
		provinceOfDistrict() {
			const group = districts?.selectedOptions[0]?.parentElement;
			if (province.value !== '' || !(group instanceof HTMLOptGroupElement)) return false;
			choose(province, group.label);
			return province.value !== '';
		},
	};
}

/** Stage 5: the form's events: submit, typing, filters and sort (the menus following the province), the "more" button. */
function listen(els: SearchElements, search: Searcher, menus: ProvinceMenus): void {
	els.form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search.run();
	});
	els.input.addEventListener('input', () => search.runSoon());
	for (const s of [...els.selects, els.sortSelect]) {
		s.addEventListener('change', () => {
			const key = s.dataset.filter;
			if (key !== 'province' && !(key === 'district' && menus.provinceOfDistrict())) return void search.run();
			void menus.follow(readState(els).filters).then(() => search.run());
		});
	}
	els.more.addEventListener('click', () => void search.showMore(true));
}

/**
 * Stage 6: the search of the page's URL in the form (its district and official in the province's
 * menus), the form shown instead of the no-script text.
 */
async function reveal(els: SearchElements, menus: ProvinceMenus): Promise<void> {
	const state = stateFromParams(new URLSearchParams(location.search));
	writeState(els, state);
	for (const el of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) el.hidden = true;
	(els.form.closest<HTMLElement>('[data-search-box]') ?? els.form).hidden = false;
	await menus.follow(state.filters);
}

function start(form: HTMLFormElement): void {
	const els = findElements(form);
	const load = pagefindLoader(
		form.dataset.bundle ?? '/pagefind/',
		form.dataset.base ?? '/',
		Math.max(1, Number(form.dataset.shards) || 1),
	);
	const search = searcher(els, load);
	const menus = provinceMenus(els);
	listen(els, search, menus);
	// Fetch the library while the reader thinks of a word.
	load().catch(() => undefined);
	void reveal(els, menus).then(() => {
		if (!isEmpty(readState(els))) void search.run();
	});
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) start(form);
