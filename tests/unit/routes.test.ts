import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { paths, routeParams } from '../../src/lib/site/paths.ts';

/** The page file of each dynamic route, and the path its parameters must give back. */
const ROUTES = [
	{ file: 'src/pages/bai-viet/[id].astro', params: routeParams.briefing('nam-po-1'), path: paths.briefing('nam-po-1') },
	{
		file: 'src/pages/tinh/[province]/index.astro',
		params: routeParams.province('dien-bien'),
		path: paths.province('dien-bien'),
	},
	{
		file: 'src/pages/tinh/[province]/[district].astro',
		params: routeParams.district('dien-bien', 'nam-po'),
		path: paths.district('dien-bien', 'nam-po'),
	},
	{
		file: 'src/pages/quan-chuc/[province]/[official].astro',
		params: routeParams.official('dien-bien', 'vu-a-bang'),
		path: paths.official('dien-bien', 'vu-a-bang'),
	},
	{ file: 'src/pages/ngay/[year]/index.astro', params: routeParams.year('2024'), path: paths.year('2024') },
	{ file: 'src/pages/ngay/[year]/[month].astro', params: routeParams.month('2024-11'), path: paths.month('2024-11') },
];

/** The URL path a page file is built at with these parameters (Astro's file-based routing). */
function builtAt(file: string, params: Readonly<Record<string, string>>): string {
	const route = file
		.replace(/^src\/pages/, '')
		.replace(/(\/index)?\.astro$/, '/')
		.replace(/\[(\w+)\]/g, (_, name: string) => {
			const value = params[name];
			assert.ok(value !== undefined, `${file}: no parameter ${name}`);
			return value;
		});
	return route;
}

describe('routeParams', () => {
	for (const { file, params, path } of ROUTES) {
		it(`builds ${file} at the path links give it`, () => {
			assert.ok(existsSync(file), file);
			assert.equal(builtAt(file, params), path);
		});
	}
});
