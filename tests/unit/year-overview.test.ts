/**
 * A year's page (/ngay/[year]/) lists each month's first briefings only, and links to the month's
 * page for the rest (src/lib/site/model/archive.ts, `yearOverview`): it stays small however many
 * briefings a year has, and its key changes only with what it prints.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { YEAR_PAGE_PER_MONTH, yearGrid, yearOverview } from '../../src/lib/site/model/archive.ts';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import { type ItemSpec, item } from '../support/entries.ts';
import { routesOf } from '../support/page-routes.ts';

/** `n` briefings on the days of November 2024 from the 1st on (two a day from the 31st briefing), and one in March. */
function site(n: number, edit: Record<string, ItemSpec> = {}) {
	const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(2, '0')}`);
	return buildSite([
		...ids.map((id, i) =>
			item(id, { date: `2024-11-${String((i % 30) + 1).padStart(2, '0')}`, title: `Bài ${id}`, ...edit[id] }),
		),
		item('m', { date: '2024-03-08' }),
	]);
}

const yearKey = (model: ReturnType<typeof site>) =>
	routesOf(model, { name: 'Bản tin' }).years.find((r) => r.params.year === '2024')?.cacheKey;

describe('yearOverview', () => {
	it('lists the first briefings of a long month, in date order, and counts the rest for its page', () => {
		const model = site(YEAR_PAGE_PER_MONTH + 3);
		const november = model.months.find((m) => m.key === '2024-11');
		const overview = yearOverview(model.years[0] as (typeof model.years)[number]);
		const month = overview.months.find((m) => m.key === '2024-11');
		assert.equal(overview.count, YEAR_PAGE_PER_MONTH + 4);
		assert.deepEqual(month?.briefings, november?.briefings.slice(0, YEAR_PAGE_PER_MONTH));
		assert.equal((month?.count ?? 0) - (month?.briefings.length ?? 0), 3);
		assert.equal(month?.count, YEAR_PAGE_PER_MONTH + 3);
		assert.equal(month?.path, '/ngay/2024/11/');
	});

	it('lists a short month whole, with nothing more', () => {
		const overview = yearOverview(site(4).years[0] as ReturnType<typeof site>['years'][number], 10);
		assert.deepEqual(
			overview.months.map((m) => [m.key, m.briefings.length, m.count - m.briefings.length]),
			[
				['2024-03', 1, 0],
				['2024-11', 4, 0],
			],
		);
	});

	it('gives the month grid the same months as the year', () => {
		const year = site(3).years[0] as ReturnType<typeof site>['years'][number];
		const grid = yearGrid(yearOverview(year));
		assert.deepEqual(
			grid.filter((m) => m.page).map((m) => [m.key, m.page?.count]),
			[
				['2024-03', 1],
				['2024-11', 3],
			],
		);
		assert.equal(grid.length, 12);
	});
});

describe("a year page's key", () => {
	const n = YEAR_PAGE_PER_MONTH + 2;
	const before = yearKey(site(n));

	it('changes with a briefing it lists', () => {
		assert.notEqual(yearKey(site(n, { n00: { title: 'Tiêu đề khác' } })), before);
	});

	it('stays the same when a briefing only the month page lists changes', () => {
		// The last of November's, in date order: left to the month's page.
		const last = `n${String(n - 1).padStart(2, '0')}`;
		const edited = site(n, { [last]: { title: 'Tiêu đề khác' } });
		const listed = yearOverview(edited.years[0] as ReturnType<typeof site>['years'][number]).months[1]?.briefings ?? [];
		assert.ok(!listed.some((b) => b.id === last), 'the edited briefing is not listed on the year page');
		assert.equal(yearKey(edited), before);
	});

	it('changes when a month gains a briefing, listed or not', () => {
		assert.notEqual(yearKey(site(n + 1)), before);
	});
});
