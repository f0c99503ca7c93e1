/**
 * What the search index step knew of a shard's briefing pages when it last read them
 * (src/search-index.ts): each page file's size, modification time and inode, and the digest of
 * what the indexer read of it. An incremental build leaves unchanged pages where they were, so a
 * shard whose every page is still the file it read last time has the stamp it had, and need not
 * be read again to tell; a page Astro wrote again (a new file time) is read, and its shard
 * re-indexed only when what the indexer reads of it changed. A shard some of whose pages Astro
 * wrote again reads only those: the others give their recorded digests. A copy's page (a redirect
 * to the briefing it repeats, which is not indexed) is recorded as a copy, so that it need not be
 * opened again to tell.
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

/**
 * One page of a shard: its file's facts ("size:mtime:inode") and the digest of what was indexed
 * of it, or, for a copy's page, that it is one.
 */
export type PageRecord = BriefingRecord | CopyRecord;

/** A briefing's page: its file's facts and the digest of what was indexed of it. */
export interface BriefingRecord {
	readonly file: string;
	readonly digest: string;
}

/** A copy's page (not indexed): its file's facts. */
export interface CopyRecord {
	readonly file: string;
	readonly copy: true;
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
 * The record of the page `id` when its file is still the one recorded (`facts`, the file's facts
 * now, null for a page that cannot be looked at); else undefined: the page must be read.
 */
export function recordedPage(record: ShardRecord, id: string, facts: string | null): PageRecord | undefined {
	const page = Object.hasOwn(record, id) ? record[id] : undefined;
	return page && facts !== null && page.file === facts ? page : undefined;
}

/** The digest a briefing page's record gives, undefined for a copy's. */
export function recordedDigest(page: PageRecord | undefined): string | undefined {
	return page && 'digest' in page ? page.digest : undefined;
}

/**
 * The content digests of the pages `ids` from `record`, in order, when every page's file facts
 * are those recorded (`facts(id)`, null for a page that cannot be looked at) as a briefing's;
 * else null.
 */
export function recordedDigests(
	record: ShardRecord,
	ids: readonly string[],
	facts: (id: string) => string | null,
): { readonly id: string; readonly digest: string }[] | null {
	const pages: { id: string; digest: string }[] = [];
	for (const id of ids) {
		const digest = recordedDigest(recordedPage(record, id, facts(id)));
		if (digest === undefined) return null;
		pages.push({ id, digest });
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
			const { file, digest, copy } = (page ?? {}) as Partial<BriefingRecord & { copy: unknown }>;
			if (typeof file !== 'string') continue;
			if (typeof digest === 'string') record[id] = { file, digest };
			else if (copy === true) record[id] = { file, copy };
		}
		return record;
	} catch {
		return {};
	}
}
