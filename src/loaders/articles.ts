/**
 * The content loader of `content/articles/`: each file through the extraction engine, into the
 * collection with its status and messages. Unchanged files (same bytes, same extractor version)
 * are not extracted again; a broken file is stored as quarantined, never aborting the build; in
 * dev, added, changed and removed files show without a restart.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { entryData, processArticle, quarantine, unreadable } from '../lib/article/process-article.ts';
import { EXTRACTOR_VERSION } from '../lib/extract/extract-facts.ts';
import { EntrySchema } from '../schemas/entry.ts';

/**
 * Every file in the articles folder is an input and is accounted for: text files are articles;
 * anything else (a Word file, an image) is reported as what it is. Hidden files are skipped.
 */
const HIDDEN = /(^|\/)\./;

export interface ArticlesLoaderOptions {
	/** Folder of the articles, relative to the project root. */
	readonly base: string;
}

/** Lists article files under `dir`, recursively, as paths relative to `dir`, sorted. */
export async function listArticleFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, resolve(e.parentPath, e.name)).split(sep).join('/'))
		.filter((f) => !HIDDEN.test(f))
		.sort();
}

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
	return {
		name: 'briefing-articles',
		schema: EntrySchema,
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const dir = resolve(root, options.base);
			const files = await listArticleFiles(dir).catch(() => []);
			const untouched = new Set(context.store.keys());
			const claimed = new Map<string, string>();
			let fresh = 0;
			for (const file of files) {
				const result = await loadFile(context, root, resolve(dir, file), claimed);
				if (!result) continue;
				untouched.delete(result.id);
				if (result.extracted) fresh++;
			}
			for (const id of untouched) context.store.delete(id);
			context.logger.info(
				`${files.length} article files: ${fresh} extracted, ${files.length - fresh} unchanged, ${untouched.size} removed`,
			);
			if (context.watcher) watch(context, root, dir);
		},
	};
}

/**
 * Extracts one file into the store unless its bytes and the extractor are unchanged. Two files
 * that would share an id (same name with another extension, or the same frontmatter slug) do
 * not overwrite each other: the later one, in file order, gets a suffix made from its path.
 */
async function loadFile(
	context: LoaderContext,
	root: string,
	path: string,
	claimed: Map<string, string> = new Map(),
): Promise<{ id: string; extracted: boolean } | null> {
	const file = relative(root, path).split(sep).join('/');
	let bytes: Buffer;
	try {
		bytes = await readFile(path);
	} catch (e) {
		// Kept in the collection, quarantined, so that the report lists it.
		const reason = (e as NodeJS.ErrnoException).code ?? String(e);
		context.logger.warn(`${file}: cannot be read (${reason})`);
		const article = unreadable(file, reason);
		const data = await context.parseData({ id: article.id, data: entryData(article), filePath: file });
		context.store.set({ id: article.id, data, filePath: file });
		context.meta.delete(file);
		claimed.set(article.id, file);
		return { id: article.id, extracted: true };
	}
	const digest = createHash('sha1').update(EXTRACTOR_VERSION).update(bytes).digest('hex');
	const [cachedDigest, cachedId] = (context.meta.get(file) ?? '').split(' ');
	if (cachedId && cachedDigest === digest && context.store.get(cachedId)?.filePath === file && !claimed.has(cachedId)) {
		claimed.set(cachedId, file);
		return { id: cachedId, extracted: false };
	}
	const article = processArticle(file, bytes);
	const owner = claimed.get(article.id);
	const id =
		owner && owner !== file ? `${article.id}-${createHash('sha1').update(file).digest('hex').slice(0, 6)}` : article.id;
	claimed.set(id, file);
	let data: Record<string, unknown>;
	try {
		data = await context.parseData({ id, data: entryData(article), filePath: file });
	} catch (e) {
		// The schema refused what extraction produced (a bug): keep the article, quarantined, with the reason.
		context.logger.error(`${file}: ${(e as Error).message}`);
		data = await context.parseData({ id, data: entryData(quarantine(article, (e as Error).message)), filePath: file });
	}
	context.store.set({ id, data, digest, filePath: file });
	context.meta.set(file, `${digest} ${id}`);
	return { id, extracted: true };
}

function watch(context: LoaderContext, root: string, dir: string): void {
	const watcher = context.watcher;
	if (!watcher) return;
	watcher.add(dir);
	const inside = (path: string) => path.startsWith(dir + sep) && !HIDDEN.test(relative(dir, path));
	const reload = async (path: string) => {
		if (!inside(path)) return;
		await loadFile(context, root, path);
		context.logger.info(`reloaded ${relative(root, path)}`);
	};
	watcher.on('add', reload);
	watcher.on('change', reload);
	watcher.on('unlink', (path) => {
		if (!inside(path)) return;
		const file = relative(root, path).split(sep).join('/');
		for (const [id, entry] of context.store.entries()) {
			if (entry.filePath === file) context.store.delete(id);
		}
		context.logger.info(`removed ${file}`);
	});
}
