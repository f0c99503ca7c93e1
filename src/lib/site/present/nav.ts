/**
 * The site's main navigation and how each item marks the page being read.
 */
import { paths } from '../paths.ts';

export interface NavItem {
	readonly label: string;
	readonly path: string;
}

/** Sections of the site, in header order. */
export const NAV: readonly NavItem[] = [
	{ label: 'Tỉnh, thành', path: paths.provinces() },
	{ label: 'Huyện', path: paths.districts() },
	{ label: 'Quan chức', path: paths.officials() },
	{ label: 'Chỉ tiêu', path: paths.indicators() },
	{ label: 'Theo ngày', path: paths.archive() },
	{ label: 'Tìm kiếm', path: paths.search() },
];

/**
 * `aria-current` of a nav item on the page at `current` (a site path without the base):
 * "page" on its own page, "true" anywhere inside its section (district pages belong to
 * "Tỉnh, thành", where their URLs are), nothing elsewhere. The home item is current only at home.
 */
export function ariaCurrent(current: string, item: string): 'page' | 'true' | undefined {
	if (current === item) return 'page';
	if (item !== '/' && current.startsWith(item)) return 'true';
	return undefined;
}

/** The site path of a page from its URL pathname: the base removed, a trailing slash added. */
export function sitePath(pathname: string, base: string): string {
	const b = base.endsWith('/') ? base.slice(0, -1) : base;
	const rest = b && pathname.startsWith(b) ? pathname.slice(b.length) : pathname;
	const withSlash = rest.endsWith('/') || /\.[a-z]+$/i.test(rest) ? rest : `${rest}/`;
	return withSlash.startsWith('/') ? withSlash : `/${withSlash}`;
}
