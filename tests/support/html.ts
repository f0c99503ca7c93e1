/**
 * Just enough HTML reading for the site tests: the built pages are Astro's own well-formed
 * output, so tags and attributes can be read with patterns.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Values of an attribute on every tag of a name: attributes(html, 'a', 'href'). */
export function attributes(html: string, tag: string, name: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
		const a = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(m[0]);
		if (a?.[1] !== undefined) out.push(decode(a[1]));
	}
	return out;
}

/** Every `<a>` with its href, rel and text content. */
export function links(html: string): { href: string; rel: string | null; text: string }[] {
	return [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)].map((m) => ({
		href: decode(/\shref="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? ''),
		rel: /\srel="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? null,
		text: decode((m[2] ?? '').replace(/<[^>]+>/g, '')).trim(),
	}));
}

/** Levels of the headings in document order: [1, 2, 3, 2…]. */
export function headingLevels(html: string): number[] {
	return [...html.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
}

/** The text content of the first element matching an opening-tag pattern, e.g. /<h1\b[^>]*>/. */
export function textOf(html: string, open: RegExp): string | null {
	const m = open.exec(html);
	if (!m) return null;
	const tag = /^<([a-z0-9]+)/i.exec(m[0])?.[1] ?? '';
	const end = html.indexOf(`</${tag}>`, m.index);
	return decode(html.slice(m.index + m[0].length, end).replace(/<[^>]+>/g, '')).trim();
}

function decode(s: string): string {
	return s
		.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Every HTML file of a built site, as site paths ("/tinh/dien-bien/index.html"). */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => `/${relative(dir, join(e.parentPath, e.name)).split('\\').join('/')}`)
		.sort();
}

/** Whether an internal link (already stripped of the base path) names a file of the site. */
export function resolves(dir: string, path: string): boolean {
	const clean = decodeURI(path.split('#')[0]?.split('?')[0] ?? '');
	if (clean.endsWith('/')) return existsSync(join(dir, clean, 'index.html'));
	return existsSync(join(dir, clean));
}
