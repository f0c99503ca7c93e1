/**
 * Geometry of the site's SVG charts, as pure functions: linear scales, round tick values, the
 * bars of a comparison chart, sparkline paths and the small "% of plan" bar. Components only
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
}

export interface SparklineGeometry {
	readonly width: number;
	readonly height: number;
	/** The line through the points as an SVG path ("M3 25L93 3"); empty without points. */
	readonly path: string;
	readonly points: readonly { readonly x: number; readonly y: number; readonly value: number }[];
	readonly min: number;
	readonly max: number;
}

/**
 * A sparkline: values evenly spaced left to right (as the table's columns are), the lowest at
 * the bottom and the highest at the top; equal values draw a level line across the middle.
 */
export function sparkline(values: readonly number[], options: SparklineOptions = {}): SparklineGeometry {
	const { width = 96, height = 28, pad = 3 } = options;
	const min = values.length ? Math.min(...values) : 0;
	const max = values.length ? Math.max(...values) : 0;
	const x = values.length > 1 ? linearScale(0, values.length - 1, pad, width - pad) : () => width / 2;
	const y = linearScale(min, max, height - pad, pad);
	const points = values.map((value, i) => ({ x: round(x(i)), y: round(y(value)), value }));
	const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('');
	return { width, height, path, points, min, max };
}

/**
 * The small bar behind a "% of plan" figure: how far along the plan the figure is, on a track
 * that ends at `max` per cent, with the plan (100%) marked. Widths in % of the track.
 */
export function planBar(percent: number, max = 150): { width: number; mark: number; over: boolean } {
	const clamped = Math.max(0, Math.min(percent, max));
	return { width: round((clamped / max) * 100), mark: round((100 / max) * 100), over: percent > max };
}
