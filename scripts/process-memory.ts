/**
 * Peak resident memory (RSS) of a build's process tree, sampled from Linux's /proc: of the whole
 * tree, of Astro's process and of the search indexer's processes, each recognised by its command
 * line (so the figures stay right whether the index is written inside Astro's process, by the
 * Pagefind binary it drives, or by a step of its own after Astro exits), and of Astro's process
 * in each phase of its build, the phase read from the build's output. Elsewhere than Linux every
 * figure is 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

/** Which part of a build a process is. */
export type Role = 'astro' | 'index' | 'other';

/**
 * The role of a process by its command line (arguments joined by spaces): by the name of its
 * program or script, not by a folder on its path (a checkout in a folder named "…pagefind…").
 */
export function roleOf(command: string): Role {
	if (/(?:^|[\s/])(?:pagefind(?:_extended)?|search-index\.ts)(?:\s|$)/i.test(command)) return 'index';
	if (/(?:^|[\s/])astro\.mjs(?:\s|$)/.test(command)) return 'astro';
	return 'other';
}

/** Phases of `astro build`, each from the line of its output that starts it. */
const PHASES: readonly (readonly [RegExp, string])[] = [
	[/Syncing content/, 'sync'],
	[/Building static entrypoints/, 'bundle'],
	[/generating static routes/, 'render'],
	// The integrations after the pages: build report, sitemap.
	[/Waiting for integration/i, 'after render'],
	// Astro's last line: then come `npm run build`'s steps after Astro (scripts/build.ts).
	[/\[build\] Complete!/, 'after Astro'],
];

export interface Peaks {
	/** The whole tree at once. */
	readonly treeMiB: number;
	/** Astro's process (its own high-water mark, exact). */
	readonly astroMiB: number;
	/** The search indexer's processes together (0: none ran apart from Astro's). */
	readonly indexMiB: number;
	/** Astro's process by phase of its build, as sampled, in the order the phases came. */
	readonly phasesMiB: ReadonlyMap<string, number>;
	/** Seconds from the start of each phase to the start of the next (or the end), in the same order. */
	readonly phasesSeconds: ReadonlyMap<string, number>;
}

const MiB = 1024 * 1024;

/** The `VmRSS` and `VmHWM` of a process in bytes, null when it is gone. */
function residentOf(pid: number): { rss: number; hwm: number } | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
		return { rss: kib('VmRSS') * 1024, hwm: kib('VmHWM') * 1024 };
	} catch {
		return null;
	}
}

/** `root` and all its descendants. */
function treeOf(root: number): number[] {
	const children = new Map<number, number[]>();
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
	} catch {
		return [];
	}
	for (const p of pids) {
		try {
			const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
			// The command name may hold spaces and parentheses: fields start after the last ")".
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(p));
			children.set(ppid, list);
		} catch {
			// The process ended while we looked.
		}
	}
	const tree: number[] = [];
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop() as number;
		tree.push(pid);
		stack.push(...(children.get(pid) ?? []));
	}
	return tree;
}

/** Samples a process tree: call `sample()` every 100 ms or so and `phaseFrom()` with each line of output. */
export class MemorySampler {
	readonly #root: number;
	/** Each process's high-water mark, with its role (a new program, a new mark). */
	readonly #highWater = new Map<number, { role: Role; bytes: number }>();
	readonly #phases = new Map<string, number>();
	readonly #seconds = new Map<string, number>();
	#phase = 'start';
	#phaseStarted = performance.now();
	#tree = 0;
	#astro = 0;
	#index = 0;

	constructor(root: number) {
		this.#root = root;
	}

	/** Moves to the phase a line of the build's output starts, if it starts one; colour codes are ignored. */
	phaseFrom(line: string): void {
		// With FORCE_COLOR (as some CI runners set), Astro writes "[build]\e[39m \e[1mComplete!".
		const text = stripVTControlCharacters(line);
		for (const [start, phase] of PHASES) if (start.test(text) && phase !== this.#phase) this.#enter(phase);
	}

	#enter(phase: string): void {
		const now = performance.now();
		this.#seconds.set(this.#phase, (this.#seconds.get(this.#phase) ?? 0) + (now - this.#phaseStarted) / 1000);
		this.#phase = phase;
		this.#phaseStarted = now;
	}

	sample(): void {
		let tree = 0;
		let astro = 0;
		let index = 0;
		for (const pid of treeOf(this.#root)) {
			const resident = residentOf(pid);
			if (!resident) continue;
			const role = this.#roleOf(pid);
			tree += resident.rss;
			if (role === 'astro') astro += resident.rss;
			if (role === 'index') index += resident.rss;
			const known = this.#highWater.get(pid);
			const bytes = known?.role === role ? Math.max(known.bytes, resident.hwm) : resident.hwm;
			this.#highWater.set(pid, { role, bytes });
		}
		this.#tree = Math.max(this.#tree, tree);
		this.#astro = Math.max(this.#astro, astro);
		this.#index = Math.max(this.#index, index);
		if (astro > 0) this.#phases.set(this.#phase, Math.max(this.#phases.get(this.#phase) ?? 0, astro));
	}

	peaks(): Peaks {
		// A process's own high-water mark catches a peak between two samples.
		const highest = (role: Role) =>
			Math.max(0, ...[...this.#highWater.values()].filter((p) => p.role === role).map((p) => p.bytes));
		return {
			treeMiB: this.#tree / MiB,
			astroMiB: Math.max(this.#astro, highest('astro')) / MiB,
			indexMiB: Math.max(this.#index, highest('index')) / MiB,
			phasesMiB: new Map([...this.#phases].map(([phase, bytes]) => [phase, bytes / MiB])),
			phasesSeconds: new Map([
				...this.#seconds,
				[this.#phase, (this.#seconds.get(this.#phase) ?? 0) + (performance.now() - this.#phaseStarted) / 1000],
			]),
		};
	}

	// Read at each sample, never kept: a child just forked shows its parent's command line until it
	// runs its own program.
	#roleOf(pid: number): Role {
		try {
			return roleOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '));
		} catch {
			return 'other';
		}
	}
}
