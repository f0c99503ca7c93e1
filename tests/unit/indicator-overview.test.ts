/**
 * An indicator's site-wide page (/chi-so/[key]/) lists its newest briefings only, with their
 * number (src/lib/site/model/indicators.ts, `indicatorOverview`): it stays small however many
 * briefings report the indicator, and its key changes only with what it prints.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { INDICATOR_PAGE_BRIEFINGS, indicatorOverview } from '../../src/lib/site/model/indicators.ts';
import { type ItemSpec, item } from '../support/entries.ts';
import { routesOf } from '../support/page-routes.ts';

const revenue = { key: 'budget-revenue' as const, label: 'thu ngân sách', value: 100, unit: 'tỷ đồng' };

/**
 * `n` briefings of one district giving budget revenue, one a day from 1 January 2024 (`r00` the
 * oldest), and one of another province's district.
 */
function site(n: number, edit: Record<string, ItemSpec> = {}) {
	return buildSite([
		...Array.from({ length: n }, (_, i) => {
			const id = `r${String(i).padStart(2, '0')}`;
			const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
			return item(id, { date: day, indicators: [{ ...revenue, value: 100 + i }], ...edit[id] });
		}),
		item('lc', { date: '2023-06-01', province: 'Lai Châu', district: 'Mường Tè', indicators: [revenue] }),
	]);
}

const revenuePage = (model: ReturnType<typeof site>) => {
	const page = model.indicators.find((i) => i.key === 'budget-revenue');
	assert.ok(page);
	return page;
};
const pageKey = (model: ReturnType<typeof site>) =>
	routesOf(model, { name: 'Bản tin' }).indicators.find((r) => r.params.key === 'budget-revenue')?.cacheKey;

describe('indicatorOverview', () => {
	it('keeps the newest briefings, counts them all and names the provinces it links', () => {
		const page = revenuePage(site(INDICATOR_PAGE_BRIEFINGS + 5));
		const overview = indicatorOverview(page);
		assert.equal(overview.count, INDICATOR_PAGE_BRIEFINGS + 6);
		assert.deepEqual(overview.newest, page.briefings.slice(0, INDICATOR_PAGE_BRIEFINGS));
		assert.equal(overview.newest[0]?.id, `r${INDICATOR_PAGE_BRIEFINGS + 4}`, 'newest first');
		assert.deepEqual(
			overview.provinces.map((p) => [p.province.name, p.path]),
			page.provinces.map((p) => [p.province.name, p.path]),
		);
		assert.deepEqual(overview.measures, page.measures);
	});

	it('keeps every briefing when there are few', () => {
		const page = revenuePage(site(3));
		assert.deepEqual(indicatorOverview(page).newest, page.briefings);
	});
});

describe("an indicator page's key", () => {
	const n = INDICATOR_PAGE_BRIEFINGS + 5;
	const before = pageKey(site(n));

	it('changes with a briefing it lists', () => {
		assert.notEqual(pageKey(site(n, { [`r${n - 1}`]: { title: 'Tiêu đề khác' } })), before);
	});

	it('stays the same when a briefing it neither lists nor ranks changes', () => {
		// The oldest of its district's: not among the newest, and not its district's latest figure.
		assert.equal(pageKey(site(n, { r00: { title: 'Tiêu đề khác' } })), before);
	});

	it('changes when a briefing is added, listed or not', () => {
		assert.notEqual(pageKey(site(n + 1)), before);
	});
});
