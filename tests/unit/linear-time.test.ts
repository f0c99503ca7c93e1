/**
 * No step from bytes to facts costs more than linear time in the input: for each adversarial
 * pattern (the shapes that made a regex backtrack or a loop rescan its sentence), the work at
 * four times the size must grow less than `MAX_GROWTH` times. Growth, not a time bound: the
 * ratio holds on a slow or loaded machine, where a quadratic step shows as ≈16× and a linear one
 * as ≈4×. Work is measured twice over several runs, each long enough to time and started on a
 * collected heap: the quickest run (the one the machine's other load disturbed least) and the
 * main thread's CPU time (which load does not change); a pattern over the bound is measured
 * again before it fails. Timings themselves are the bench's (`npm run bench`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { processArticle } from '../../src/lib/article/process-article.ts';

/** The input sizes compared, in bytes. */
const SMALL = 16 * 1024;
const LARGE = 4 * SMALL;
/** Linear work grows 4× from SMALL to LARGE; quadratic work 16×. */
const MAX_GROWTH = 6;

/** Markup before a pattern, so that the text takes the HTML path. */
const HTML = '<p>Tiêu đề</p><p>Đoạn</p>';

interface Pattern {
	readonly repeat: string;
	readonly prefix?: string;
	/** Both sizes times this, for a superlinear term that is small per repeat (a comparison per pair of figures). */
	readonly scale?: number;
}

// "{n}" in a pattern is replaced by a counter, so that figures and names differ between repeats.
const PATTERNS: readonly Pattern[] = [
	// Markup, on the HTML path and as plain text.
	{ repeat: '<!--', prefix: HTML },
	{ repeat: '<!--' },
	{ repeat: '<a ', prefix: HTML },
	{ repeat: '<', prefix: HTML },
	{ repeat: '<', prefix: '' },
	{ repeat: '&#', prefix: HTML },
	{ repeat: '&#' },
	{ repeat: '&amp;' },
	{ repeat: '<p title="a>b">', prefix: HTML },
	{ repeat: '<b><i>', prefix: HTML },
	{ repeat: '<td><table>', prefix: HTML },
	{ repeat: '<div>', prefix: HTML },
	{ repeat: '<script>', prefix: HTML },
	{ repeat: '<![CDATA[', prefix: HTML },
	{ repeat: '<math><mi>', prefix: HTML },
	{ repeat: '<svg><foreignObject>', prefix: HTML },
	{ repeat: '<head>', prefix: HTML },
	{ repeat: '<form>', prefix: HTML },
	// Figures: many in one sentence with no clause mark.
	{ repeat: '105,5% ' },
	{ repeat: '1 ' },
	{ repeat: '1.000 ' },
	{ repeat: 'tăng 5% ' },
	{ repeat: '5 tỷ đồng ' },
	{ repeat: 'không {n} ' },
	{ repeat: 'kế hoạch giao {n} ' },
	{ repeat: 'sẽ {n} ', scale: 4 },
	{ repeat: 'phấn đấu {n} ' },
	{ repeat: 'xã Nậm Pồ {n} ' },
	{ repeat: 'trong đó {n} ' },
	{ repeat: 'thu ngân sách đạt {n} tỷ đồng, ' },
	{ repeat: 'Thu ngân sách đạt {n} tỷ đồng. ', scale: 4 },
	{ repeat: 'Thu ngân sách đạt {n} tỷ đồng, tăng {n}% so với cùng kỳ. ', scale: 4 },
	{ repeat: 'Thu ngân sách {n} tỷ đồng\n', scale: 4 },
	{ repeat: 'lúa {n} tấn; ' },
	// A target's list over many clauses, and many targets' lists in one sentence.
	{ repeat: 'phấn đấu thu ngân sách {n} tỷ đồng; ' },
	{ repeat: 'thu ngân sách {n} tỷ đồng; ', prefix: 'Huyện phấn đấu ' },
	{ repeat: 'giảm tỷ lệ hộ nghèo {n}%; ', prefix: 'Mục tiêu ' },
	{ repeat: 'đạt {n}% kế hoạch, tăng {n}% so với cùng kỳ. ' },
	// Numbers, dates and periods.
	{ repeat: '1.' },
	{ repeat: '1' },
	{ repeat: '1/' },
	{ repeat: 'ngày 1/1/2024 ' },
	{ repeat: 'năm 2024 ' },
	{ repeat: '9 tháng đầu năm 2024, ' },
	{ repeat: 'quý I/2024 ' },
	{ repeat: 'Sáng {n}/3, ' },
	{ repeat: 'Trong 2 ngày {n}/11-1/12, ' },
	{ repeat: '{n}/11 - ' },
	{ repeat: '10 tháng năm 2024 ' },
	// Names, titles and places.
	{ repeat: 'Phó Chủ tịch ' },
	{ repeat: 'huyện ' },
	{ repeat: 'huyện Nậm Pồ, ' },
	{ repeat: 'Bí thư Huyện ủy ' },
	{ repeat: 'Ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh ' },
	{ repeat: 'đồng chí Nguyễn Văn {n} ' },
	{ repeat: 'Đ' },
	// Layout: long lines, line breaks, sentence ends, captions, bylines.
	{ repeat: 'x' },
	{ repeat: '\n' },
	{ repeat: 'A\n' },
	{ repeat: '. ' },
	{ repeat: 'A. ' },
	{ repeat: 'T. ' },
	{ repeat: '(' },
	{ repeat: '"' },
	{ repeat: 'Ảnh: ' },
	{ repeat: 'Nguồn: ' },
	{ repeat: 'Tin, ảnh: ' },
	{ repeat: 'Bài, ảnh: A\n' },
	{ repeat: '(Theo Báo A) ' },
	{ repeat: 'Thời sự\n' },
];

