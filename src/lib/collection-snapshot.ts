/**
 * A snapshot of the articles collection, as `getCollection('articles')` gives it to the site
 * model (each entry's id and data, in the collection's order), written by the loader at the end
 * of a load and read back after `astro build` has exited: `npm run build` makes the site's
 * downloads from it (src/write-downloads.ts) without extracting anything again. One entry a
 * line (JSON Lines), so that neither side holds the whole collection as one string.
 */
import { hash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Entry } from '../schemas/entry.ts';
import { shareStrings } from './shared-strings.ts';

/**
 * The environment variable naming the file the loader writes its snapshot to. Only
 * `npm run build` (scripts/build.ts) sets it; without it (dev, `astro build` alone) no snapshot
 * is written.
 */
export const ARTICLES_SNAPSHOT = 'ARTICLES_SNAPSHOT';

const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** One entry of the collection: what the site model reads of it. */
export interface SnapshotEntry {
	readonly id: string;
	readonly data: Entry;
}

/** `entry` as one line of a snapshot, its end of line included. */
export function snapshotLine(entry: { readonly id: string; readonly data: unknown }): string {
	// JSON.stringify escapes \n and \r but not the line and paragraph separators, which Node's
	// readline takes for line ends too: escaped here, an entry is always one line.
	return `${JSON.stringify({ id: entry.id, data: entry.data }).replace(LINE_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}\n`;
}

/** The entry of one line of a snapshot; an error naming `where` (file and line) when it is not one. */
export function parseSnapshotLine(line: string, where: string): SnapshotEntry {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (e) {
		throw new Error(`${where}: not a snapshot entry (${(e as Error).message})`);
	}
	const { id, data } = (value ?? {}) as { id?: unknown; data?: unknown };
	if (typeof id !== 'string' || typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new Error(`${where}: not a snapshot entry (an object with a string "id" and an object "data")`);
	}
	return { id, data: data as Entry };
}

/**
 * Writes the snapshot of `entries` to `file`, line by line, with synchronous writes: it is whole
 * before anything else of the process runs, in Astro's build before the content layer's timer
 * writes its data store (seconds of one synchronous serialisation at 10,000 articles), which
 * would hold up a snapshot written by promises, and the step that waits for it. It is written
 * beside the file and renamed when complete, so that a reader never sees half a snapshot.
 * Returns each entry's `lineDigest`, by id.
 */
export async function writeSnapshot(
	file: string,
	entries: Iterable<{ readonly id: string; readonly data: unknown }>,
): Promise<Map<string, string>> {
	const partial = `${file}.partial`;
	const digests = new Map<string, string>();
	try {
		const fd = openSync(partial, 'w');
		try {
			for (const entry of entries) {
				const line = snapshotLine(entry);
				// As `readSnapshot` digests it: without its end of line.
				digests.set(entry.id, hash('sha256', line.slice(0, -1), 'base64url'));
				const bytes = Buffer.from(line);
				for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
			}
		} finally {
			closeSync(fd);
		}
		renameSync(partial, file);
	} finally {
		rmSync(partial, { force: true });
	}
	return digests;
}

// The digest of the line each entry's data was read from (`lineDigest`).
const lineDigests = new WeakMap<object, string>();

/**
 * The digest of the snapshot line `data` was read from by `readSnapshot` (SHA-256, base64url), or
 * undefined for data read otherwise. The line is the JSON text of the entry's id and data, so the
 * digest stands for exactly that data: equal data, equal digest (the loader writes an unchanged
 * entry as the same line); any difference, another digest. A page key can take it for the data's
 * own (src/lib/site/page-keys.ts) without reading the data, its body again from the file.
 */
export function lineDigest(data: object): string | undefined {
	return lineDigests.get(data);
}

/**
 * The entries of the snapshot in `file`, in the order they were written, read a line at a time,
 * their equal strings held once (`shareStrings`: a unit, a name, a sentence giving several
 * figures), each entry's data with the digest of its line (`lineDigest`). With `bodiesOnDisk`, no
 * entry holds its body (the bulk of its text): each is read again from the file whenever it is
 * asked for, a new array each time (`lazyBody`).
 */
export async function readSnapshot(file: string, { bodiesOnDisk = false } = {}): Promise<SnapshotEntry[]> {
	const entries: SnapshotEntry[] = [];
	const pool = new Map<string, string>();
	let n = 0;
	let offset = 0;
	for await (const bytes of byteLines(file)) {
		n++;
		if (bytes.length > 0) {
			const entry = parseSnapshotLine(bytes.toString('utf8'), `${file}:${n}`);
			const read = bodiesOnDisk
				? { id: entry.id, data: lazyBody(entry.data, pool, file, offset, bytes.length, `${file}:${n}`) }
				: shareStrings(entry, pool);
			// The line's bytes, as they are the UTF-8 of its text (`writeSnapshot` digests the text).
			lineDigests.set(read.data, hash('sha256', bytes, 'base64url'));
			entries.push(read);
		}
		// Lines end with "\n" alone (`snapshotLine`).
		offset += bytes.length + 1;
	}
	return entries;
}

/**
 * The lines of `file` as bytes, without their "\n" (the last even without one), read in chunks:
 * its bytes are digested and measured as they are, not encoded again from the line's text.
 */
async function* byteLines(file: string): AsyncGenerator<Buffer> {
	// The start of a line the chunks before held.
	let head: Buffer | null = null;
	for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
		let start = 0;
		let end = chunk.indexOf(LF);
		if (head !== null) {
			if (end === -1) {
				head = Buffer.concat([head, chunk]);
				continue;
			}
			yield Buffer.concat([head, chunk.subarray(0, end)]);
			head = null;
			start = end + 1;
			end = chunk.indexOf(LF, start);
		}
		for (; end !== -1; end = chunk.indexOf(LF, start)) {
			yield chunk.subarray(start, end);
			start = end + 1;
		}
		if (start < chunk.length) head = chunk.subarray(start);
	}
	if (head !== null) yield head;
}

const LF = 0x0a;

/**
 * `data` with its body (in the same place among its keys) read from the snapshot's line at
 * `offset` (`bytes` long) each time it is asked for, and its other strings shared (`shareStrings`).
 */
function lazyBody(
	data: Entry,
	pool: Map<string, string>,
	file: string,
	offset: number,
	bytes: number,
	where: string,
): Entry {
	const { body: _, ...rest } = data;
	const shared = shareStrings(rest as Record<string, unknown>, pool);
	const lazy: Record<string, unknown> = {};
	for (const key of Object.keys(data)) {
		if (key !== 'body') lazy[key] = shared[key];
		else
			Object.defineProperty(lazy, key, { enumerable: true, get: () => readLine(file, offset, bytes, where).data.body });
	}
	return lazy as unknown as Entry;
}

/** The entry of the line of `file` at `offset`, `bytes` long. */
function readLine(file: string, offset: number, bytes: number, where: string): SnapshotEntry {
	const buffer = Buffer.allocUnsafe(bytes);
	const fd = openSync(file, 'r');
	try {
		let read = 0;
		while (read < bytes) {
			const got = readSync(fd, buffer, read, bytes - read, offset + read);
			if (got === 0) throw new Error(`${where}: the snapshot is shorter than when it was read`);
			read += got;
		}
	} finally {
		closeSync(fd);
	}
	return parseSnapshotLine(buffer.toString('utf8'), where);
}
