import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearestInMonth, SAME_MONTH_NEAREST } from '../../src/lib/site/model/neighbours.ts';
import type { Briefing } from '../../src/lib/site/model/types.ts';

// Only identity matters to nearestInMonth: stand-ins named by their place in the month.
const month = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `b${i}` }) as unknown as Briefing);
const ids = (list: readonly Briefing[]) => list.map((b) => b.id);

describe('nearestInMonth: a bounded list of the month’s other briefings', () => {
	it('lists every other briefing of a small month, in date order', () => {
		const m = month(4);
		assert.deepEqual(ids(nearestInMonth(m, m[2] as Briefing).briefings), ['b0', 'b1', 'b3']);
		assert.equal(nearestInMonth(m, m[2] as Briefing).more, false);
	});

	it('takes as many before as after in the middle of a large month, and says there are more', () => {
		const m = month(30);
		const near = nearestInMonth(m, m[15] as Briefing);
		assert.deepEqual(ids(near.briefings), ['b11', 'b12', 'b13', 'b14', 'b16', 'b17', 'b18', 'b19']);
		assert.equal(near.more, true);
	});

	it('fills from the other side at the start and end of the month', () => {
		const m = month(30);
		assert.deepEqual(ids(nearestInMonth(m, m[0] as Briefing).briefings), [
			'b1',
			'b2',
			'b3',
			'b4',
			'b5',
			'b6',
			'b7',
			'b8',
		]);
		assert.deepEqual(ids(nearestInMonth(m, m[28] as Briefing).briefings), [
			'b21',
			'b22',
			'b23',
			'b24',
			'b25',
			'b26',
			'b27',
			'b29',
		]);
	});

	it('never lists more than SAME_MONTH_NEAREST, whatever the month’s size', () => {
		for (const size of [1, 2, 9, 10, 400]) {
			const m = month(size);
			for (const b of m) {
				const near = nearestInMonth(m, b);
				assert.equal(near.briefings.length, Math.min(size - 1, SAME_MONTH_NEAREST));
				assert.equal(near.more, size - 1 > SAME_MONTH_NEAREST);
				assert.ok(!near.briefings.includes(b));
			}
		}
	});

	it('gives nothing for a briefing not in the month', () => {
		assert.deepEqual(nearestInMonth(month(3), month(1)[0] as Briefing), { briefings: [], more: false });
	});
});
