/**
 * A snapshot of the articles collection (each entry's id and data as the loader's schema gave
 * it, in the collection's order), written by the loader at the end of a load. Under
 * `npm run build` it is where the collection's data is: the site model reads it (src/model.ts),
 * and so does the downloads step (src/write-downloads.ts), without extracting anything again,
 * while Astro's data store holds only what the loader needs of each entry to reuse it
 * (`snapshotOnly`). One entry a line (`snapshotLine`: its digest, its JSON, its body's JSON
 * apart), so that no side holds the whole collection as one string, and a reader parses the
 * bodies only when it needs them.
 */
import { hash } from 'node:crypto';
import {
	closeSync,
	copyFileSync,
	createReadStream,
	existsSync,
	linkSync,
	mkdirSync,
	openSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	writeFileSync,
	writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../schemas/entry.ts';
import { shareStrings } from './shared-strings.ts';

/**
 * The environment variable naming the file the loader writes its snapshot to. Only
 * `npm run build` (scripts/build.ts) sets it; without it (dev, `astro build` alone) no snapshot
 * is written.
 */
export const ARTICLES_SNAPSHOT = 'ARTICLES_SNAPSHOT';

const LINE_SEPARATORS = /[\u2028\u2029]/g;
const TAB = 0x09;
const DIGEST = /^[\w-]{43}$/;
// What a line is made of (`snapshotLine`).
const PARTS = 'a digest, an entry and a body';

/** One entry of the collection: what the site model reads of it. */
export interface SnapshotEntry {
	readonly id: string;
	readonly data: Entry;
}

/**
 * `entry` as one line of a snapshot, its end of line included: three parts separated by tabs
 * (which JSON text never holds but escaped), the digest of the other two (SHA-256, base64url),
 * the JSON of its id and data with 0 in its body's place, and the JSON of its body (nothing when
 * it has none). A reader leaving bodies on disk parses the second part alone, and no reader
 * digests the line again: the same data, the same line, the same digest (`lineDigest`).
 */
export function snapshotLine(entry: { readonly id: string; readonly data: unknown }): string {
	const { id, data } = entry;
	const body = typeof data === 'object' && data !== null ? (data as { body?: unknown }).body : undefined;
	const entryPart = json({ id, data: body === undefined ? data : { ...(data as object), body: 0 } });
	const rest = `${entryPart}\t${body === undefined ? '' : json(body)}`;
	return `${hash('sha256', rest, 'base64url')}\t${rest}\n`;
}

// JSON.stringify escapes \n and \r but not the line and paragraph separators, which Node's
// readline takes for line ends too: escaped here, an entry is always one line.
const json = (value: unknown): string =>
	JSON.stringify(value).replace(LINE_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/** The entry of one line of a snapshot (without its end of line); an error naming `where` (file and line) when it is not one. */
export function parseSnapshotLine(line: string, where: string): SnapshotEntry {
	const bytes = Buffer.from(line);
	return entryWithBody(bytes, lineParts(bytes, where), where);
}

/** What `lineParts` finds in a line's bytes. */
interface LineParts {
	readonly digest: string;
	readonly entry: SnapshotEntry;
	readonly body: number | null;
}

/**
 * The parts of a line's bytes (`snapshotLine`): its digest as written, its entry (its body's
 * place held), and where its body's part starts (null when it has none), which is not decoded.
 */
function lineParts(bytes: Buffer, where: string): LineParts {
	const first = bytes.indexOf(TAB);
	const second = first < 0 ? -1 : bytes.indexOf(TAB, first + 1);
	const digest = first < 0 ? '' : bytes.toString('latin1', 0, first);
	if (second < 0 || !DIGEST.test(digest)) throw notAnEntry(where, PARTS);
	const body = second + 1 < bytes.length ? second + 1 : null;
	return { digest, entry: parseEntryPart(bytes.toString('utf8', first + 1, second), body !== null, where), body };
}

function notAnEntry(where: string, what: string): Error {
	return new Error(`${where}: not a snapshot entry (${what})`);
}

function parsePart(text: string, where: string): unknown {
	try {
		return JSON.parse(text);
	} catch (e) {
		throw notAnEntry(where, (e as Error).message);
	}
}

/** The entry of the second part of a line: its id and data, its body's place held when `hasBody`. */
function parseEntryPart(text: string, hasBody: boolean, where: string): SnapshotEntry {
	const { id, data } = (parsePart(text, where) ?? {}) as { id?: unknown; data?: unknown };
	if (typeof id !== 'string' || typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw notAnEntry(where, 'an object with a string "id" and an object "data"');
	}
	if (hasBody && !Object.hasOwn(data, 'body')) throw notAnEntry(where, 'a body without its place in the data');
	return { id, data: data as Entry };
}

/** The entry of a line's `parts`, its body parsed from the line's `bytes` and put in its place. */
function entryWithBody(bytes: Buffer, { entry, body }: LineParts, where: string): SnapshotEntry {
	if (body !== null) (entry.data as { body: unknown }).body = parsePart(bytes.toString('utf8', body), where);
	return entry;
}

/**
 * Where the loader keeps its last snapshot between builds (in Astro's cache folder), so that the
 * next build takes the lines of the entries it did not touch from it instead of making them again
 * (`writeSnapshot`).
 */
export interface KeptSnapshot {
	/** The folder (Astro's cache folder): the snapshot is kept there as KEPT_SNAPSHOT, its index beside it. */
	readonly dir: string;
	/**
	 * Whether the entry `id` holds the very data the previous load left in the store (the loader
	 * reused it unchanged): only then may its line come from the kept snapshot, which must also
	 * have written it from an entry of the same file digest and path.
	 */
	readonly unchanged: (id: string) => boolean;
	/**
	 * The lines it may copy: `readKeptLines` of the folder and of the token the store holds of
	 * the snapshot kept with it (the loader's meta store is saved with its entries), so that a
	 * snapshot written by a build whose store was then not saved is never taken for that store's.
	 */
	readonly lines: KeptLines;
	/** The token of the snapshot written now, which the loader puts down in the store. */
	readonly next: string;
}

/** The kept snapshot's file name in its folder, and its index's (`KeptSnapshot`). */
export const KEPT_SNAPSHOT = 'articles-snapshot.jsonl';
const KEPT_INDEX = 'articles-snapshot-index.json';

/** An entry of the store, as the loader gives it: its file's digest and path stamp its line. */
export interface StoreEntry {
	readonly id: string;
	readonly data: unknown;
	readonly digest?: string | number;
	readonly filePath?: string;
}

/** A kept line: its entry's stamp and its place in the kept snapshot. */
type KeptLine = readonly [stamp: string, offset: number, bytes: number];

/** The lines of the kept snapshot a build may copy, by id (`readKeptLines`). */
export type KeptLines = Readonly<Record<string, KeptLine>>;

interface KeptIndex {
	/** The code making a line (`snapshotLine`): lines made by other code are never taken. */
	readonly format: string;
	readonly token: string;
	readonly lines: Record<string, KeptLine>;
}

// Lines made by another `snapshotLine` (or another layout of the index) are not reused.
const FORMAT = hash('sha256', `3\n${snapshotLine.toString()}\n${json.toString()}`, 'base64url');

/** An entry's file digest and path: the loader reuses an entry only while both are the same. */
function stampOf(entry: StoreEntry): string | null {
	return entry.digest === undefined || entry.filePath === undefined ? null : `${entry.digest}\0${entry.filePath}`;
}

/**
 * The lines of the snapshot kept in `dir` that a load may copy whose store holds `token` of it
 * (the token `KeptSnapshot.next` was when it was written): none when there is no such snapshot,
 * when its index is unreadable, of another format or of another store's token.
 */
export function readKeptLines(dir: string, token: string | undefined): KeptLines {
	if (token === undefined || !existsSync(join(dir, KEPT_SNAPSHOT))) return {};
	try {
		const index = JSON.parse(readFileSync(join(dir, KEPT_INDEX), 'utf8')) as KeptIndex;
		return index.format === FORMAT && index.token === token && index.lines ? index.lines : {};
	} catch {
		return {};
	}
}

/** Whether `lines` hold the line of `entry` as the store holds it (the same file digest and path). */
export function hasKeptLine(lines: KeptLines, entry: StoreEntry): boolean {
	const stamp = stampOf(entry);
	return stamp !== null && lines[entry.id]?.[0] === stamp;
}

/**
 * What the loader leaves of an entry in Astro's data store when its data is in the snapshot
 * (under `npm run build`): that mark, and the entry's messages, by which the loader tells an
 * entry it must extract again on another day. Astro writes its whole data store again at the end
 * of every content sync and the pages' build parses it back (devalue, object by object): at
 * 10,000 articles, about 3 s of a rebuild's CPU with the data, none without.
 */
export type SnapshotOnly = {
	readonly inSnapshot: true;
	readonly messages?: unknown;
};

/** `data` as the data store holds it when the snapshot has it (`SnapshotOnly`). */
export function snapshotOnly(data: Readonly<Record<string, unknown>>): SnapshotOnly {
	return data.messages === undefined ? { inSnapshot: true } : { inSnapshot: true, messages: data.messages };
}

/** Whether the data store holds `data` as `snapshotOnly` left it. */
export function isSnapshotOnly(data: unknown): data is SnapshotOnly {
	return typeof data === 'object' && data !== null && (data as { inSnapshot?: unknown }).inSnapshot === true;
}

/**
 * Writes the snapshot of `entries` to `file`, line by line, with synchronous writes: it is whole
 * before anything else of the process runs, in Astro's build before the content layer's timer
 * writes its data store (seconds of one synchronous serialisation at 10,000 articles), which
 * would hold up a snapshot written by promises, and the step that waits for it. It is written
 * beside the file and renamed when complete, so that a reader never sees half a snapshot.
 *
 * With `keep`, the snapshot is written into the kept one's folder, with an index of its lines
 * (where each is, its entry's stamp), and linked (or copied) to `file`; the line of
 * an entry `keep.unchanged` says the load reused, stamped as the kept line was, is copied from
 * the kept snapshot instead of being made again (at 10,000 articles, some 100 MB of text). An
 * entry's line is made from its id and data alone (`snapshotLine`): the same data, the same line.
 * An entry the store holds `snapshotOnly` must be such a line: an error otherwise.
 */
export async function writeSnapshot(file: string, entries: Iterable<StoreEntry>, keep?: KeptSnapshot): Promise<void> {
	const target = keep ? join(keep.dir, KEPT_SNAPSHOT) : file;
	const index = keep ? join(keep.dir, KEPT_INDEX) : null;
	const kept = keep?.lines ?? {};
	// The index goes first: a snapshot replaced without its index is never read by its offsets.
	if (keep && index) {
		mkdirSync(keep.dir, { recursive: true });
		rmSync(index, { force: true });
	}
	const partial = `${target}.partial`;
	const lines: Record<string, KeptLine> = {};
	try {
		const fd = openSync(partial, 'w');
		const copier = keep ? new RunCopier(target, fd) : null;
		let offset = 0;
		try {
			for (const entry of entries) {
				const stamp = stampOf(entry);
				const old = copier?.open && keep?.unchanged(entry.id) && hasKeptLine(kept, entry) ? kept[entry.id] : undefined;
				let bytes: number;
				if (old) {
					[, , bytes] = old;
					copier?.copy(old[1], bytes);
				} else if (isSnapshotOnly(entry.data)) {
					throw new Error(`the articles snapshot has no line of ${entry.id}, whose data the store holds only there`);
				} else {
					copier?.flush();
					const buffer = Buffer.from(snapshotLine(entry));
					bytes = buffer.length;
					writeAll(fd, buffer, buffer.length);
				}
				if (stamp !== null) lines[entry.id] = [stamp, offset, bytes];
				offset += bytes;
			}
			copier?.flush();
		} finally {
			copier?.close();
			closeSync(fd);
		}
		renameSync(partial, target);
	} finally {
		rmSync(partial, { force: true });
	}
	if (keep && index) {
		writeFileSync(`${index}.partial`, JSON.stringify({ format: FORMAT, token: keep.next, lines } satisfies KeptIndex));
		renameSync(`${index}.partial`, index);
		linkOrCopy(target, file);
	}
}

/** `file` at `to` too: a hard link (the next build replaces `file`, not its content), else a copy. */
function linkOrCopy(file: string, to: string): void {
	rmSync(to, { force: true });
	try {
		linkSync(file, to);
	} catch {
		copyFileSync(file, to);
	}
}

function writeAll(fd: number, buffer: Buffer, length: number): void {
	for (let at = 0; at < length; ) at += writeSync(fd, buffer, at, length - at);
}

/**
 * Copies ranges of the kept snapshot to `out`, consecutive ranges as one run (the unchanged
 * entries of a build mostly follow each other as they did in the previous one).
 */
class RunCopier {
	private readonly from: string;
	private readonly out: number;
	private readonly fd: number | null;
	/** Whether there is a kept snapshot to copy from. */
	readonly open: boolean;
	private start = 0;
	private length = 0;
	private buffer: Buffer | null = null;
	constructor(from: string, out: number) {
		this.from = from;
		this.out = out;
		let fd: number | null = null;
		try {
			fd = openSync(from, 'r');
		} catch {
			// No kept snapshot: its index has no lines either.
		}
		this.fd = fd;
		this.open = fd !== null;
	}
	copy(offset: number, bytes: number): void {
		if (this.length > 0 && this.start + this.length !== offset) this.flush();
		if (this.length === 0) this.start = offset;
		this.length += bytes;
	}
	flush(): void {
		if (this.length === 0) return;
		if (this.fd === null) return;
		this.buffer ??= Buffer.allocUnsafe(1 << 20);
		for (let done = 0; done < this.length; ) {
			const want = Math.min(this.buffer.length, this.length - done);
			const got = readSync(this.fd, this.buffer, 0, want, this.start + done);
			if (got === 0) throw new Error(`${this.from}: the kept snapshot is shorter than its index`);
			writeAll(this.out, this.buffer, got);
			done += got;
		}
		this.length = 0;
	}
	close(): void {
		if (this.fd !== null) closeSync(this.fd);
	}
}

// The digest each entry's data was read with (`lineDigest`).
const lineDigests = new WeakMap<object, string>();

/**
 * The digest of the snapshot line `data` was read from by `readSnapshot` (SHA-256, base64url, as
 * the line gives it: `snapshotLine`), or undefined for data read otherwise. The line is the JSON
 * text of the entry's id and data, so the digest stands for exactly that data: equal data, equal
 * digest (the loader writes an unchanged entry as the same line); any difference, another digest.
 * A page key can take it for the data's own (src/lib/site/page-keys.ts) without reading the
 * data, its body again from the file.
 */
export function lineDigest(data: object): string | undefined {
	return lineDigests.get(data);
}

/**
 * The entries of the snapshot in `file`, in the order they were written, read a line at a time,
 * their equal strings held once (`shareStrings`: a unit, a name, a sentence giving several
 * figures), each entry's data with the digest its line gives (`lineDigest`). With `bodiesOnDisk`,
 * no entry holds its body (the bulk of its text), whose part of the line is not even decoded:
 * each is read from the file when it is asked for, and again once `RECENT_BODIES` others have
 * been read since (`lazyBody`).
 */
export async function readSnapshot(file: string, { bodiesOnDisk = false } = {}): Promise<SnapshotEntry[]> {
	const entries: SnapshotEntry[] = [];
	const pool = new Map<string, string>();
	const recent = new Map<number, Entry['body']>();
	let n = 0;
	let offset = 0;
	for await (const bytes of byteLines(file)) {
		n++;
		if (bytes.length > 0) {
			const where = `${file}:${n}`;
			const parts = lineParts(bytes, where);
			const { entry, body } = parts;
			const read =
				bodiesOnDisk && body !== null
					? {
							id: entry.id,
							data: lazyBody(entry.data, pool, recent, file, { at: offset + body, bytes: bytes.length - body }, where),
						}
					: shareStrings(entryWithBody(bytes, parts, where), pool);
			lineDigests.set(read.data, parts.digest);
			entries.push(read);
		}
		// Lines end with "\n" alone (`snapshotLine`).
		offset += bytes.length + 1;
	}
	return entries;
}

/**
 * The lines of `file` as bytes, without their "\n" (the last even without one), read in chunks:
 * a line's parts are found and measured in its bytes, and only those read are decoded.
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
 * Bodies read from the snapshot held at once (`lazyBody`): a page asks for its briefing's body
 * several times (its text, its figures' sources, its search fields), with a few pages in flight.
 */
const RECENT_BODIES = 8;

/**
 * `data` with its body (in the same place among its keys) read from the snapshot's `body` part
 * (where it starts, how many bytes) when it is asked for and is not among the `RECENT_BODIES`
 * bodies read last (`recent`, by where they start), and its other strings shared (`shareStrings`).
 */
function lazyBody(
	data: Entry,
	pool: Map<string, string>,
	recent: Map<number, Entry['body']>,
	file: string,
	part: { readonly at: number; readonly bytes: number },
	where: string,
): Entry {
	const { body: _, ...rest } = data;
	const shared = shareStrings(rest as Record<string, unknown>, pool);
	const lazy: Record<string, unknown> = {};
	for (const key of Object.keys(data)) {
		if (key !== 'body') lazy[key] = shared[key];
		else Object.defineProperty(lazy, key, { enumerable: true, get: body });
	}
	function body(): Entry['body'] {
		const held = recent.get(part.at);
		if (held) return held;
		const read = parsePart(readPart(file, part.at, part.bytes, where), where) as Entry['body'];
		if (recent.size >= RECENT_BODIES) recent.delete(recent.keys().next().value as number);
		recent.set(part.at, read);
		return read;
	}
	return lazy as unknown as Entry;
}

/** The text of the `bytes` bytes of `file` at `offset`. */
function readPart(file: string, offset: number, bytes: number, where: string): string {
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
	return buffer.toString('utf8');
}
