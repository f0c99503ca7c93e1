import { sep } from 'node:path';

/**
 * What the dev server's file watcher leaves alone: every path inside one of the `scratch` folders
 * (the output, the tests' and the bench's `tmp/`, which can hold gigabytes of builds that the
 * watcher would otherwise walk and follow), except the articles folder itself, and the folders on
 * the way to it, when it sits inside one of them. Absolute paths.
 */
export function watchIgnored(scratch: readonly string[], articles: string): (path: string) => boolean {
	const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);
	return (path) => scratch.some((dir) => inside(path, dir)) && !inside(path, articles) && !inside(articles, path);
}
