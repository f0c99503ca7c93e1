// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkBriefing } from './src/markdown/remark-briefing.ts';

/**
 * Environment, all optional:
 * SITE: the public origin (https://example.org), for canonical URLs, feeds and the sitemap.
 * BASE: the sub-path the site is served under ("/briefings/"), "/" by default.
 * OUT_DIR, ASTRO_CACHE_DIR: where the build and its cache go (tests build fixture sites side by side).
 */
const site = process.env.SITE || 'https://briefings.example.org';
const base = process.env.BASE || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	build: { format: 'directory' },
	markdown: {
		// remark/rehype with our plugin; no GFM autolinks or smart quotes rewriting article text.
		processor: unified({ remarkPlugins: [remarkBriefing], gfm: false, smartypants: false }),
	},
});
