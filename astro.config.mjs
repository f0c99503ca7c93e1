// @ts-check
import { resolve } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { loadEnv } from 'vite';
import { buildReportIntegration } from './src/integrations/build-report.ts';
import { contentStoreIntegration } from './src/integrations/content-store.ts';
import { crossDeviceMovesIntegration } from './src/integrations/cross-device-moves.ts';
import { downloadsIntegration } from './src/integrations/downloads.ts';
import { extractionHeadStartIntegration } from './src/integrations/extraction-head-start.ts';
import { keepOutputIntegration } from './src/integrations/keep-output.ts';
import { releasePooledMemoryIntegration } from './src/integrations/release-pooled-memory.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';
import { withFastSort } from './src/integrations/sitemap-sort.ts';
import { syncPageWritesIntegration } from './src/integrations/sync-page-writes.ts';
import { remarkBriefing } from './src/lib/markdown/remark-briefing.ts';
import { readSettings } from './src/lib/settings.ts';
import { watchIgnored } from './src/lib/watch-ignored.ts';

/**
 * Settings, all optional, from the environment or from `.env` files (.env.example lists them all):
 * SITE: the public origin (https://example.org), for canonical URLs, feeds and the sitemap.
 * BASE: the sub-path the site is served under ("/briefings/"), "/" by default.
 * OUT_DIR, ASTRO_CACHE_DIR: where the build and its cache go (tests build fixture sites side by side).
 * STRICT=1: fail the build when any article is quarantined (for a content repository's CI).
 * ARTICLES_DIR: the folder of articles (src/content.config.ts).
 * SITE_NAME, SITE_ORGANISATION, SITE_CONTACT_EMAIL, DATA_LICENSE_NAME…: the site's settings
 * (src/schemas/settings.ts), read by pages, feeds and data files.
 * Only from the environment: ENV_DIR, the folder of the .env files (the project's by default).
 */
const envDir = process.env.ENV_DIR || process.cwd();
// Vite's order: .env, .env.local, .env.[mode], .env.[mode].local; a variable of the environment
// wins over every file. Copied into process.env so that code reading it outside this file (the
// content config, src/lib/settings.ts in pages and endpoints) sees the same values.
for (const [key, value] of Object.entries(loadEnv(process.env.NODE_ENV || 'production', envDir, ''))) {
	process.env[key] ??= value;
}
// A wrong setting stops here, with the variable named, before any page is built.
readSettings(process.env);

const site = process.env.SITE || 'https://briefings.example.org';
const base = process.env.BASE || '/';
const outDir = process.env.OUT_DIR || 'dist';
// The loader's folder (src/content.config.ts).
const articlesDir = process.env.ARTICLES_DIR || 'content/articles';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir,
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	// No inline <style>: pages must work under a Content-Security-Policy without 'unsafe-inline'.
	// Four pages in flight (scripts/README.md); the search index learns which are
	// written from the output folder (scripts/build.ts).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	integrations: [
		// First: a cold build starts extracting the articles while Astro sets up (src/loaders/head-start.ts).
		extractionHeadStartIntegration({ base: articlesDir }),
		// Then: the output is kept between builds for the incremental build, and what this build
		// did not write is removed before anything reads the output.
		keepOutputIntegration(),
		// The content store read when the pages are rendered, not bundled (memory).
		contentStoreIntegration(),
		// The heap's pages the sync and the bundling freed given back before the rendering (memory).
		releasePooledMemoryIntegration(),
		// Each page's folder and files made on Astro's thread, not through libuv's (time).
		syncPageWritesIntegration(),
		// An output folder on another file system than the project (OUT_DIR): Astro moves its assets there.
		crossDeviceMovesIntegration(),
		buildReportIntegration({ strict: process.env.STRICT === '1' || process.env.STRICT === 'true' }),
		// Indexes the built briefing pages for the search page (Pagefind).
		searchIndexIntegration(),
		// Feeds and data files: written by `npm run build` after Astro, served by endpoints in dev.
		downloadsIntegration(),
		// sitemap-index.xml and sitemap-0.xml… of every page, with the base path (robots.txt points to it).
		// Its sort of the addresses with collators kept (src/integrations/sitemap-sort.ts).
		withFastSort(sitemap({ filter: sitemapFilter({ site, base, outDir: resolve(outDir) }) })),
	],
	// No inline <script> either: Astro inlines small scripts below this size, so nothing is inlined.
	// The output folder is not emptied: unchanged pages stay (src/integrations/keep-output.ts).
	// The dev server watches the source and the articles, not the output or the scratch folder of the
	// tests and the bench (tmp/), whose gigabytes of builds it would otherwise walk at start.
	vite: {
		envDir,
		build: { assetsInlineLimit: 0, emptyOutDir: false },
		server: {
			watch: {
				ignored: watchIgnored([resolve('tmp'), resolve(outDir)], resolve(articlesDir)),
			},
		},
	},
	// Pages whose cacheKey (src/routes.ts) and code are unchanged are copied from the previous build
	// (kept in the cache folder, node_modules/.astro by default) instead of rendered.
	experimental: { incrementalBuild: true },
	markdown: {
		// remark/rehype with our plugin; no GFM autolinks or smart quotes rewriting article text.
		processor: unified({ remarkPlugins: [remarkBriefing], gfm: false, smartypants: false }),
	},
});
