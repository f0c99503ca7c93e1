/**
 * A link checker over a built site: every href and src of every HTML page, and every address of
 * the site inside its feeds, sitemaps, robots.txt and data files, must resolve to a file of the
 * build. Links are taken as a browser would: root-relative ones must start with the base path,
 * relative ones resolve against their page, absolute ones count when they are on the site (its
 * origin and base). Fragments are checked against the target's ids when `anchors` is set.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CheckLinksOptions {
	/** The public origin the site was built for ("https://briefings.example.org"). */
	readonly site: string;
	/** The base path it was built with ("/" or "/briefings/"). */
	readonly base: string;
	/** Also check that "#fragment" names an id of the target page. */
	readonly anchors?: boolean;
}

export interface BrokenLink {
	/** The file the link is in, as a site path ("/tinh/index.html"). */
	readonly file: string;
	readonly link: string;
	readonly reason: string;
}

export interface LinkReport {
	/** Links checked (internal ones: external links are counted in `external`). */
	readonly checked: number;
	readonly external: number;
	/** Every file that was read, as site paths. */
	readonly files: readonly string[];
	readonly broken: readonly BrokenLink[];
}

/** Text files whose site addresses are checked besides HTML. */
const DATA_FILE = /\.(xml|json|csv|txt)$/;
/** Generated assets with addresses of their own making (the search index): not links. */
const SKIP_DIR = /^\/(pagefind|_astro)\//;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities of HTML or XML text (and a second time for HTML carried inside XML). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
		if (e[0] === '#') {
			const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
			return Number.isFinite(code) ? String.fromCodePoint(code) : m;
		}
		return ENTITIES[e.toLowerCase()] ?? m;
	});
}

/** Every href and src attribute value of an HTML page, decoded. */
export function htmlLinks(html: string): string[] {
	const out: string[] = [];
	for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
		for (const a of tag[0].matchAll(/\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
			out.push(decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
		}
		// og:url and the like: absolute addresses in <meta content>.
		const content = /^<meta\b[^>]*\scontent="(https?:\/\/[^"]*)"/i.exec(tag[0]);
		if (content?.[1]) out.push(decodeEntities(content[1]));
	}
	return out;
}

/** Every absolute http(s) address in a text file (XML and HTML-in-XML decoded first). */
export function absoluteUrls(text: string): string[] {
	const decoded = decodeEntities(decodeEntities(text));
	return [...decoded.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)].map((m) => m[0].replace(/[.,;]+$/, ''));
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => `/${relative(dir, join(e.parentPath, e.name)).split('\\').join('/')}`)
		.sort();
}

/** The file a site path (without the base) stands for, or null. */
function fileOf(dir: string, path: string): string | null {
	const clean = path.endsWith('/') ? `${path}index.html` : path;
	const full = join(dir, clean);
	return existsSync(full) && statSync(full).isFile() ? full : null;
}

/** Checks every link of the built site in `dir`. */
export function checkLinks(dir: string, options: CheckLinksOptions): LinkReport {
	const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
	const root = new URL(base, options.site);
	const broken: BrokenLink[] = [];
	const ids = new Map<string, Set<string>>();
	let checked = 0;
	let external = 0;

	const idsOf = (file: string): Set<string> => {
		let set = ids.get(file);
		if (!set) {
			set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? '')));
			ids.set(file, set);
		}
		return set;
	};

	/** What is wrong with a link, or null; counts it as checked or external. */
	const problem = (link: string, pageUrl: URL): string | null => {
		if (/^\s*javascript:/i.test(link)) return 'javascript: address';
		if (/^(mailto|tel|data):/i.test(link)) return null;
		let url: URL;
		try {
			url = new URL(link, pageUrl);
		} catch {
			return 'not a valid address';
		}
		if (url.origin !== root.origin) {
			if (!/^https?:$/.test(url.protocol)) return `unexpected scheme ${url.protocol}`;
			external++;
			return null;
		}
		checked++;
		if (!link.startsWith('#') && !/^[a-z]+:/i.test(link) && !link.startsWith('/')) {
			// Relative links are fine in principle; the site writes none, so one is worth a look.
			return 'relative address (the site writes root-relative or absolute ones)';
		}
		const pathname = decodeURIComponent(url.pathname);
		if (!pathname.startsWith(root.pathname)) return `outside the base path ${root.pathname}`;
		const target = fileOf(dir, `/${pathname.slice(root.pathname.length)}`);
		if (!target) return 'no such file in the build';
		if (options.anchors && url.hash.length > 1 && target.endsWith('.html')) {
			const id = decodeURIComponent(url.hash.slice(1));
			if (!idsOf(target).has(id)) return `no id "${id}" in the target page`;
		}
		return null;
	};
	const check = (file: string, link: string, pageUrl: URL): void => {
		const reason = problem(link, pageUrl);
		if (reason) broken.push({ file, link, reason });
	};

	const files = listFiles(dir).filter((f) => !SKIP_DIR.test(f));
	for (const file of files) {
		const pageUrl = new URL(file.replace(/index\.html$/, '').slice(1), root);
		if (file.endsWith('.html')) {
			for (const link of htmlLinks(readFileSync(join(dir, file), 'utf8'))) check(file, link, pageUrl);
		} else if (DATA_FILE.test(file)) {
			for (const link of absoluteUrls(readFileSync(join(dir, file), 'utf8'))) {
				if (link.startsWith(root.origin)) check(file, link, pageUrl);
			}
		}
	}
	return { checked, external, files, broken };
}

/** The broken links, one per line, for an assertion message. */
export function formatBroken(report: LinkReport, max = 30): string {
	const lines = report.broken.slice(0, max).map((b) => `${b.file}: ${b.link} (${b.reason})`);
	if (report.broken.length > max) lines.push(`… and ${report.broken.length - max} more`);
	return lines.join('\n');
}
