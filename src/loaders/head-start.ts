/**
 * A cold build's head start on extraction. In `astro build`, the content sync, which runs the
 * loader, begins only once Astro has set up its configuration, routes and a Vite server, and
 * loaded the content config (about 2 s at 10,000 articles, on one core, the other idle). With no
 * data store to reuse, the loader will extract every file: so, as soon as the configuration is
 * set up (`src/integrations/extraction-head-start.ts`), the folder is read as the loader reads it
 * (`read-articles.ts`) and handed to the extraction workers, which load the engine and extract
 * while Astro sets up. The loader takes what was read and the extraction under way instead of
 * reading and extracting again (`takeHeadStart`), when its folder and engine are the same; else
 * the head start is dropped, its workers stopped. Nothing else changes: the same files, read the
 * same way, extracted by the same workers in the same batches, taken in the files' order.
 *
 * The config and the content config are loaded by Astro each in a module graph of its own, so the
 * head start is held under a global symbol, not in this module.
 */
import type { ProcessedArticle } from '../lib/article/process-article.ts';
import { engineDigest } from './engine-digest.ts';
import { type ExtractionJob, openPool, workersFor } from './extraction-pool.ts';
import { listFolder, type ReadArticle, readListed } from './read-articles.ts';

/** A head start taken by the loader: the folder read and its regular files' extraction. */
export interface HeadStart {
	/** Every entry of the folder, read, in order. */
	readonly reads: readonly ReadArticle[];
	/** The `processArticle` result of each file read, in the order of `reads`; `done` is told the count done. */
	readonly extracted: (done: (count: number) => void) => Promise<ProcessedArticle[]>;
}

interface Begun {
	readonly dir: string;
	readonly engine: string;
	/** Null when there were too few files for workers: the loader extracts them itself. */
	readonly started: Promise<HeadStart | null>;
	readonly drop: () => void;
}

const BEGUN = Symbol.for('district-briefings.extraction-head-start');
const registry = globalThis as { [BEGUN]?: Begun };

/**
 * Reads the folder `dir` of the project at `root` and starts extracting it on worker threads
 * (their compile cache in `compileCache`), for the loader to take. Nothing is started when the
 * files are too few for workers (`workersFor`).
 */
export function startHeadStart(root: string, dir: string, compileCache: string): void {
	dropHeadStart();
	const engine = engineDigest(root);
	let dropped = false;
	let close = async () => {};
	const started = (async (): Promise<HeadStart | null> => {
		const listed = await listFolder(root, dir);
		const workers = workersFor(listed.filter((l) => !l.refused).length);
		if (workers === 0 || dropped) return null;
		// The workers load the engine while this thread reads the files.
		const pool = openPool(workers, { compileCache });
		close = pool.close;
		const reads = await readListed(engine, listed);
		let count = 0;
		let report = (_: number) => {};
		const jobs = reads.filter((r): r is ReadArticle & ExtractionJob => 'bytes' in r);
		const articles = pool
			.extract(jobs, (n) => {
				count = n;
				report(n);
			})
			.finally(pool.close);
		// Until the loader takes it, a failure is the loader's to report.
		articles.catch(() => {});
		return {
			reads,
			extracted: (done) => {
				report = done;
				if (count > 0) done(count);
				return articles;
			},
		};
	})();
	started.catch(() => {});
	registry[BEGUN] = {
		dir,
		engine,
		started,
		drop: () => {
			dropped = true;
			void close();
		},
	};
}

/**
 * The head start of the folder `dir` with the engine `engine`, taken once; null when there is
 * none, or one of another folder or engine (then dropped).
 */
export async function takeHeadStart(dir: string, engine: string): Promise<HeadStart | null> {
	const begun = registry[BEGUN];
	delete registry[BEGUN];
	if (!begun) return null;
	if (begun.dir !== dir || begun.engine !== engine) {
		begun.drop();
		return null;
	}
	return begun.started;
}

/** Stops a head start the loader did not take (its workers, if any). */
export function dropHeadStart(): void {
	registry[BEGUN]?.drop();
	delete registry[BEGUN];
}
