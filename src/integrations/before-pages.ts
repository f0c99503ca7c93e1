/**
 * A Vite plugin whose `handler` runs in `astro build` once the bundles of every environment are
 * built and before the first page is rendered: a `buildApp` hook of order `post`, which runs
 * before Astro's own hook of the same order that renders the pages (Astro's plugin comes after
 * the project's).
 */
import type { Plugin } from 'vite';

export function beforePagesPlugin(name: string, handler: () => Promise<void>): Plugin {
	return { name, apply: 'build', buildApp: { order: 'post', handler } };
}
