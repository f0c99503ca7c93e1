/**
 * The dynamic pages' static paths (src/lib/site/page-routes.ts): every page of the model once, at
 * the path its links use, with the props its page reads and the key of what it prints, all keys
 * computed in one pass.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { provinceComparisons, provinceOfficials, provinceTimeline } from '../../src/lib/site/model/provinces.ts';
import { buildReport } from '../../src/lib/site/outputs/build-report.ts';
import { editorLists } from '../../src/lib/site/outputs/editor-pages.ts';
import { editorsView } from '../../src/lib/site/outputs/editors-view.ts';
import { pageKeys } from '../../src/lib/site/page-keys.ts';
import { type PageRoutes, pageRoutes } from '../../src/lib/site/page-routes.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { districtGlance } from '../../src/lib/site/present/district-glance.ts';
import { type ItemSpec, item } from '../support/entries.ts';
import { routesOf } from '../support/page-routes.ts';

const official = { name: 'Vừ A Bằng', title: 'Phó Chủ tịch UBND tỉnh' };
const revenue = { key: 'budget-revenue' as const, label: 'thu ngân sách', value: 120, unit: 'tỷ đồng' };
const tree = { key: 'afforestation' as const, label: 'trồng rừng', value: 300, unit: 'ha' };
const food = { key: 'food-output' as const, label: 'sản lượng lương thực', value: 24_000, unit: 'tấn' };
const grdp = { key: 'grdp' as const, label: 'tổng sản phẩm', value: 1_630, unit: 'tỷ đồng' };
const retail = { key: 'retail-sales' as const, label: 'tổng mức bán lẻ', value: 900, unit: 'tỷ đồng' };
const sown = { key: 'sown-area' as const, label: 'diện tích gieo trồng', value: 5_000, unit: 'ha' };
const herd = { key: 'livestock' as const, label: 'tổng đàn gia súc', value: 40_000, unit: 'con' };
const admitted = { key: 'party-admissions' as const, label: 'kết nạp đảng viên', value: 120, unit: 'đảng viên' };
const schools = { key: 'standard-schools' as const, label: 'trường đạt chuẩn quốc gia', value: 30, unit: 'trường' };
const specs: Record<string, ItemSpec> = {
	a: { date: '2024-11-19', indicators: [revenue] },
	b: { date: '2024-11-20', officials: [official] },
	c: { date: '2024-11-05', province: 'Lai Châu', district: 'Mường Tè', indicators: [{ ...revenue, value: 80 }] },
	d: { date: '2023-03-01', province: 'Lai Châu', district: 'Than Uyên', indicators: [{ ...revenue, value: 95 }] },
	// The same text as a: a copy, whose address leads to a.
	e: { date: '2024-11-19', fingerprint: 'fp-a', file: 'content/articles/z-e.txt' },
};
const site = (edit: Record<string, ItemSpec> = {}) =>
	buildSite(Object.entries(specs).map(([id, spec]) => item(id, { ...spec, ...edit[id] })));
const settings = { name: 'Bản tin' };

/** The path a route's parameters build, by the route's page file (Astro's file-based routing). */
const built: Record<keyof PageRoutes, (p: Record<string, string>) => string> = {
	briefings: (p) => `/bai-viet/${p.id}/`,
	provinces: (p) => `/tinh/${p.province}/`,
	provinceYears: (p) => `/tinh/${p.province}/bai-viet/${p.year}/`,
	provinceOfficials: (p) => `/tinh/${p.province}/quan-chuc/`,
	districts: (p) => `/tinh/${p.province}/${p.district}/`,
	officials: (p) => `/quan-chuc/${p.province}/${p.official}/`,
	years: (p) => `/ngay/${p.year}/`,
	months: (p) => `/ngay/${p.year}/${p.month}/`,
	indicators: (p) => `/chi-so/${p.key}/`,
	indicatorProvinces: (p) => `/chi-so/${p.key}/${p.province}/`,
	editorLists: (p) => `/bien-tap/${p.list}/${p.page}/`,
};

/** Every page's key, by the path its parameters build. */
function keysByPath(routes: PageRoutes): Map<string, string> {
	const keys = new Map<string, string>();
	for (const [route, list] of Object.entries(routes) as [keyof PageRoutes, PageRoutes[keyof PageRoutes]][]) {
		for (const { params, cacheKey } of list) {
			const path = built[route](params as Record<string, string>);
			assert.ok(!keys.has(path), `${path} twice`);
			keys.set(path, cacheKey);
		}
	}
	return keys;
}

