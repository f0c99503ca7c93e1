// @ts-check
import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildReportIntegration } from './src/integrations/build-report.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';
import { remarkBriefing } from './src/markdown/remark-briefing.ts';

/**
 * Environment, all optional:
 * SITE: the public origin (https://example.org), for canonical URLs, feeds and the sitemap.
 * BASE: the sub-path the site is served under ("/briefings/"), "/" by default.
 * OUT_DIR, ASTRO_CACHE_DIR: where the build and its cache go (tests build fixture sites side by side).
 * STRICT=1: fail the build when any article is quarantined (for a content repository's CI).
 */
const site = process.env.SITE || 'https://briefings.example.org';
const base = process.env.BASE || '/';
const outDir = process.env.OUT_DIR || 'dist';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir,
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	// No inline <style>: pages must work under a Content-Security-Policy without 'unsafe-inline'.
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [
		buildReportIntegration({ strict: process.env.STRICT === '1' || process.env.STRICT === 'true' }),
		// Indexes the built briefing pages for the search page (Pagefind).
		searchIndexIntegration(),
		// sitemap-index.xml and sitemap-0.xml… of every page, with the base path (robots.txt points to it).
		sitemap({ filter: sitemapFilter({ site, base, outDir: resolve(outDir) }) }),
	],
	// No inline <script> either: Astro inlines small scripts below this size, so nothing is inlined.
	vite: { build: { assetsInlineLimit: 0 } },
	markdown: {
		// remark/rehype with our plugin; no GFM autolinks or smart quotes rewriting article text.
		processor: unified({ remarkPlugins: [remarkBriefing], gfm: false, smartypants: false }),
	},
});
