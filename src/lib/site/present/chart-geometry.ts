/**
 * Geometry of the site's SVG charts, as pure functions: linear scales, round tick values, the
 * bars of a comparison chart, sparklines on a time axis and the small "% of plan" bar. Components only
 * draw what these return.
 *
 * Bar positions are percentages of the chart's width, so an SVG drawn with `width="100%"` and
 * percentage `x`/`width` stretches to any screen while its text keeps its size.
 */

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps everything to the middle of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
	if (d1 === d0) return () => (r0 + r1) / 2;
	const k = (r1 - r0) / (d1 - d0);
	return (v) => r0 + (v - d0) * k;
}

/** A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
	if (!(span > 0) || !(count > 0)) return 1;
	const raw = span / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const f = raw / power;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/**
 * Round tick values covering [min, max]: multiples of a nice step, from the one at or below
 * `min` to the one at or above `max` (niceTicks(0, 113, 4) → 0, 50, 100, 150).
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
	if (min > max) [min, max] = [max, min];
	if (min === max) {
		if (min === 0) return [0, 1];
		const pad = Math.abs(min) / 2;
		[min, max] = min > 0 ? [0, max + pad] : [min - pad, 0];
	}
	const step = niceStep(max - min, count);
	const first = Math.floor(min / step + 1e-9);
	const last = Math.ceil(max / step - 1e-9);
	const ticks: number[] = [];
	// Computed from integers times the step, then rounded, so 0.1 steps do not drift (0.30000000000000004).
	for (let i = first; i <= last; i++) ticks.push(round(i * step, 10));
	return ticks;
}

function round(n: number, digits = 2): number {
	const f = 10 ** digits;
	const r = Math.round(n * f) / f;
	return Object.is(r, -0) ? 0 : r;
}

export interface BarChartOptions {
	/** A value drawn as a marked line across the bars (100 for "% of plan"). */
	readonly reference?: number;
	/** Height of one row (label line and bar), in px. */
	readonly rowHeight?: number;
	/** Thickness of a bar, in px. */
	readonly barHeight?: number;
	/** Height below the rows for the tick labels, in px. */
	readonly axisHeight?: number;
	/** Height above the rows (room for the reference's label), in px. */
	readonly top?: number;
}

export interface BarChartGeometry {
	/** Total height in px. */
	readonly height: number;
	/** Where the rows start and end (px): gridlines run between them. */
	readonly top: number;
	readonly plotBottom: number;
	/** Where zero is, in % of the width. */
	readonly zero: number;
	/** Where the reference value is, in % of the width; null without one. */
	readonly reference: number | null;
	readonly ticks: readonly { readonly value: number; readonly x: number }[];
	/** One per value, in the given order: `x` and `width` in % of the width, `y` (bar top) and `labelY` (label baseline) in px. */
	readonly bars: readonly {
		readonly value: number;
		readonly x: number;
		readonly width: number;
		readonly y: number;
		readonly labelY: number;
	}[];
	/** Where the axis's tick labels sit (baseline, px). */
	readonly axisY: number;
}

/**
 * A horizontal bar chart, one row per value: a label line, then the bar from zero. The scale
 * runs over round ticks covering zero, every value and the reference.
 */
export function barChart(values: readonly number[], options: BarChartOptions = {}): BarChartGeometry {
	const { rowHeight = 46, barHeight = 14, axisHeight = 22, top = 0 } = options;
	const extent = [0, ...values, ...(options.reference !== undefined ? [options.reference] : [])];
	const ticks = niceTicks(Math.min(...extent), Math.max(...extent), 4);
	const x = linearScale(ticks[0] ?? 0, ticks.at(-1) ?? 1, 0, 100);
	const zero = round(x(0));
	const labelLine = rowHeight - barHeight - 8;
	return {
		height: top + values.length * rowHeight + axisHeight,
		top,
		zero,
		reference: options.reference !== undefined ? round(x(options.reference)) : null,
		ticks: ticks.map((value) => ({ value, x: round(x(value)) })),
		bars: values.map((value, i) => {
			const end = round(x(value));
			return {
				value,
				x: Math.min(zero, end),
				width: round(Math.abs(end - zero)),
				y: top + i * rowHeight + labelLine + 4,
				labelY: top + i * rowHeight + labelLine,
			};
		}),
		plotBottom: top + values.length * rowHeight,
		axisY: top + values.length * rowHeight + axisHeight - 6,
	};
}

