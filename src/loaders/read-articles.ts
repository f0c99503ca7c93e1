/**
 * The loader's reading of the articles folder: every entry listed, in order, each regular file
 * read (its first bytes, its size) with the digest the loader's cache keys it by (the engine's,
 * its size and its bytes: see `engine-digest.ts`). What is done with a file read is the loader's
 * (`articles.ts`); the head start of a cold build (`head-start.ts`) reads the folder the same way.
 */
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import {
	isRefusedRead,
	listArticleEntries,
	MAX_ARTICLE_BYTES,
	type Refusal,
	readArticleFile,
} from '../lib/article/files.ts';

/** One listed entry: its name relative to the project root, its path, and what reading it gave. */
export type ReadArticle = { readonly file: string; readonly path: string } & (
	| { readonly refused: Refusal }
	| { readonly unreadable: string }
	| { readonly bytes: Uint8Array; readonly size: number; readonly digest: string }
);

/** An entry of the folder: its name relative to the project root, its path, and why it is not read (or null). */
export interface ListedArticle {
	readonly file: string;
	readonly path: string;
	readonly refused: Refusal | null;
}

/** Every entry of the folder `dir` (under the project's `root`), in order; none when it cannot be listed. */
export async function listFolder(root: string, dir: string): Promise<ListedArticle[]> {
	const listed = await listArticleEntries(dir).catch(() => []);
	return listed.map(({ path: inDir, refused }) => {
		const path = join(dir, inDir);
		return { file: relative(root, path).split(sep).join('/'), path, refused };
	});
}

/** Every entry of the folder `dir` (under the project's `root`), read, in order. */
export async function readFolder(root: string, dir: string, engine: string): Promise<ReadArticle[]> {
	return readListed(engine, await listFolder(root, dir));
}

/** Each entry of `listed` read, in order. */
export async function readListed(engine: string, listed: readonly ListedArticle[]): Promise<ReadArticle[]> {
	const reads: ReadArticle[] = [];
	for (const { file, path, refused } of listed) {
		reads.push(refused ? { file, path, refused } : await readArticle(engine, file, path));
	}
	return reads;
}

/** The file at `path` read, or refused (it became a link or a FIFO since it was listed), or the error code of a failed read. */
export async function readArticle(engine: string, file: string, path: string): Promise<ReadArticle> {
	try {
		const { bytes, size } = await readArticleFile(path, MAX_ARTICLE_BYTES);
		const digest = createHash('sha1').update(engine).update(String(size)).update(bytes).digest('hex');
		return { file, path, bytes, size, digest };
	} catch (e) {
		if (isRefusedRead(e)) return { file, path, refused: 'other' };
		return { file, path, unreadable: (e as NodeJS.ErrnoException).code ?? String(e) };
	}
}
