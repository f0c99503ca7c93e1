/**
 * Heading ids as Astro's Markdown pipeline gives them (its `rehypeHeadingIds`): each heading
 * element (h1–h6) without an id gets the GitHub slug of its text (`github-slugger`: lower case,
 * punctuation dropped, spaces to hyphens), made unique within the document ("-1", "-2" after
 * the first). A walk of the elements, without the generic tree visitor Astro's step costs.
 */
import GithubSlugger from 'github-slugger';
import type { ElementContent, Root, RootContent } from 'hast';

const HEADING = /^h[1-6]$/;

/** The text of a node: its text nodes' values in document order. */
function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	let text = '';
	for (const child of node.children) text += textOf(child);
	return text;
}

/** Sets the id of each heading of `tree` that has none, in document order. */
export function addHeadingIds(tree: Root): void {
	const slugger = new GithubSlugger();
	const walk = (nodes: readonly (RootContent | ElementContent)[]): void => {
		for (const node of nodes) {
			if (node.type !== 'element') continue;
			if (HEADING.test(node.tagName) && typeof node.properties.id !== 'string') {
				node.properties.id = slugger.slug(textOf(node));
			}
			walk(node.children);
		}
	};
	walk(tree.children);
}