export interface SparklineOptions {
	readonly width?: number;
	readonly height?: number;
	/** Space kept free on every side, in px (room for the end dots). */
	readonly pad?: number;
	/** Space kept above and below the line for the labels of the highest and lowest values, in px. */
	readonly labelRoom?: number;
}

/**
 * The small bar behind a "% of plan" figure: how far along the plan the figure is, on a track
 * that ends at `max` per cent, with the plan (100%) marked. Widths in % of the track.
 */
export function planBar(percent: number, max = 150): { width: number; mark: number; over: boolean } {
	const clamped = Math.max(0, Math.min(percent, max));
	return { width: round((clamped / max) * 100), mark: round((100 / max) * 100), over: percent > max };
}

/** One figure on a time axis: the day it is about (ISO), its value, and the run it belongs to (the period's length). */
export interface TimePoint {
	readonly day: string;
	readonly value: number;
	/** Points of the same run are joined by the line; others stand alone ("9 tháng" is not joined to "năm"). */
	readonly run: string;
}

export interface TimeSparklineGeometry {
	readonly width: number;
	readonly height: number;
	/** The points in the given order, placed by their day. */
	readonly points: readonly { readonly x: number; readonly y: number; readonly value: number }[];
	/** One SVG path per run with two points or more, through its points in time order; a lone point has none. */
	readonly lines: readonly string[];
	/** Indexes of the lowest and highest value (the first of equal ones); equal when every value is the same. */
	readonly min: number;
	readonly max: number;
	/** Where a value's label sits beside its point: above for the highest, below for the lowest, anchored inside the chart. */
	label(
		index: number,
		below: boolean,
	): { readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end' };
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * A sparkline on a real time axis: each point at its day (points a year apart lie twice as far
 * apart as points six months apart), the lowest value at the bottom; a line joins only the
 * points of one run (nine-month figures with nine-month figures, years with years), so figures
 * of different periods are never drawn as a trend.
 */
export function timeSparkline(points: readonly TimePoint[], options: SparklineOptions = {}): TimeSparklineGeometry {
	const { width = 120, height = 44, pad = 4, labelRoom = 11 } = options;
	const days = points.map((p) => dayNumber(p.day));
	const values = points.map((p) => p.value);
	const x = linearScale(Math.min(...days), Math.max(...days), pad, width - pad);
	const y = linearScale(Math.min(...values), Math.max(...values), height - pad - labelRoom, pad + labelRoom);
	const placed = points.map((p, i) => ({ x: round(x(days[i] as number)), y: round(y(p.value)), value: p.value }));
	// One line per run through its points in time order; a run of one point is a lone dot.
	const runs = new Map<string, number[]>();
	for (const i of points.map((_, k) => k).sort((a, b) => (days[a] as number) - (days[b] as number) || a - b)) {
		const run = points[i]?.run as string;
		runs.set(run, [...(runs.get(run) ?? []), i]);
	}
	const lines = [...runs.values()]
		.filter((run) => run.length > 1)
		.map((run) => run.map((i, k) => `${k ? 'L' : 'M'}${placed[i]?.x} ${placed[i]?.y}`).join(''));
	const min = values.indexOf(Math.min(...values));
	const max = values.indexOf(Math.max(...values));
	return {
		width,
		height,
		points: placed,
		lines,
		min,
		max,
		label(index, below) {
			const p = placed[index] ?? { x: width / 2, y: height / 2 };
			const anchor = p.x < width / 4 ? 'start' : p.x > (width * 3) / 4 ? 'end' : 'middle';
			return { x: p.x, y: below ? p.y + labelRoom : p.y - 4, anchor };
		},
	};
}
