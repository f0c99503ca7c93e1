/**
 * What a build step outside Astro wrote into the output folder (the downloads,
 * src/write-downloads.ts): each file's path, relative to the output folder, with a digest and
 * the size of its bytes and the key of what it was made from. Kept in Astro's cache folder
 * between builds, so that a file whose key is unchanged is not made again, a file whose bytes are
 * unchanged is not written again (deploy tools see only real changes), a file no longer made is
 * removed, and the output folder's pruning (src/integrations/keep-output.ts) leaves the step's
 * files to it.
 */
import { hash } from 'node:crypto';

/** One file written. */
export interface WrittenFile {
	/** Digest of its bytes (`digestOf`). */
	readonly digest: string;
	/** Its size in bytes. */
	readonly size: number;
	/** The key of what it was made from (page-keys.ts), or null when it is made at every build. */
	readonly key: string | null;
}

/** Output path ("bai-viet/x/briefings.json") → the file written there. */
export type WrittenFiles = ReadonlyMap<string, WrittenFile>;

/** Where the downloads' `WrittenFiles` are kept, relative to Astro's cache folder. */
export const DOWNLOADS_WRITTEN = 'downloads/written.json';

/** The digest of a file's bytes, or of a text's in UTF-8 (hex). */
export function digestOf(bytes: string | Uint8Array): string {
	return hash('sha256', bytes, 'hex');
}

/** The text of `files`, sorted by path: the same files give the same text. */
export function writtenFilesText(files: WrittenFiles): string {
	const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `${JSON.stringify(Object.fromEntries(sorted.map(([path, { digest, size, key }]) => [path, [digest, size, key]])))}\n`;
}

function isWrittenFile(value: unknown): value is [string, number, string | null] {
	if (!Array.isArray(value) || value.length !== 3) return false;
	const [digest, size, key] = value as unknown[];
	return (
		typeof digest === 'string' &&
		typeof size === 'number' &&
		Number.isSafeInteger(size) &&
		size >= 0 &&
		(key === null || typeof key === 'string')
	);
}

/**
 * The files of a `writtenFilesText`; none when there is no text or it is not one (a lost or
 * damaged record only costs making and writing every file again).
 */
export function parseWrittenFiles(text: string | null): Map<string, WrittenFile> {
	if (text === null) return new Map();
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return new Map();
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
	const entries = Object.entries(value);
	const files = new Map<string, WrittenFile>();
	for (const [path, file] of entries) {
		if (!isOutputPath(path) || !isWrittenFile(file)) return new Map();
		files.set(path, { digest: file[0], size: file[1], key: file[2] });
	}
	return files;
}

/** A relative path inside the output folder: no leading slash, no empty, "." or ".." part. */
export function isOutputPath(path: string): boolean {
	return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..') && !path.includes('\\');
}

/** The files of `previous` that `next` does not have, sorted: those to remove. */
export function filesGone(previous: WrittenFiles, next: WrittenFiles): string[] {
	return [...previous.keys()].filter((path) => !next.has(path)).sort();
}
