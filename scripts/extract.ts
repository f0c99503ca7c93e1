/**
 * `npm run --silent extract -- [--json] FILE|DIR …`: the facts of each article, extracted exactly
 * as the site build does. With --json, one JSON array on stdout (the extraction contract);
 * without, the facts for a person, each with the sentence it came from. Exit 1 when any file
 * could not be read or placed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toContract } from '../src/lib/article/contract.ts';
import { describeArticle } from '../src/lib/article/facts-text.ts';
import { type ProcessedArticle, processArticle, unreadable } from '../src/lib/article/process-article.ts';

const USAGE = 'usage: npm run --silent extract -- [--json] FILE|DIR [FILE|DIR …]';

function main(argv: readonly string[]): number {
	const json = argv.includes('--json');
	const paths = argv.filter((a) => a !== '--json');
	if (paths.length === 0 || paths.includes('--help') || paths.includes('-h')) {
		process.stderr.write(`${USAGE}\n`);
		return paths.length === 0 ? 2 : 0;
	}
	const articles = expand(paths).map(read);
	if (json) {
		process.stdout.write(`${JSON.stringify(articles.map(toContract), null, 2)}\n`);
	} else {
		process.stdout.write(articles.map(describeArticle).join('\n'));
	}
	return articles.some((a) => a.status === 'quarantined') ? 1 : 0;
}

/** Files as given; a directory stands for the files in it (not hidden ones), sorted, as the site build reads them. */
function expand(paths: readonly string[]): string[] {
	return paths.flatMap((p) => {
		try {
			if (statSync(p).isDirectory()) {
				return readdirSync(p, { withFileTypes: true })
					.filter((e) => e.isFile() && !e.name.startsWith('.'))
					.map((e) => join(p, e.name))
					.sort();
			}
		} catch {
			// Not found: read() reports it in the file's own element.
		}
		return [p];
	});
}

function read(file: string): ProcessedArticle {
	try {
		return processArticle(file, readFileSync(file));
	} catch (e) {
		const reason = (e as NodeJS.ErrnoException).code ?? String(e);
		process.stderr.write(`${file}: cannot be read (${reason})\n`);
		return unreadable(file, reason);
	}
}

process.exitCode = main(process.argv.slice(2));
