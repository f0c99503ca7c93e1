/**
 * `npm run --silent extract -- [--json] FILE|DIR …`: the facts of each article, extracted exactly
 * as the site build does. With --json, one JSON array on stdout (the extraction contract);
 * without, the facts for a person, each with the sentence it came from. Exit 1 when any file
 * could not be read or placed.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { toContract } from '../src/lib/article/contract.ts';
import { describeArticle } from '../src/lib/article/facts-text.ts';
import { isRefusedRead, type ListedFile, listArticleEntries, readArticleFile } from '../src/lib/article/files.ts';
import {
	MAX_ARTICLE_BYTES,
	notAFile,
	type ProcessedArticle,
	processArticle,
	unreadable,
} from '../src/lib/article/process-article.ts';

const USAGE = 'Cách dùng: npm run --silent extract -- [--json] TỆP|THƯ_MỤC [TỆP|THƯ_MỤC …]';

async function main(argv: readonly string[]): Promise<number> {
	const json = argv.includes('--json');
	const paths = argv.filter((a) => a !== '--json');
	if (paths.length === 0 || paths.includes('--help') || paths.includes('-h')) {
		process.stderr.write(`${USAGE}\n`);
		return paths.length === 0 ? 2 : 0;
	}
	const articles: ProcessedArticle[] = [];
	for (const item of await expand(paths))
		articles.push(item.refused ? notAFile(item.path, item.refused) : await read(item.path));
	if (json) {
		process.stdout.write(`${JSON.stringify(articles.map(toContract), null, 2)}\n`);
	} else {
		process.stdout.write(articles.map(describeArticle).join('\n'));
	}
	return articles.some((a) => a.status === 'quarantined') ? 1 : 0;
}

/**
 * Files as given; a directory stands for the entries in it as the site build lists them (hidden
 * ones left out, links and FIFOs refused, sorted).
 */
async function expand(paths: readonly string[]): Promise<ListedFile[]> {
	const out: ListedFile[] = [];
	for (const p of paths) {
		let folder = false;
		try {
			folder = statSync(p).isDirectory();
		} catch {
			// Not found: read() reports it in the file's own element.
		}
		if (folder) out.push(...(await listArticleEntries(p)).map((e) => ({ ...e, path: join(p, e.path) })));
		else out.push({ path: p, refused: null });
	}
	return out;
}

async function read(file: string): Promise<ProcessedArticle> {
	try {
		const { bytes, size } = await readArticleFile(file, MAX_ARTICLE_BYTES);
		return processArticle(file, bytes, size);
	} catch (e) {
		if (isRefusedRead(e)) return notAFile(file, 'other');
		return unreadable(file, (e as NodeJS.ErrnoException).code ?? String(e));
	}
}

process.exitCode = await main(process.argv.slice(2));
