/**
 * The downloads step of `npm run build` (src/write-downloads.ts) in a process of its own:
 * scripts/build.ts starts it, with the memory settings it gives Astro, once Astro's build has
 * handed over (src/integrations/downloads.ts), so that the site model and files it holds are
 * given back when it exits instead of staying in the build script's heap beside the search index.
 *
 *   node scripts/write-downloads.ts HANDOFF SNAPSHOT
 *
 * Astro's outcome comes on standard input: a first line "ok" when its build succeeded; any other
 * line, or the end of the input, when it failed (then nothing is recorded and the status is 0:
 * Astro's error is the one to show). Any other failure exits with status 1.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { DownloadsHandoff } from '../src/integrations/downloads.ts';

const [handoff, snapshot] = process.argv.slice(2);
if (!handoff || !snapshot) throw new Error('usage: node scripts/write-downloads.ts HANDOFF SNAPSHOT');
const settings = JSON.parse(readFileSync(handoff, 'utf8')) as DownloadsHandoff;
// The site's settings as the pages read them (.env files included): read by the feeds' and data
// files' modules when they are loaded, so set before they are.
Object.assign(process.env, settings.env);

const lines = createInterface({ input: process.stdin });
const outcome = new Promise<boolean>((resolve) => {
	lines.once('line', (line) => resolve(line === 'ok'));
	lines.once('close', () => resolve(false));
});
void outcome.then(() => lines.close());
const log = (line: string) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)} [downloads] ${line}\n`);

const { writeDownloads, BuildFailedError } = await import('../src/write-downloads.ts');
try {
	await writeDownloads({ ...settings, snapshot, log, outcome });
} catch (e) {
	if (!(e instanceof BuildFailedError)) throw e;
	log(e.message);
}
