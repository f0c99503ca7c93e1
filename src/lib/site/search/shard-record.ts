/**
 * What the search index step knew of a shard's briefing pages when it last read them
 * (src/search-index.ts): each page file's size, modification time and inode, and the digest of
 * what the indexer read of it. An incremental build leaves unchanged pages where they were, so a
 * shard whose every page is still the file it read last time has the stamp it had, and need not
 * be read again to tell; a page Astro wrote again (a new file time) is read, and its shard
 * re-indexed only when what the indexer reads of it changed.
 *
 * The record is a JSON object kept beside the shard's stamp in Astro's cache folder; anything
 * unreadable in it counts as no record (the shard's pages are read).
 */
import { createHash } from 'node:crypto';

/** The file of a page as `stat` describes it: what changes when the file is written again. */
export interface FileFacts {
	readonly size: number;
	readonly mtimeMs: number;
	readonly ino: number;
}

/** One page of a shard: its file's facts ("size:mtime:inode") and the digest of what was indexed of it. */
export interface PageRecord {
	readonly file: string;
	readonly digest: string;
}

/** A shard's pages by id, as last read. */
export type ShardRecord = Readonly<Record<string, PageRecord>>;

/** A page file's facts as a record holds them. */
export function fileFacts({ size, mtimeMs, ino }: FileFacts): string {
	return `${size}:${mtimeMs}:${ino}`;
}

/** The digest of what the indexer read of a page. */
export function contentDigest(content: string): string {
	return createHash('sha256').update(content).digest('base64');
}

/**
 * The stamp of a shard's input: the indexing code's digest, the number of shards, and each page's
 * id and content digest in the order given; null without the code's digest (index anew).
 */
export function shardStamp(
	code: string | null,
	shards: number,
	pages: readonly { readonly id: string; readonly digest: string }[],
): string | null {
	if (code === null) return null;
	const hash = createHash('sha256').update(`${code}\n${shards}\n`);
	for (const { id, digest } of pages) hash.update(`${id}\n${digest}\n`);
	return hash.digest('hex');
}

/**
 * The content digests of the pages `ids` from `record`, in order, when every page's file facts
 * are those recorded (`facts(id)`, null for a page that cannot be looked at); else null.
 */
export function recordedDigests(
	record: ShardRecord,
	ids: readonly string[],
	facts: (id: string) => string | null,
): { readonly id: string; readonly digest: string }[] | null {
	const pages: { id: string; digest: string }[] = [];
	for (const id of ids) {
		const page = Object.hasOwn(record, id) ? record[id] : undefined;
		if (!page || page.file !== facts(id)) return null;
		pages.push({ id, digest: page.digest });
	}
	return pages;
}

/** A record read back from its JSON; an empty record for anything else. */
export function parseShardRecord(text: string | null): ShardRecord {
	if (text === null) return {};
	try {
		const value: unknown = JSON.parse(text);
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
		const record: Record<string, PageRecord> = {};
		for (const [id, page] of Object.entries(value)) {
			const { file, digest } = (page ?? {}) as Partial<PageRecord>;
			if (typeof file === 'string' && typeof digest === 'string') record[id] = { file, digest };
		}
		return record;
	} catch {
		return {};
	}
}
