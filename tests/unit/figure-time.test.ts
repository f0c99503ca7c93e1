import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { periodEnd, periodHeading } from '../../src/lib/format/dates.ts';
import { shortTitle } from '../../src/lib/format/text.ts';
import { buildSite } from '../../src/lib/site/model/build-site.ts';
import type { Briefing } from '../../src/lib/site/model/types.ts';
import { planBar, timeSparkline } from '../../src/lib/site/present/chart-geometry.ts';
import { briefingLinkText, columnHeads, linkTexts, periodsOf, timeOf } from '../../src/lib/site/present/figure-time.ts';
import { item } from '../support/entries.ts';

describe('periods as heads and on a time axis', () => {
	it('heads a column by the period reported', () => {
		assert.deepEqual(
			[3, 6, 9, 12].map((months) => periodHeading({ year: 2023, months: months as 3 | 6 | 9 | 12 })),
			['Quý I/2023', '6 tháng 2023', '9 tháng 2023', 'Năm 2023'],
		);
	});
	it("places a period at its last day, February's included", () => {
		assert.deepEqual(
			[
				periodEnd({ year: 2023, months: 9 }),
				periodEnd({ year: 2024, months: 12 }),
				periodEnd({ year: 2024, months: 3 }),
			],
			['2023-09-30', '2024-12-31', '2024-03-31'],
		);
	});
	it('cuts a long headline at a word, and leaves a short one whole', () => {
		assert.equal(
			shortTitle('Hoài Ân đầu tư hạ tầng để tạo đà phát triển bền vững'),
			'Hoài Ân đầu tư hạ tầng để tạo đà phát…',
		);
		assert.equal(shortTitle('  Lễ kỷ niệm  ngày giải phóng '), 'Lễ kỷ niệm ngày giải phóng');
		assert.equal(shortTitle('Mộtchữrấtdàikhôngcókhoảngtrắngnàocả', 10), 'Mộtchữrấtd…');
	});
});

describe('history column heads', () => {
	const site = buildSite([
		item('q3', { date: '2023-10-02', period: { year: 2023, months: 9 }, title: 'Nậm Pồ đánh giá chín tháng' }),
		item('y', { date: '2024-12-20', period: { year: 2024, months: 12 }, title: 'Nậm Pồ tổng kết năm' }),
		item('same-a', {
			date: '2024-12-20',
			period: { year: 2024, months: 12 },
			title: 'Hội nghị ban chấp hành lần thứ nhất',
		}),
		item('u1', { date: null, title: 'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân' }),
		item('u2', { date: null, title: 'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về thu ngân sách' }),
		item('u3', { date: null, title: 'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân' }),
		item('u4', {
			date: null,
			title: 'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân vốn đầu tư công năm nay',
		}),
		item('none', { date: '2024-05-02', title: 'Không kỳ' }),
	]);
	const b = (id: string) => site.byId.get(id) as Briefing;

	it('puts the period over the day', () => {
		assert.deepEqual(columnHeads([b('q3'), b('none')]), [
			{ period: '9 tháng 2023', sub: '02/10/2023' },
			{ period: 'Không nêu kỳ', sub: '02/05/2024' },
		]);
	});

	it('never gives two columns the same head: same day and period add the short title, then the place', () => {
		const heads = columnHeads([b('y'), b('same-a'), b('u1'), b('u2'), b('u3')]);
		assert.equal(new Set(heads.map((h) => `${h.period}|${h.sub}`)).size, heads.length, JSON.stringify(heads));
		assert.deepEqual(heads[0], { period: 'Năm 2024', sub: '20/12/2024 · Nậm Pồ tổng kết năm' });
		// Three undated briefings whose short titles read alike: cut longer until they differ,
		// and two whose whole titles are the same by their place.
		assert.deepEqual(
			heads.slice(2).map((h) => h.sub),
			[
				'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân (3)',
				'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về thu ngân…',
				'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân (5)',
			],
		);
	});

	it('cuts an undated title only as long as it takes to tell it apart', () => {
		assert.deepEqual(linkTexts([b('u1'), b('u4')]), [
			'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân',
			'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân…',
		]);
		assert.deepEqual(linkTexts([b('u1'), b('q3')]), ['Huyện Nậm Pồ làm việc với đoàn công tác…', '02/10/2023']);
		assert.deepEqual(
			linkTexts([b('u1'), b('u3'), b('u1')]),
			[
				'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân (1)',
				'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân (2)',
				'Huyện Nậm Pồ làm việc với đoàn công tác của tỉnh về giải ngân (1)',
			],
			'a briefing listed twice reads the same both times',
		);
	});

	it('names an undated briefing by its short title in links', () => {
		assert.equal(briefingLinkText(b('u1')), 'Huyện Nậm Pồ làm việc với đoàn công tác…');
		assert.equal(briefingLinkText(b('q3')), '02/10/2023');
	});

	it('places figures at the end of their period, else at the day; undated without a period nowhere', () => {
		assert.deepEqual([timeOf(b('q3')), timeOf(b('none')), timeOf(b('u1'))], ['2023-09-30', '2024-05-02', null]);
	});

	it('lists the distinct periods of a comparison', () => {
		assert.deepEqual(periodsOf([b('q3'), b('y'), b('same-a'), b('none')]), [
			'9 tháng 2023',
			'Năm 2024',
			'Không nêu kỳ',
		]);
	});
});

describe('timeSparkline', () => {
	const g = timeSparkline(
		[
			{ day: '2022-12-31', value: 90, run: '12' },
			{ day: '2023-09-30', value: 60, run: '9' },
			{ day: '2023-12-31', value: 120, run: '12' },
			{ day: '2024-12-31', value: 105, run: '12' },
		],
		{ width: 100, height: 40, pad: 0, labelRoom: 10 },
	);

	it('spaces points by their days, not evenly', () => {
		assert.deepEqual(
			g.points.map((p) => p.x),
			[0, 37.35, 49.93, 100],
		);
	});

	it('joins only points of the same run, in time order, past a point of another run', () => {
		assert.deepEqual(g.lines, ['M0 20L49.93 10L100 15'], 'the nine-month figure stands alone');
	});

	it('knows the lowest and highest, and labels them inside the chart', () => {
		assert.deepEqual([g.min, g.max], [1, 2]);
		assert.deepEqual(g.label(g.max, false), { x: 49.93, y: 6, anchor: 'middle' });
		assert.deepEqual(g.label(g.min, true), { x: 37.35, y: 40, anchor: 'middle' });
		assert.equal(g.label(0, false).anchor, 'start');
		assert.equal(g.label(3, true).anchor, 'end');
	});

	it('joins a run across the years when nothing else lies between', () => {
		const h = timeSparkline([
			{ day: '2023-12-31', value: 1, run: '12' },
			{ day: '2022-12-31', value: 1, run: '12' },
		]);
		assert.equal(h.lines.length, 1);
		assert.equal(h.min, h.max, 'equal values: one label');
		assert.deepEqual(
			h.points.map((p) => p.x),
			[116, 4],
			'the given order is kept; the line runs in time order',
		);
	});
});

describe('planBar past its track', () => {
	it('says when a figure overflows the 150% track', () => {
		assert.deepEqual(planBar(182), { width: 100, mark: 66.67, over: true });
		assert.deepEqual(planBar(150).over, false);
	});
});
