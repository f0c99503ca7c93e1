/**
 * Which built pages the sitemap lists: not the editors' pages and the search page (no content
 * of their own), and not the addresses of copies, which only redirect to the briefing they
 * repeat (read from the build report, written before the sitemap).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildReport } from '../lib/site/outputs/build-report.ts';
import { paths, withBase } from '../lib/site/paths.ts';

export interface SitemapFilterOptions {
	readonly site: string;
	readonly base: string;
	/** The build's output folder. */
	readonly outDir: string;
}

/** The `filter` option of `@astrojs/sitemap`. */
export function sitemapFilter({ site, base, outDir }: SitemapFilterOptions): (page: string) => boolean {
	const url = (path: string) => new URL(withBase(base, path), site).href;
	let unlisted: Set<string> | null = null;
	const editors = url(paths.editors());
	return (page) => {
		if (!unlisted) {
			unlisted = new Set([url(paths.search())]);
			for (const f of readReport(outDir)?.files ?? []) {
				if (f.status === 'duplicate') unlisted.add(url(paths.briefing(f.id)));
			}
		}
		return !unlisted.has(page) && !page.startsWith(editors);
	};
}

function readReport(outDir: string): BuildReport | null {
	try {
		return JSON.parse(readFileSync(join(outDir, 'data', 'build-report.json'), 'utf8')) as BuildReport;
	} catch {
		return null;
	}
}