const encoder = new TextEncoder();

/** An article of about `size` bytes: a headline, the prefix, then the pattern repeated. */
function article(p: Pattern, size: number): Uint8Array {
	const parts: string[] = [];
	let n = 0;
	let bytes = 0;
	while (bytes < size) {
		const part = p.repeat.replace(/\{n\}/g, () => String(++n));
		parts.push(part);
		bytes += encoder.encode(part).length;
	}
	return encoder.encode(`Tiêu đề bài\n${p.prefix ?? ''}${parts.join('')}`);
}

// Each run starts from a collected heap: what the garbage collector does then grows with the
// run's own allocations, not with what earlier runs left behind.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

interface Work {
	/** Milliseconds of the quickest run: the run the machine's other load disturbed least. */
	readonly wall: number;
	/** Main-thread CPU microseconds of all the runs: what load does not change (its clock ticks coarsely, so summed). */
	readonly cpu: number;
}

/** `runs` runs of `reps` articles, each started on a collected heap. */
function work(bytes: Uint8Array, runs: number, reps: number): Work {
	let wall = Number.POSITIVE_INFINITY;
	let cpu = 0;
	for (let i = 0; i < runs; i++) {
		collect();
		const start = performance.now();
		const used = process.threadCpuUsage();
		for (let r = 0; r < reps; r++) processArticle('linear.txt', bytes);
		const spent = process.threadCpuUsage(used);
		wall = Math.min(wall, performance.now() - start);
		cpu += spent.user + spent.system;
	}
	return { wall, cpu };
}

/** A run lasts at least this long at the small size, so that timer steps and clock ticks hardly count. */
const MIN_RUN_MS = 20;

/**
 * Measures a pattern at both sizes, keeping the quickest run and the CPU time summed across
 * attempts. Of the two ratios the smaller counts: on an idle machine the quickest runs compare
 * best, on a loaded one (where a long run is seldom left alone) CPU time does; quadratic work
 * shows in both.
 */
class Growth {
	readonly #small: Uint8Array;
	readonly #large: Uint8Array;
	readonly #reps: number;
	#smallWork = { wall: Number.POSITIVE_INFINITY, cpu: 0 };
	#largeWork = { wall: Number.POSITIVE_INFINITY, cpu: 0 };

	constructor(p: Pattern) {
		this.#small = article(p, SMALL * (p.scale ?? 1));
		this.#large = article(p, LARGE * (p.scale ?? 1));
		// Warm-up (the JIT compiles what this pattern reaches), which also says how many articles make a run.
		const once = work(this.#small, 1, 1).wall;
		this.#reps = Math.max(1, Math.ceil(MIN_RUN_MS / Math.max(once, 0.1)));
	}

	/** Measures `runs` more runs at each size; the growth from the small size to the large one. */
	measure(runs: number): number {
		const small = work(this.#small, runs, this.#reps);
		const large = work(this.#large, runs, this.#reps);
		this.#smallWork = { wall: Math.min(this.#smallWork.wall, small.wall), cpu: this.#smallWork.cpu + small.cpu };
		this.#largeWork = { wall: Math.min(this.#largeWork.wall, large.wall), cpu: this.#largeWork.cpu + large.cpu };
		const byWall = this.#largeWork.wall / this.#smallWork.wall;
		const byCpu = this.#smallWork.cpu > 0 ? this.#largeWork.cpu / this.#smallWork.cpu : byWall;
		return Math.min(byWall, byCpu);
	}
}

describe(`linear time (work at ${LARGE / 1024} KiB over ${SMALL / 1024} KiB < ${MAX_GROWTH}×)`, () => {
	for (const p of PATTERNS) {
		const name = `${p.prefix === undefined ? '' : 'HTML '}${JSON.stringify(p.repeat)} repeated`;
		it(name, (t) => {
			const g = new Growth(p);
			let ratio = g.measure(2);
			// Measured again before failing: a run slowed by the machine's load must not fail a linear step.
			for (let attempt = 0; attempt < 3 && ratio >= MAX_GROWTH; attempt++) ratio = g.measure(3);
			t.diagnostic(`growth ${ratio.toFixed(1)}×`);
			assert.ok(ratio < MAX_GROWTH, `${name}: work grew ${ratio.toFixed(1)}× for 4× the input`);
		});
	}
});
