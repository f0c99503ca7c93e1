/**
 * The hast of a body's mdast (`bodyToMdast`, then `briefingTree`), as mdast-util-to-hast
 * (remark-rehype's core) makes it. The nodes a body's tree is made of (root, paragraph,
 * heading, blockquote, emphasis, and text without line endings, with the `data.hName` and
 * `data.hProperties` that `remarkBriefing` sets) are converted here, the way its handlers do;
 * any other node (a link, a line break…) by mdast-util-to-hast itself. It would first walk the
 * whole tree for link definitions, which a body, all escaped text, never has: that walk was
 * two thirds of its cost. Positions are not copied (no HTML prints them).
 */
import type { Element, ElementContent, Root as HastRoot, Text as HastText, Properties } from 'hast';
import type { Nodes, Parents, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

type Converted = ElementContent | ElementContent[];

/** The hast root of a body's mdast root. */
export function bodyToHast(tree: Root): HastRoot {
	return { type: 'root', children: wrap(all(tree), false) };
}

function one(node: Nodes): Converted {
	switch (node.type) {
		case 'paragraph':
			return element(node, 'p', all(node));
		case 'heading':
			return element(node, `h${node.depth}`, all(node));
		case 'emphasis':
			return element(node, 'em', all(node));
		case 'blockquote':
			return element(node, 'blockquote', wrap(all(node), true));
		case 'text':
			// A line ending is trimmed around (trim-lines); data would make an element of the text.
			if (node.data === undefined && !/[\r\n]/.test(node.value)) return { type: 'text', value: node.value };
			break;
	}
	// A node that converts to several (a break: <br> and a line ending) or to none comes back as a root.
	const converted = toHast(node);
	return converted.type === 'root' ? (converted.children as ElementContent[]) : (converted as ElementContent);
}

/** The converted children of `parent`, as mdast-util-to-hast's `all`. */
function all(parent: Parents): ElementContent[] {
	const values: ElementContent[] = [];
	const nodes = parent.children;
	for (let index = 0; index < nodes.length; index++) {
		const result = one(nodes[index] as Nodes);
		// After a hard break, the next text's leading spaces and tabs are dropped.
		if (index > 0 && nodes[index - 1]?.type === 'break' && !Array.isArray(result)) {
			const head = result.type === 'element' ? result.children[0] : result;
			if (head?.type === 'text') head.value = head.value.replace(/^[ \t]+/, '');
		}
		if (Array.isArray(result)) values.push(...result);
		else values.push(result);
	}
	return values;
}

/** An element of a node, with the node's `data.hName`, `hProperties` and `hChildren` applied. */
function element(node: Nodes, tagName: string, children: ElementContent[]): Element {
	const data = node.data as { hName?: unknown; hProperties?: Properties; hChildren?: ElementContent[] } | undefined;
	const result: Element = { type: 'element', tagName, properties: {}, children };
	if (data === undefined) return result;
	if (typeof data.hName === 'string') result.tagName = data.hName;
	// mdast-util-to-hast copies the properties (structured clone): their values are strings, numbers or lists of them.
	if (data.hProperties) {
		for (const [key, value] of Object.entries(data.hProperties)) {
			result.properties[key] = Array.isArray(value) ? [...value] : value;
		}
	}
	if (data.hChildren !== null && data.hChildren !== undefined) result.children = data.hChildren;
	return result;
}

/** Line endings between the nodes (and around them, `loose`), as mdast-util-to-hast's `wrap`. */
function wrap(nodes: ElementContent[], loose: boolean): ElementContent[] {
	const newline = (): HastText => ({ type: 'text', value: '\n' });
	const result: ElementContent[] = loose ? [newline()] : [];
	nodes.forEach((node, index) => {
		if (index > 0) result.push(newline());
		result.push(node);
	});
	if (loose && nodes.length > 0) result.push(newline());
	return result;
}
