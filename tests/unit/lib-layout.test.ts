import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';

/** Every relative or package import of a source file, resolved to a project path when relative. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(([, spec = '']) =>
		spec.startsWith('.') ? normalize(join(dirname(file), spec)) : spec,
	);
}

const LIB = globSync('src/lib/**/*.ts');
const SITE_JOBS = ['model', 'outputs', 'present', 'search'];

describe('src/lib layout (see the folders’ READMEs)', () => {
	it('imports nothing of Astro', () => {
		for (const file of LIB) {
			for (const target of importsOf(file)) assert.ok(!/^astro(:|\/|$)/.test(target), `${file} imports ${target}`);
		}
	});

	it('imports nothing outside src/lib but src/schemas', () => {
		for (const file of LIB) {
			for (const target of importsOf(file)) {
				if (!target.startsWith('src/')) continue;
				assert.ok(/^src\/(lib|schemas)\//.test(target), `${file} imports ${target}`);
			}
		}
	});

	it('keeps the site to itself: nothing else in src/lib imports src/lib/site', () => {
		for (const file of LIB.filter((f) => !f.startsWith('src/lib/site/'))) {
			for (const target of importsOf(file)) assert.ok(!target.startsWith('src/lib/site/'), `${file} imports ${target}`);
		}
	});

	it('keeps the site model below the other jobs of the site', () => {
		for (const file of globSync('src/lib/site/model/*.ts')) {
			for (const target of importsOf(file)) {
				const job = SITE_JOBS.find((j) => target.startsWith(`src/lib/site/${j}/`));
				assert.ok(job === undefined || job === 'model', `${file} imports ${target}`);
			}
		}
	});

	it('keeps outputs, presentation and search apart', () => {
		for (const own of SITE_JOBS.filter((j) => j !== 'model')) {
			for (const file of globSync(`src/lib/site/${own}/*.ts`)) {
				for (const target of importsOf(file)) {
					const job = SITE_JOBS.find((j) => target.startsWith(`src/lib/site/${j}/`));
					assert.ok(job === undefined || job === own || job === 'model', `${file} imports ${target}`);
				}
			}
		}
	});
});
