/**
 * The end of an incremental build (src/integrations/keep-output.ts): what the previous build left
 * in the output folder and this one did not write is removed, so that the folder holds what a
 * build into an empty folder writes.
 *
 * Another process may be writing and removing files in the folder meanwhile (the downloads step):
 * a file or folder that is gone by the time it is looked at is passed over, and a folder it has
 * written into since it was read is not removed.
 */
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What to remove under the output folder, and what to leave. */
export interface PruneRule {
	/** Files older than this (ms since the epoch, as a file's mtime) may be removed: the others are this build's. */
	readonly since: number;
	/** Files to leave whatever their age, relative to the folder with `/` ("bai-viet/x/index.html"). */
	readonly keep: ReadonlySet<string>;
	/** A folder directly under the output folder that is never entered ("pagefind"). */
	readonly skip: string;
}

/** `run()`, or `fallback` when what it reads or removes is gone or a folder is no longer empty. */
function unlessGone<T>(run: () => T, fallback: T): T {
	try {
		return run();
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTEMPTY') return fallback;
		throw e;
	}
}

/** Removes `path` (a file, or an empty folder); false when it is gone already or no longer empty. */
function removed(remove: (path: string) => void, path: string): boolean {
	return unlessGone(() => {
		remove(path);
		return true;
	}, false);
}

/**
 * Removes the files under `dir` that `rule` says are the previous build's, then the folders left
 * empty (`dir` itself stays); returns how many files it removed. Synchronous: it runs when the
 * build has nothing else to do, and a walk of a few hundred thousand entries takes a fifth of the
 * time its promise-based form took.
 */
export function pruneOutput(dir: string, rule: PruneRule): number {
	return walk(dir, '', rule).removed;
}

function walk(dir: string, prefix: string, rule: PruneRule): { removed: number; left: number } {
	let count = 0;
	let left = 0;
	for (const entry of unlessGone(() => readdirSync(dir, { withFileTypes: true }), [])) {
		const path = join(dir, entry.name);
		const relative = `${prefix}${entry.name}`;
		if (relative === rule.skip) {
			left++;
		} else if (entry.isDirectory()) {
			const inside = walk(path, `${relative}/`, rule);
			count += inside.removed;
			// Not removed when another process has written into it since it was read.
			if (inside.left > 0 || !removed(rmdirSync, path)) left++;
		} else if (
			!rule.keep.has(relative) &&
			(unlessGone(() => statSync(path), null)?.mtimeMs ?? rule.since) < rule.since &&
			removed(rmSync, path)
		) {
			count++;
		} else {
			left++;
		}
	}
	return { removed: count, left };
}
