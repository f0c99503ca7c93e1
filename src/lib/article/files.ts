/**
 * The files of an articles folder, read without ever leaving it: symbolic links, FIFOs, sockets
 * and devices are listed as refused (never followed, opened or read), linked folders are not
 * entered, and no file is read past what the extractor looks at.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files longer than this are read only this far (a news article is a few kilobytes). */
export const MAX_ARTICLE_BYTES = 512 * 1024;

/** Hidden files and folders (".git", ".DS_Store") are not articles. */
const HIDDEN = /(^|\/)\./;

/** What kind of thing a listed path is, when it is not a regular file. */
export type Refusal = 'symlink' | 'fifo' | 'socket' | 'device' | 'other';

export interface ListedFile {
	/** Path relative to the listed folder, with "/" separators. */
	readonly path: string;
	/** Why it is not read, or null for a regular file. */
	readonly refused: Refusal | null;
}

/**
 * Every non-hidden entry under `dir` that is not a real folder, recursively, sorted by path.
 * Symbolic links (to files or folders) are listed as refused and never entered.
 */
export async function listArticleEntries(dir: string): Promise<ListedFile[]> {
	const out: ListedFile[] = [];
	const walk = async (folder: string): Promise<void> => {
		const entries = await readdir(folder, { withFileTypes: true });
		for (const e of entries) {
			const full = join(folder, e.name);
			const path = relative(dir, full).split(sep).join('/');
			if (HIDDEN.test(path)) continue;
			if (e.isDirectory()) await walk(full);
			else out.push({ path, refused: refusalOf(e) });
		}
	};
	await walk(dir);
	return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The regular files among {@link listArticleEntries}, as paths relative to `dir`. */
export async function listArticleFiles(dir: string): Promise<string[]> {
	return (await listArticleEntries(dir)).filter((f) => f.refused === null).map((f) => f.path);
}

function refusalOf(e: {
	isFile(): boolean;
	isSymbolicLink(): boolean;
	isFIFO(): boolean;
	isSocket(): boolean;
	isBlockDevice(): boolean;
	isCharacterDevice(): boolean;
}): Refusal | null {
	if (e.isFile()) return null;
	if (e.isSymbolicLink()) return 'symlink';
	if (e.isFIFO()) return 'fifo';
	if (e.isSocket()) return 'socket';
	if (e.isBlockDevice() || e.isCharacterDevice()) return 'device';
	return 'other';
}

/**
 * True when {@link readArticleFile} failed because the path is not a regular file (it became a
 * link or a FIFO after it was listed, or was named so on a command line): refused, not unreadable.
 */
export function isRefusedRead(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	return code === 'ELOOP' || code === 'ENOTREGULAR';
}

/** What {@link readArticleFile} read: the first bytes of the file and its whole size. */
export interface FileBytes {
	readonly bytes: Uint8Array;
	readonly size: number;
}

/**
 * Reads at most `limit` bytes of a regular file. Refuses (with an error whose `code` says why)
 * anything else, even when the path was swapped for a link or a FIFO after it was listed: the
 * file is opened without following a final link and without blocking, then checked.
 */
export async function readArticleFile(path: string, limit: number): Promise<FileBytes> {
	// Synchronous calls: a build reads its files one after the other, and the thread pool's round
	// trip for each of open, stat, read and close cost 30 times the reading (3.4 s against 0.1 s
	// for 10,000 articles on a busy 2-core machine).
	const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREGULAR' });
		const length = Math.min(stat.size, limit);
		const bytes = new Uint8Array(length);
		let read = 0;
		while (read < length) {
			const bytesRead = readSync(fd, bytes, read, length - read, read);
			if (bytesRead === 0) break;
			read += bytesRead;
		}
		return { bytes: read === length ? bytes : bytes.subarray(0, read), size: stat.size };
	} finally {
		closeSync(fd);
	}
}
