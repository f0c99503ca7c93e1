/**
 * What a build step outside Astro wrote into the output folder (the downloads,
 * src/write-downloads.ts): each file's path, relative to the output folder, with a digest of its
 * bytes. Kept in Astro's cache folder between builds, so that a file whose bytes are unchanged is
 * not written again (deploy tools see only real changes), a file no longer made is removed,
 * and the output folder's pruning (src/integrations/keep-output.ts) leaves the step's files to it.
 */
import { createHash } from 'node:crypto';

/** Output path ("bai-viet/x/briefings.json") → digest of its bytes. */
export type WrittenFiles = ReadonlyMap<string, string>;

/** Where the downloads' `WrittenFiles` are kept, relative to Astro's cache folder. */
export const DOWNLOADS_WRITTEN = 'downloads/written.json';

/** The digest of a file's bytes (hex). */
export function digestOf(bytes: string | Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** The text of `files`, sorted by path: the same files give the same text. */
export function writtenFilesText(files: WrittenFiles): string {
	return `${JSON.stringify(Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), null, '\t')}\n`;
}

/**
 * The files of a `writtenFilesText`; none when there is no text or it is not one (a lost or
 * damaged record only costs writing every file again).
 */
export function parseWrittenFiles(text: string | null): Map<string, string> {
	if (text === null) return new Map();
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return new Map();
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
	const entries = Object.entries(value);
	if (!entries.every(([path, digest]) => typeof digest === 'string' && isOutputPath(path))) return new Map();
	return new Map(entries as [string, string][]);
}

/** A relative path inside the output folder: no leading slash, no empty, "." or ".." part. */
export function isOutputPath(path: string): boolean {
	return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..') && !path.includes('\\');
}

/** The files of `previous` that `next` does not have, sorted: those to remove. */
export function filesGone(previous: WrittenFiles, next: WrittenFiles): string[] {
	return [...previous.keys()].filter((path) => !next.has(path)).sort();
}
