/**
 * Folders the site bench is done with (a cold build's output and cache, the peer's output, a
 * size's articles), set aside by a rename instead of removed, and removed together once the
 * bench's timed builds are over.
 *
 * Why: on a file system that passes over recently freed inodes when it allocates new ones (ext4
 * without a journal, as on the machine of the README's figures: `recently_deleted()` in the
 * kernel's fs/ext4/ialloc.c), creating files soon after many were removed costs a great deal of
 * the kernel's time. There, 60,000 files took 1.0 s of system time to create on a settled disk
 * and 21.9 s right after 60,000 others were removed; the bench's cold builds, each writing about
 * 100,000 files just after the previous one's were removed, grew slower through a run (15 → 96 s
 * of system time, the user time level). A cold build on a fresh machine (a deploy, a CI runner)
 * follows no such removal, and the peer's smaller output paid less of it. A rename frees no inode.
 *
 * Needs the disk space of every build of the run until the end (about 2 GB per 10,000 articles
 * and build).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export class SetAside {
	readonly #dir: string;
	#count = 0;

	/** Things set aside go into `dir` (inside the bench's scratch folder), removed whole by `clear`. */
	constructor(dir: string) {
		this.#dir = dir;
	}

	/** Moves `path` out of the way when it exists, into the folder of things set aside. */
	put(path: string): void {
		if (!existsSync(path)) return;
		mkdirSync(this.#dir, { recursive: true });
		let target = join(this.#dir, String(this.#count++));
		// Left by an earlier run that was stopped before its end.
		while (existsSync(target)) target = join(this.#dir, String(this.#count++));
		renameSync(path, target);
	}

	/** How many folders were set aside by this run. */
	get count(): number {
		return this.#count;
	}

	/** Removes everything set aside, an interrupted earlier run's included: after the last timed build. */
	clear(): void {
		rmSync(this.#dir, { recursive: true, force: true });
	}
}
