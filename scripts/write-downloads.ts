/**
 * The downloads step of `npm run build` (src/write-downloads.ts) in processes of its own:
 * scripts/build.ts starts it, with the memory settings it gives Astro, once Astro's build has
 * handed over (src/integrations/downloads.ts), so that the site model and files it holds are
 * given back when it exits instead of staying in the build script's heap beside the search index.
 *
 *   node scripts/write-downloads.ts HANDOFF SNAPSHOT PENDING          makes and writes the files
 *   node scripts/write-downloads.ts HANDOFF SNAPSHOT PENDING --keep   keeps their record
 *
 * The first writes every file, then the record of what it wrote to PENDING (not yet the cache
 * folder's), and exits: it does not hold the model while Astro renders on. A line "failed" on its
 * standard input (Astro's build failed) stops it, with status 0 and no PENDING: Astro's error is
 * the one to show. The second, run only once Astro's build has succeeded, writes again any file
 * Astro's end of build removed and keeps the record of PENDING in the cache folder. Any other
 * failure exits with status 1.
 */
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { DownloadsHandoff } from '../src/integrations/downloads.ts';

const [handoff, snapshot, pending, mode] = process.argv.slice(2);
if (!handoff || !snapshot || !pending || (mode !== undefined && mode !== '--keep')) {
	throw new Error('usage: node scripts/write-downloads.ts HANDOFF SNAPSHOT PENDING [--keep]');
}
const settings = JSON.parse(readFileSync(handoff, 'utf8')) as DownloadsHandoff;
// The site's settings as the pages read them (.env files included): read by the feeds' and data
// files' modules when they are loaded, so set before they are.
Object.assign(process.env, settings.env);
const log = (line: string) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)} [downloads] ${line}\n`);

const { makeDownloads, keepDownloads, downloadsSummary, BuildFailedError } = await import('../src/write-downloads.ts');
const { parseWrittenFiles, writtenFilesText } = await import('../src/lib/site/outputs/written-files.ts');
const options = { ...settings, snapshot, log };
if (mode === '--keep') {
	await keepDownloads(options, parseWrittenFiles(readFileSync(pending, 'utf8')));
} else {
	// Stopped by a line "failed"; any other line, or the end of the input, changes nothing.
	const lines = createInterface({ input: process.stdin });
	const outcome = new Promise<boolean>((resolve) => {
		lines.on('line', (line) => {
			if (line === 'failed') resolve(false);
		});
	});
	try {
		const started = performance.now();
		const made = await makeDownloads({ ...options, outcome });
		await writeFile(`${pending}.partial`, writtenFilesText(made.written));
		await rename(`${pending}.partial`, pending);
		log(downloadsSummary(made, Math.round(performance.now() - started)));
	} catch (e) {
		if (!(e instanceof BuildFailedError)) throw e;
		log(e.message);
	} finally {
		lines.close();
		process.stdin.destroy();
	}
}
