/**
 * The sitemap's sort made fast (src/integrations/sitemap-sort.ts): while the wrapped hook runs,
 * addresses are in the collation's order, those it holds equal in code-unit order, whatever order
 * the pages were named in; `localeCompare` is the original again after.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AstroIntegration } from 'astro';
import { withFastSort } from '../../src/integrations/sitemap-sort.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/** An integration whose `astro:build:done` sorts `urls` as @astrojs/sitemap does, into `sorted`. */
function sitemapLike(urls: readonly string[], sorted: string[][]): AstroIntegration {
	return {
		name: 'sitemap-like',
		hooks: {
			'astro:build:done': async () => {
				sorted.push([...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
			},
		},
	};
}

describe('the sitemap’s sort', () => {
	it('puts addresses the collation holds equal in code-unit order, whatever order they came in', async () => {
		const urls = [
			'https://x.org/bai-viet/gen-9/',
			'https://x.org/tinh/ha-noi/',
			'https://x.org/bai-viet/gen-000009/',
			'https://x.org/bai-viet/gen-10/',
			'https://x.org/bai-viet/gen-09/',
		];
		assert.equal(urls[0]?.localeCompare(urls[2] as string, 'en', { numeric: true }), 0);
		const original = String.prototype.localeCompare;
		const sorted: string[][] = [];
		for (const order of [urls, [...urls].reverse()]) {
			const hook = withFastSort(sitemapLike(order, sorted)).hooks['astro:build:done'] as BuildDone;
			await hook({} as Parameters<BuildDone>[0]);
			assert.equal(String.prototype.localeCompare, original);
		}
		const expected = [
			'https://x.org/bai-viet/gen-000009/',
			'https://x.org/bai-viet/gen-09/',
			'https://x.org/bai-viet/gen-9/',
			'https://x.org/bai-viet/gen-10/',
			'https://x.org/tinh/ha-noi/',
		];
		assert.deepEqual(sorted, [expected, expected]);
	});

	it('puts the original back when the hook fails', async () => {
		const original = String.prototype.localeCompare;
		const failing = withFastSort({
			name: 'failing',
			hooks: {
				'astro:build:done': async () => {
					throw new Error('no sitemap');
				},
			},
		});
		await assert.rejects(
			async () => (failing.hooks['astro:build:done'] as BuildDone)({} as Parameters<BuildDone>[0]),
			/no sitemap/,
		);
		assert.equal(String.prototype.localeCompare, original);
	});
});