describe('pageRoutes', () => {
	const model = site();
	const routes = routesOf(model, settings);

	it('gives every page of the model once, at the path its links use', () => {
		const pagePaths = [
			...model.briefings.map((b) => b.path),
			...model.copies.map((c) => `/bai-viet/${c.id}/`),
			...[...model.provinces, ...model.districts, ...model.officials].map((p) => p.ref.path),
			...[...model.years, ...model.months, ...model.indicators].map((p) => p.path),
			...model.indicators.flatMap((i) => i.provinces.map((p) => p.path)),
			...model.officialIndex.map((g) => paths.provinceOfficials(g.province.slug)),
		];
		assert.deepEqual([...keysByPath(routes).keys()].sort(), pagePaths.sort());
		assert.equal(routes.briefings.length, 5, 'four briefings and a copy');
	});

	it('gives each page its model page as props, a copy the briefing it repeats', () => {
		const copy = routes.briefings.find((r) => r.params.id === 'e');
		assert.equal(copy?.props.copy, true);
		assert.equal(copy?.props.briefing, model.byId.get('a'));
		assert.deepEqual(
			routes.briefings.filter((r) => !r.props.copy).map((r) => r.props.briefing),
			model.briefings,
		);
		assert.deepEqual(
			routes.districts.map((r) => r.props.page),
			model.districts,
		);
		assert.deepEqual(
			routes.indicatorProvinces.map((r) => r.props.page),
			model.indicators.flatMap((i) => i.provinces),
		);
	});

	it('keys each page by what it prints: the same keys as pageKeys gives for the same data', () => {
		const keys = pageKeys(model, settings);
		for (const r of routes.briefings) {
			const b = r.props.briefing;
			assert.equal(r.cacheKey, r.props.copy ? keys.copy(b) : keys.briefing(b), r.params.id);
		}
		for (const r of routes.districts) {
			const comparisons = model.provincePage(r.props.page.ref.province.code)?.comparisons ?? [];
			assert.deepEqual(r.props.glance, districtGlance(r.props.page, comparisons));
			assert.equal(r.cacheKey, keys.page({ page: r.props.page, glance: r.props.glance }));
		}
		for (const r of [...routes.officials, ...routes.indicators, ...routes.indicatorProvinces]) {
			assert.equal(r.cacheKey, keys.page(r.props.page));
		}
		for (const r of routes.provinces) {
			assert.deepEqual(r.props.timeline, provinceTimeline(r.props.page));
			assert.deepEqual(r.props.comparisons, provinceComparisons(r.props.page));
			assert.deepEqual(r.props.officials, provinceOfficials(r.props.page));
			const { page, comparisons, officials, timeline } = r.props;
			assert.equal(r.cacheKey, keys.page({ page, comparisons, officials, timeline }));
		}
		for (const r of routes.provinceOfficials) {
			assert.equal(r.cacheKey, keys.page({ province: r.props.province, officials: r.props.officials }));
		}
		for (const r of routes.years) assert.equal(r.cacheKey, keys.page(r.props.year));
		for (const r of routes.months) assert.equal(r.cacheKey, keys.page(r.props.month));
	});

	it('a changed figure changes the keys of exactly the pages that print it', () => {
		const before = keysByPath(routes);
		// Than Uyên's 95 becomes 70: below Mường Tè's 80, so the two swap ranks.
		const after = keysByPath(routesOf(site({ d: { indicators: [{ ...revenue, value: 70 }] } }), settings));
		const changed = [...before.keys()].filter((k) => before.get(k) !== after.get(k)).sort();
		assert.deepEqual(changed, [
			'/bai-viet/d/',
			'/chi-so/budget-revenue/',
			'/chi-so/budget-revenue/lai-chau/',
			'/ngay/2023/',
			'/ngay/2023/03/',
			'/tinh/lai-chau/',
			// Mường Tè's card gives its rank: now the first of two.
			'/tinh/lai-chau/muong-te/',
			'/tinh/lai-chau/than-uyen/',
		]);
	});

	it("changes the keys of the same pages when an entry's data is known by a digest that changes with it (its snapshot line's)", () => {
		const byLine = (m: ReturnType<typeof site>) => (value: object) => {
			const b = m.briefings.find((x) => x.entry === value);
			return b && `line:${JSON.stringify(b.entry)}`;
		};
		const known = keysByPath(routesOf(model, settings, byLine(model)));
		assert.notDeepEqual(known, keysByPath(routes), 'the data is not read: its digest stands for it');
		const edited = site({ d: { indicators: [{ ...revenue, value: 70 }] } });
		const after = keysByPath(routesOf(edited, settings, byLine(edited)));
		const changed = [...known.keys()].filter((k) => known.get(k) !== after.get(k)).sort();
		const plainAfter = keysByPath(routesOf(edited, settings));
		const plainChanged = [...known.keys()].filter((k) => keysByPath(routes).get(k) !== plainAfter.get(k)).sort();
		assert.deepEqual(changed, plainChanged, 'the same pages change as when the data is read');
	});

	it('gives a province’s year of more than 20 briefings a page of its own, which its page links', () => {
		// In Lai Châu: 23 briefings in 2024 (one a day from 1 March), 2 in 2023, 21 in 2022, 22 undated.
		const many: Record<string, ItemSpec> = {};
		const place = { province: 'Lai Châu', district: 'Mường Tè' };
		for (let i = 1; i <= 23; i++) many[`lc-${i}`] = { ...place, date: `2024-03-${String(i).padStart(2, '0')}` };
		for (let i = 1; i <= 2; i++) many[`mid-${i}`] = { ...place, date: `2023-05-0${i}` };
		for (let i = 1; i <= 21; i++) many[`old-${i}`] = { ...place, date: `2022-07-${String(i).padStart(2, '0')}` };
		for (let i = 1; i <= 22; i++) many[`nd-${i}`] = { ...place, date: null };
		const m = buildSite(Object.entries(many).map(([id, spec]) => item(id, spec)));
		const r = routesOf(m, settings);
		const path = (year: string | null) => paths.provinceYear('lai-chau', year);
		assert.deepEqual(
			r.provinceYears.map(({ props: { year } }) => [
				paths.provinceYear(year.province.slug, year.group.year),
				year.group.briefings.length,
				year.older?.path ?? null,
				year.newer?.path ?? null,
			]),
			[
				[path('2024'), 23, path('2022'), null],
				[path('2022'), 21, null, path('2024')],
				// The undated are in no year's order.
				[path(null), 22, null, null],
			],
		);
		assert.equal(path(null), '/tinh/lai-chau/bai-viet/chua-ro-ngay/');
		const [page] = r.provinces;
		assert.deepEqual(
			page?.props.timeline.map((g) => [g.year, g.count, g.briefings.length, g.more]),
			[
				['2024', 23, 20, path('2024')],
				['2023', 2, 2, null],
				['2022', 21, 20, path('2022')],
				[null, 22, 20, path(null)],
			],
		);
		assert.deepEqual(
			page?.props.timeline[0]?.briefings.map((b) => b.id).slice(0, 2),
			['lc-23', 'lc-22'],
			'the newest first',
		);
		// Each at the path its route's page file builds, once among every page of the site.
		const keys = keysByPath(r);
		for (const { props } of r.provinceYears) assert.ok(keys.has(path(props.year.group.year)));
		const digests = pageKeys(m, settings);
		for (const { props, cacheKey } of r.provinceYears) assert.equal(cacheKey, digests.page(props.year));
	});

	it('draws a province’s six most widely reported comparisons and lists the others, each with its page', () => {
		// Lai Châu's districts: budget revenue in four, afforestation and food output in three, five
		// more measures in two, standard schools in one (no comparison).
		const measures: [string, NonNullable<ItemSpec['indicators']>][] = [
			['Mường Tè', [revenue, tree, food, grdp, retail, sown, herd, admitted, schools]],
			['Than Uyên', [revenue, tree, food, grdp, retail, sown, herd, admitted]],
			['Tam Đường', [revenue, tree, food]],
			['Phong Thổ', [revenue]],
		];
		const m = buildSite(
			measures.map(([district, indicators], i) =>
				item(`lc-${i}`, { province: 'Lai Châu', district, date: `2024-10-0${i + 1}`, indicators }),
			),
		);
		const r = routesOf(m, settings);
		const [page] = r.provinces;
		assert.ok(page);
		const { charted, listed } = page.props.comparisons;
		assert.equal(page.props.page.comparisons.length, 8);
		assert.deepEqual(
			charted.map((c) => [c.key, c.rows.length]),
			// Equal counts in the indicators' table order (INDICATOR_KEYS), not by their ids.
			[
				['budget-revenue', 4],
				['food-output', 3],
				['afforestation', 3],
				['grdp', 2],
				['retail-sales', 2],
				['sown-area', 2],
			],
		);
		assert.deepEqual(
			listed.map((c) => [c.key, c.districts, c.path]),
			[
				['livestock', 2, '/chi-so/livestock/lai-chau/'],
				['party-admissions', 2, '/chi-so/party-admissions/lai-chau/'],
			],
		);
		// Each listed comparison's page is a page of the site, and draws it.
		const keys = keysByPath(r);
		for (const c of listed) {
			assert.ok(keys.has(c.path), c.path);
			const drawn = r.indicatorProvinces.find((x) => x.props.page.path === c.path)?.props.page.measures;
			assert.deepEqual(
				drawn?.map((x) => x.id),
				[c.id],
			);
		}
		// Six or fewer are all drawn.
		assert.deepEqual(
			routes.provinces.map((x) => x.props.comparisons.listed.length),
			[0, 0],
		);
		assert.equal(provinceComparisons(page.props.page, 8).listed.length, 0);
	});

	it('lists a province’s 20 most named officials on its page and all of them, by name, on a page of their own', () => {
		// In Lai Châu: 22 officials, the first two named in two briefings each, the others in one.
		const names = [
			'Lò Văn Ẩn',
			'Lò Văn Bình',
			'Lò Văn Cường',
			'Lò Văn Dũng',
			'Lò Văn Đức',
			'Lò Văn Giang',
			'Lò Văn Hải',
			'Lò Văn Hùng',
			'Lò Văn Khánh',
			'Lò Văn Lâm',
			'Lò Văn Minh',
			'Lò Văn Nam',
			'Lò Văn Phúc',
			'Lò Văn Quang',
			'Lò Văn Sơn',
			'Lò Văn Tâm',
			'Lò Văn Thắng',
			'Lò Văn Tuấn',
			'Lò Văn Uy',
			'Lò Văn Vinh',
			'Lò Văn Xuân',
			'Lò Văn Yên',
		];
		const place = { province: 'Lai Châu', district: 'Mường Tè' };
		const title = 'Phó Chủ tịch UBND tỉnh';
		const m = buildSite([
			...names.map((name, i) => item(`lc-${i}`, { ...place, date: '2024-03-01', officials: [{ name, title }] })),
			item('again', {
				...place,
				date: '2024-03-02',
				officials: ['Lò Văn Yên', 'Lò Văn Xuân'].map((name) => ({ name, title })),
			}),
			item('db', { date: '2024-03-03', officials: [official] }),
		]);
		const r = routesOf(m, settings);
		const laiChau = r.provinces.find((x) => x.props.page.ref.slug === 'lai-chau');
		assert.ok(laiChau);
		const { officials } = laiChau.props;
		assert.equal(officials.count, 22);
		assert.equal(officials.more, '/tinh/lai-chau/quan-chuc/');
		assert.deepEqual(
			officials.officials.map((o) => o.ref.name),
			['Lò Văn Xuân', 'Lò Văn Yên', ...names.slice(0, 18)],
			'the most named first, then by name',
		);
		const all = r.provinceOfficials.find((x) => x.props.province.slug === 'lai-chau');
		assert.deepEqual(
			all?.props.officials.map((o) => o.ref.name),
			names,
			'every one, by name',
		);
		// Điện Biên's one official is listed whole on its page, which links no other; its page of them all exists too.
		const dienBien = r.provinces.find((x) => x.props.page.ref.slug === 'dien-bien');
		assert.deepEqual([dienBien?.props.officials.count, dienBien?.props.officials.more], [1, null]);
		assert.deepEqual(r.provinceOfficials.map((x) => x.props.province.slug).sort(), ['dien-bien', 'lai-chau']);
		assert.equal(provinceOfficials(laiChau.props.page, 22).more, null);
	});

	it('gives each page after the first of the editors’ lists, at its path, keyed by its files', () => {
		const warning = {
			code: 'no-headline' as const,
			severity: 'warning' as const,
			message: 'no headline',
			hint: 'Add one.',
			vi: { message: 'Không có tít', hint: 'Thêm tít.' },
		};
		const warned = (m: ReturnType<typeof site>) => {
			const rows = m.report.map((r) => ({
				...r,
				status: 'warning' as const,
				entry: { ...r.entry, messages: [{ ...warning, file: r.entry.file }] },
			}));
			return pageRoutes(m, settings, editorLists(editorsView(buildReport(rows), rows), 2));
		};
		const pages = warned(site()).editorLists;
		assert.deepEqual(
			pages.map((r) => [paths.editorList(r.props.page.list, r.props.page.page), r.props.page.files.length]),
			[
				['/bien-tap/can-xem-lai/2/', 2],
				['/bien-tap/can-xem-lai/3/', 1],
			],
		);
		assert.equal(keysByPath({ ...routes, editorLists: pages }).size, keysByPath(routes).size + 2);
		const retitled = warned(site({ e: { title: 'Tít khác' } })).editorLists;
		assert.deepEqual(
			retitled.map((r, i) => r.cacheKey === pages[i]?.cacheKey),
			[true, false],
			'only the page of the retitled file changes',
		);
	});

	it('a setting every page prints changes every key', () => {
		const before = keysByPath(routes);
		const after = keysByPath(routesOf(model, { name: 'Tên khác' }));
		assert.ok([...before].every(([path, key]) => after.get(path) !== key));
	});
});
