/**
 * Seventy articles made from the five samples, each sample fourteen times under another headline
 * (`seedVariant`): a site larger than the samples', with 28 briefings of Lai Châu in 2023 (from
 * two samples) and 14 of each year in Điện Biên.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './build-site.ts';
import { FIXTURES, seedVariant } from './seeds.ts';

export const MANY_ARTICLES_DIR = resolve(ROOT, 'tmp/fixtures/many-articles');

/** Writes the folder (replacing it) and returns its path. */
export function writeManyArticles(): string {
	rmSync(MANY_ARTICLES_DIR, { recursive: true, force: true });
	mkdirSync(MANY_ARTICLES_DIR, { recursive: true });
	const seeds = readdirSync(join(FIXTURES, 'seeds')).sort();
	for (let i = 0; i < 70; i++) {
		writeFileSync(
			join(MANY_ARTICLES_DIR, `bai-${String(i).padStart(3, '0')}.txt`),
			seedVariant(seeds[i % seeds.length] as string, `số ${i}`),
		);
	}
	return MANY_ARTICLES_DIR;
}
