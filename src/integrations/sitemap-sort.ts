/**
 * `@astrojs/sitemap`, its sort of the addresses made fast: while its `astro:build:done` runs,
 * `String.prototype.localeCompare` keeps its collators (src/lib/locale-compare.ts) instead of
 * making one at every comparison, which gives the same order, with strings it holds equal put in
 * code-unit order, and the original is put back when the hook is over. The sitemap is written at
 * the very end of Astro's build, after the pages: at 10,000 articles its sort took 0.8 s of
 * Astro's thread, 0.04 s so.
 */
import type { AstroIntegration } from 'astro';
import { withCachedCollators } from '../lib/locale-compare.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/** `integration` with its `astro:build:done` run with `localeCompare`'s collators kept. */
export function withFastSort(integration: AstroIntegration): AstroIntegration {
	const done = integration.hooks['astro:build:done'];
	if (!done) return integration;
	const buildDone: BuildDone = async (params) => {
		const original = String.prototype.localeCompare;
		const cached = withCachedCollators(original);
		// Addresses the collation holds equal ("gen-9", "gen-000009" with `numeric`) would keep the
		// order Astro named the pages in, and with pages in flight a page restored from its cache is
		// named after an `await`: they are put in code-unit order instead, whatever the rendering's order.
		String.prototype.localeCompare = function (this: string, that: string, ...rest: unknown[]) {
			const order = cached.call(this, that, ...rest);
			if (order !== 0) return order;
			const a = String(this);
			const b = String(that);
			return a < b ? -1 : a > b ? 1 : 0;
		} as typeof original;
		try {
			await done(params);
		} finally {
			String.prototype.localeCompare = original;
		}
	};
	return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': buildDone } };
}
