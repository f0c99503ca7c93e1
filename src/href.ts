/**
 * Links and URLs of this deployment: a site path under the configured base path
 * (`import.meta.env.BASE_URL`), and the same as an absolute URL on `site`. Every internal link
 * of a page or component goes through `href`, so the site works when served under /briefings/.
 */
import { withBase } from './lib/site/paths.ts';

/** "/tinh/dien-bien/" → "/briefings/tinh/dien-bien/" when the base is "/briefings/". */
export function href(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a site path on the configured `site` origin. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	return new URL(href(path), site ?? 'http://localhost/').href;
}
