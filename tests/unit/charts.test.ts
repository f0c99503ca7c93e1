import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barChart, linearScale, niceStep, niceTicks, planBar } from '../../src/lib/site/present/chart-geometry.ts';

describe('linearScale', () => {
	it('maps the domain onto the range', () => {
		const x = linearScale(0, 200, 0, 100);
		assert.deepEqual([x(0), x(50), x(200)], [0, 25, 100]);
	});
	it('can run backwards (SVG y grows downwards)', () => assert.equal(linearScale(0, 10, 30, 0)(10), 0));
	it('maps a zero-width domain to the middle', () => assert.equal(linearScale(5, 5, 0, 100)(5), 50));
});

describe('niceTicks', () => {
	const cases: [number, number, number[]][] = [
		[0, 113, [0, 50, 100, 150]],
		[0, 100, [0, 50, 100]],
		[0, 1630, [0, 500, 1000, 1500, 2000]],
		[0, 0.9, [0, 0.5, 1]],
		[0, 0.3, [0, 0.1, 0.2, 0.3]],
		[-6, 12, [-10, -5, 0, 5, 10, 15]],
		[0, 0, [0, 1]],
		[40, 40, [0, 20, 40, 60]],
	];
	for (const [min, max, ticks] of cases) it(`${min}..${max}`, () => assert.deepEqual(niceTicks(min, max, 4), ticks));
	it('always covers the extent', () => {
		for (const [min, max] of [
			[3, 97],
			[0.013, 0.021],
			[-1401.351, 0],
			[12100.1, 28300],
		] as const) {
			const t = niceTicks(min, max);
			assert.ok((t[0] as number) <= min && (t.at(-1) as number) >= max, `${min}..${max}: ${t}`);
		}
	});
	it('steps by 1, 2 or 5 times a power of ten', () => {
		assert.deepEqual([niceStep(100, 4), niceStep(7, 4), niceStep(0.3, 4), niceStep(0, 4)], [50, 2, 0.1, 1]);
	});
});

describe('barChart', () => {
	const g = barChart([112.77, 78], { reference: 100, rowHeight: 40, barHeight: 10, axisHeight: 20 });
	it('scales bars from zero over round ticks', () => {
		assert.deepEqual(
			g.ticks.map((t) => [t.value, t.x]),
			[
				[0, 0],
				[50, 33.33],
				[100, 66.67],
				[150, 100],
			],
		);
		assert.deepEqual(
			g.bars.map((b) => [b.x, b.width]),
			[
				[0, 75.18],
				[0, 52],
			],
		);
	});
	it('places the reference line', () => assert.equal(g.reference, 66.67));
	it('stacks rows: label line, then bar', () => {
		assert.deepEqual(
			g.bars.map((b) => [b.labelY, b.y]),
			[
				[22, 26],
				[62, 66],
			],
		);
		assert.equal(g.height, 100);
	});
	it('draws negative values leftwards from zero', () => {
		const n = barChart([-5, 10]);
		assert.equal(n.zero, 33.33);
		assert.deepEqual(
			n.bars.map((b) => [b.x, b.width]),
			[
				[0, 33.33],
				[33.33, 66.67],
			],
		);
	});
	it('has no reference without one', () => assert.equal(barChart([1]).reference, null));
});

describe('planBar', () => {
	it('measures per cent of plan on a track to 150%', () => {
		assert.deepEqual(planBar(75), { width: 50, mark: 66.67, over: false });
	});
	it('stops at the end of the track', () => assert.deepEqual(planBar(193), { width: 100, mark: 66.67, over: true }));
	it('never goes below zero', () => assert.equal(planBar(-5).width, 0));
});

describe('barChart with room above', () => {
	const g = barChart([10, 20], { rowHeight: 40, barHeight: 10, axisHeight: 20, top: 16 });
	it('shifts every row down and spans the plot between top and the last row', () => {
		assert.deepEqual(
			g.bars.map((b) => b.y),
			[42, 82],
		);
		assert.deepEqual([g.top, g.plotBottom, g.height, g.axisY], [16, 96, 116, 110]);
	});
});
